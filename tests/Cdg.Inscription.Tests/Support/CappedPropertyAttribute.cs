using FsCheck.Xunit;

namespace Cdg.Inscription.Tests.Support;

/// <summary>
/// An FsCheck property that runs <c>maxTest</c> cases, or at most the number that the variable
/// <c>CDG_PROPERTY_MAX_TEST</c> gives. The suite and CI run every case; a mutation run sets the
/// variable so that each mutant is tried against every property without waiting for ten thousand
/// scripts (docs/quality.md, "Mutation testing").
/// </summary>
// xUnit3003 asks for the source-location constructor of FactAttribute, but FsCheck's
// PropertyAttribute has none to pass the location on to.
#pragma warning disable xUnit3003
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class CappedPropertyAttribute : PropertyAttribute
{
    /// <summary>The variable that caps the number of cases of every property.</summary>
    public const string CapVariable = "CDG_PROPERTY_MAX_TEST";

    /// <summary>Runs <paramref name="maxTest"/> cases, or the cap if it is lower.</summary>
    public CappedPropertyAttribute(int maxTest)
    {
        MaxTest = Math.Min(maxTest, Cap ?? maxTest);
    }

    /// <summary>The cap that the run asked for; null when it asked for none.</summary>
    public static int? Cap =>
        int.TryParse(Environment.GetEnvironmentVariable(CapVariable), out var cap) && cap > 0 ? cap : null;
}
#pragma warning restore xUnit3003

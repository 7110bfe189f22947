using System.Globalization;
using System.Runtime.CompilerServices;

namespace Cdg.Inscription.Tests.Support;

/// <summary>
/// Runs the whole suite in the culture that <c>CDG_TEST_CULTURE</c> names (<c>fr-FR</c>,
/// <c>tr-TR</c>, <c>ar-SA</c>, <c>invariant</c>…), to show that nothing depends on the host's
/// culture. The machine's time zone is set the usual way, with <c>TZ</c>. CI runs the suite once
/// as the machine is and once in another culture and zone (README, "Continuous integration").
/// </summary>
internal static class TestEnvironment
{
    /// <summary>The variable that names the culture of the run.</summary>
    public const string CultureVariable = "CDG_TEST_CULTURE";

    /// <summary>The culture that the run asked for; null when it asked for none.</summary>
    public static CultureInfo? RequestedCulture { get; private set; }

    [ModuleInitializer]
    internal static void Apply()
    {
        var name = Environment.GetEnvironmentVariable(CultureVariable);
        if (string.IsNullOrEmpty(name))
        {
            return;
        }

        var culture = name == "invariant" ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(name);
        RequestedCulture = culture;
        CultureInfo.DefaultThreadCurrentCulture = culture;
        CultureInfo.DefaultThreadCurrentUICulture = culture;
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }
}

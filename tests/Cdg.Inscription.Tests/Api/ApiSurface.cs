using System.Reflection;

namespace Cdg.Inscription.Tests.Api;

/// <summary>
/// The public members of <c>Cdg.Inscription</c> that the probe calls: the public constructors,
/// methods and property getters of every public type, less the members that the compiler writes
/// for records and those listed in <see cref="Skipped"/> with the reason.
/// </summary>
internal static class ApiSurface
{
    /// <summary>
    /// The members that the probe does not call, and why. This is the only list of them.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Skipped = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["M:Cdg.Inscription.Time.MetropolitanTime.UseProvider(NodaTime.IDateTimeZoneProvider)"] =
            "replaces the time-zone provider of the whole process: called with edge values, it would change the zone that every other test, running at the same time, reads",
    };

    /// <summary>
    /// The names of the members that the compiler writes for records and value types, and the
    /// equality members, which the rule does not cover.
    /// </summary>
    public static readonly IReadOnlySet<string> CompilerGenerated = new HashSet<string>(StringComparer.Ordinal)
    {
        "<Clone>$", "Deconstruct", "Equals", "GetHashCode", "ToString", "PrintMembers", "op_Equality", "op_Inequality", "EqualityContract",
    };

    /// <summary>Every public member of the library that the probe calls, ordered by ID.</summary>
    public static IReadOnlyList<ApiMember> Members()
    {
        var members = new List<ApiMember>();
        foreach (var type in typeof(RuleViolation).Assembly.GetExportedTypes().Where(t => !t.IsEnum && !t.IsInterface && !typeof(Delegate).IsAssignableFrom(t)))
        {
            const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            IEnumerable<MemberInfo> candidates = type.IsAbstract ? [] : type.GetConstructors(BindingFlags.Public | BindingFlags.Instance);
            candidates = candidates
                .Concat(type.GetMethods(Declared).Where(m => !m.IsSpecialName || m.Name.StartsWith("op_", StringComparison.Ordinal)))
                .Concat(type.GetProperties(Declared).Where(p => p.GetMethod is { IsPublic: true }));
            foreach (var member in candidates)
            {
                if (CompilerGenerated.Contains(member.Name) || member.IsDefined(typeof(ObsoleteAttribute), inherit: false))
                {
                    continue;
                }

                var id = DocIds.Of(member);
                if (!Skipped.ContainsKey(id))
                {
                    members.Add(new ApiMember(member, id));
                }
            }
        }

        return members.OrderBy(m => m.DocId, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The ID whose entry documents the member: its own, or for an override without an entry of
    /// its own, the ID of the member it overrides.
    /// </summary>
    public static string DocumentingId(ApiMember member, ApiDocumentation documentation)
    {
        if (documentation.Has(member.DocId))
        {
            return member.DocId;
        }

        MemberInfo? overridden = member.Member switch
        {
            MethodInfo method when method.GetBaseDefinition() != method => method.GetBaseDefinition(),
            PropertyInfo { GetMethod: { } getter } when getter.GetBaseDefinition() != getter =>
                getter.GetBaseDefinition().DeclaringType!.GetProperty(member.Member.Name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly),
            _ => null,
        };
        return overridden is null ? member.DocId : DocIds.Of(overridden);
    }
}

using Cdg.Inscription.Dossiers.Events;

namespace Cdg.Inscription.Dossiers;

/// <summary>
/// The argument of every trigger: a proposed event on a dossier. The guards that Stateless
/// evaluates record here what they found, so that a refusal carries the same violations as
/// the <c>Check…</c> queries.
/// </summary>
internal sealed class Proposal
{
    private readonly Dictionary<Guard, RuleViolation[]> _findings = [];

    internal Proposal(Dossier dossier, DossierTrigger trigger, DossierEvent proposed, bool rolesOnly = false)
    {
        Dossier = dossier;
        Trigger = trigger;
        Event = proposed;
        RolesOnly = rolesOnly;
    }

    /// <summary>
    /// Whether only the role guards are evaluated, the others passing unevaluated: for an event
    /// whose instant is outside <see cref="Time.SupportedRange"/>, which no other guard can compute with.
    /// </summary>
    internal bool RolesOnly { get; }

    internal Dossier Dossier { get; }

    internal DossierTrigger Trigger { get; }

    internal DossierEvent Event { get; }

    /// <summary>The violations found, role violations alone when there are any: who may act comes first (LIFE-10).</summary>
    internal IReadOnlyList<RuleViolation> Violations
    {
        get
        {
            var all = _findings.Values.SelectMany(v => v).ToArray();
            var roles = all.Where(v => v.Code == RuleViolationCodes.ActorNotAllowed).ToArray();
            return roles.Length > 0 ? roles : all;
        }
    }

    /// <summary>Evaluates a guard once and records its findings; what Stateless calls.</summary>
    internal bool Passes(Guard guard)
    {
        if (RolesOnly && !guard.IsRole)
        {
            return true;
        }

        if (!_findings.TryGetValue(guard, out var found))
        {
            found = guard.Check(this).ToArray();
            _findings.Add(guard, found);
        }

        return found.Length == 0;
    }
}

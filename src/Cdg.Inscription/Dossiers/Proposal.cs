using Cdg.Inscription.Dossiers.Events;

namespace Cdg.Inscription.Dossiers;

/// <summary>
/// The argument of every trigger: a proposed event on a dossier. The guards that Stateless
/// evaluates record here what they found, so that a refusal carries the same violations as
/// the <c>Check…</c> queries.
/// </summary>
/// <remarks>
/// Stateless asks each guard of a transition when the command is checked and again when it is
/// fired, so each guard is evaluated once and its answer kept. A guard that passes is kept as its
/// bit (<see cref="Guard.Id"/>) in one field; only the findings of a guard that fails are
/// allocated, so an accepted command allocates nothing here.
/// </remarks>
internal sealed class Proposal
{
    private ulong _passed;
    private List<KeyValuePair<Guard, RuleViolation[]>>? _failed;

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
            var all = _failed is null ? [] : _failed.SelectMany(f => f.Value).ToArray();
            var roles = all.Where(v => v.Code == RuleViolationCodes.ActorNotAllowed).ToArray();
            return roles.Length > 0 ? roles : all;
        }
    }

    /// <summary>Evaluates a guard once and records its answer; what Stateless calls.</summary>
    internal bool Passes(Guard guard)
    {
        var bit = 1UL << guard.Id;
        if ((RolesOnly && !guard.IsRole) || (_passed & bit) != 0)
        {
            return true;
        }

        if (_failed is not null)
        {
            foreach (var failed in _failed)
            {
                if (failed.Key == guard)
                {
                    return false;
                }
            }
        }

        var found = guard.Check(this);
        if (found is ICollection<RuleViolation> { Count: 0 } || found.ToArray() is not { Length: > 0 } violations)
        {
            _passed |= bit;
            return true;
        }

        (_failed ??= []).Add(new(guard, violations));
        return false;
    }
}

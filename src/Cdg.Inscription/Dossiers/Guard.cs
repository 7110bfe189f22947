using Cdg.Inscription.Dossiers.Events;

namespace Cdg.Inscription.Dossiers;

/// <summary>A condition of a transition: its description for the diagram, and the rule check that gives the violations.</summary>
internal sealed class Guard
{
    private readonly Func<Proposal, IEnumerable<RuleViolation>> _check;

    /// <summary>How many guards there may be: a proposal keeps those that passed as bits of one <see cref="ulong"/>.</summary>
    internal const int MaxGuards = 64;

    private static int _count;

    private Guard(string description, Func<Proposal, IEnumerable<RuleViolation>> check, bool isRole = false)
    {
        Description = description;
        _check = check;
        IsRole = isRole;

        // Guards are the static fields of DossierGuards, made once per process.
        Id = Interlocked.Increment(ref _count) - 1;
        if (Id >= MaxGuards)
        {
            throw new InvalidOperationException($"More than {MaxGuards} guards: a proposal keeps their answers in one ulong.");
        }
    }

    /// <summary>The guard's number, from 0, its bit in a proposal's answers.</summary>
    internal int Id { get; }

    internal string Description { get; }

    /// <summary>Whether the guard checks who acts (LIFE-10), which is decided before anything else.</summary>
    internal bool IsRole { get; }

    internal IEnumerable<RuleViolation> Check(Proposal proposal) => _check(proposal);

    /// <summary>A guard over a proposed event of a given type, which finds at most one violation.</summary>
    internal static Guard For<TEvent>(string description, Func<Dossier, TEvent, RuleViolation?> check)
        where TEvent : DossierEvent =>
        new(description, p => check(p.Dossier, (TEvent)p.Event) is { } violation ? [violation] : []);

    /// <summary>A guard over a proposed event of a given type, which may find several violations.</summary>
    internal static Guard ForAll<TEvent>(string description, Func<Dossier, TEvent, IEnumerable<RuleViolation>> check)
        where TEvent : DossierEvent =>
        new(description, p => check(p.Dossier, (TEvent)p.Event));

    /// <summary>A guard on the actor's role (LIFE-10).</summary>
    internal static Guard Role(ActorRole role, string description) =>
        new(description, p => p.Event.Actor.Role == role ? [] : [Violations.ActorNotAllowed(p.Trigger, role)], isRole: true);
}

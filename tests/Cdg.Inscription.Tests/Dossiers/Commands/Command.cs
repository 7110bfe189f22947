using Cdg.Inscription.Dossiers;
using NodaTime;

namespace Cdg.Inscription.Tests.Dossiers.Commands;

/// <summary>
/// The test side's description of one dossier command: how to give it with arguments that make
/// every guard pass in each status that allows it, the matching <c>Check…</c> query, who may give
/// it, and where it leads. The matrix tests read the lifecycle from here, not from the library.
/// </summary>
internal sealed class Command
{
    /// <summary>The name that test cases show, for example <c>AddFile</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The rule that a status refusal of this command reports (and that its status tests specify).</summary>
    public required string HomeRule { get; init; }

    /// <summary>The command as the French messages phrase it, for example <c>ajouter un fichier</c>.</summary>
    public required string Action { get; init; }

    /// <summary>
    /// The only role that may give the command (LIFE-10); null when both roles may, in every status
    /// that allows it except those that <see cref="ReservedIn"/> lists.
    /// </summary>
    public required ActorRole? AllowedRole { get; init; }

    /// <summary>
    /// For a command that both roles may give in some statuses only: each status that allows it to
    /// one role alone, with that role (a candidate changes the declared situation until the dossier is
    /// sent, staff until it is decided: PIECE-04). Null when <see cref="AllowedRole"/> holds everywhere.
    /// </summary>
    public IReadOnlyDictionary<DossierStatus, ActorRole>? ReservedIn { get; init; }

    /// <summary>Each status that allows the command, with the status after it.</summary>
    public required IReadOnlyDictionary<DossierStatus, DossierStatus> Transitions { get; init; }

    /// <summary>The type of the one event that an accepted command appends.</summary>
    public required Type EventType { get; init; }

    /// <summary>Gives the command, with arguments chosen from the dossier's status.</summary>
    public required Action<Dossier, Actor, Instant> Run { get; init; }

    /// <summary>Asks the matching <c>Check…</c> query, with the same arguments as <see cref="Run"/>.</summary>
    public required Func<Dossier, Actor, Instant, CommandCheck> Check { get; init; }

    /// <summary>What must happen first, in a status that allows the command, for its guards to pass (a new file…).</summary>
    public Action<Dossier, Instant>? Prepare { get; init; }

    /// <summary>The violation reported in a refused status when it is not the generic status refusal.</summary>
    public Func<DossierStatus, ExpectedViolation?>? SpecificRefusal { get; init; }

    /// <summary>The statuses in which the command, given again, is already done rather than refused (a second closure online).</summary>
    public IReadOnlyCollection<DossierStatus> AlreadyDoneIn { get; init; } = [];

    /// <summary>The statuses that refuse the command.</summary>
    public IEnumerable<DossierStatus> RefusedStatuses => CommandCatalogue.AllStatuses.Where(s => !Transitions.ContainsKey(s) && !AlreadyDoneIn.Contains(s));

    /// <summary>The only role that may give the command in a status (LIFE-10); null when both roles may.</summary>
    public ActorRole? AllowedRoleIn(DossierStatus status) =>
        ReservedIn is not null && ReservedIn.TryGetValue(status, out var reserved) ? reserved : AllowedRole;

    /// <summary>The actor that gives the command in the tests where it is allowed: the allowed role, or the candidate.</summary>
    public Actor AllowedActor => ActorOf(AllowedRole);

    /// <summary>The actor that gives the command in a status: the role allowed there, or the candidate.</summary>
    public Actor AllowedActorIn(DossierStatus status) => ActorOf(AllowedRoleIn(status));

    /// <summary>Readies the dossier for the command, in a status that allows it.</summary>
    public void Arrange(Dossier dossier) => Prepare?.Invoke(dossier, CommandCatalogue.PreparedAt(dossier.Status));

    /// <summary>The one violation that a refusal in <paramref name="status"/> reports.</summary>
    public ExpectedViolation RefusalIn(DossierStatus status) =>
        SpecificRefusal?.Invoke(status)
        ?? new ExpectedViolation(
            RuleViolationCodes.StatusNotAllowed,
            HomeRule,
            $"Il n'est pas possible {(Action[0] is 'a' or 'e' ? "d'" : "de ")}{Action} lorsque le dossier est au statut « {CommandCatalogue.OfficialLabel(status)} ».");

    /// <summary>An actor of the role that may not give the command; null when both roles may (LIFE-10).</summary>
    public Actor? RefusedActor => RefusedActorOf(AllowedRole);

    /// <summary>An actor of the role that may not give the command in a status; null when both roles may there (LIFE-10).</summary>
    public Actor? RefusedActorIn(DossierStatus status) => RefusedActorOf(AllowedRoleIn(status));

    /// <summary>The one violation that a refusal of <see cref="RefusedActor"/> reports (LIFE-10).</summary>
    public ExpectedViolation ActorRefusal => ActorRefusalOf(AllowedRole);

    /// <summary>The one violation that a refusal of <see cref="RefusedActorIn"/> reports in a status (LIFE-10).</summary>
    public ExpectedViolation ActorRefusalIn(DossierStatus status) => ActorRefusalOf(AllowedRoleIn(status));

    /// <inheritdoc />
    public override string ToString() => Name;

    private static Actor ActorOf(ActorRole? role) => role == ActorRole.Staff ? CommandCatalogue.StaffMember : Actor.Candidate;

    private static Actor? RefusedActorOf(ActorRole? allowed) => allowed switch
    {
        ActorRole.Staff => Actor.Candidate,
        ActorRole.Candidate => CommandCatalogue.StaffMember,
        _ => null,
    };

    private ExpectedViolation ActorRefusalOf(ActorRole? allowed) => new(
        RuleViolationCodes.ActorNotAllowed,
        "LIFE-10",
        allowed == ActorRole.Staff
            ? $"Seuls les gestionnaires du centre de gestion peuvent {Action}."
            : $"Seul le candidat peut {Action}.");
}

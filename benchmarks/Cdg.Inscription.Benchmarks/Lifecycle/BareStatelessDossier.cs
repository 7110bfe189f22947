using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Pieces;
using Cdg.Inscription.Time;
using NodaTime;
using Stateless;
using static Cdg.Inscription.Dossiers.DossierStatus;
using static Cdg.Inscription.Dossiers.DossierTrigger;

namespace Cdg.Inscription.Benchmarks.Lifecycle;

/// <summary>
/// The baseline of <see cref="LifecycleBenchmarks"/>: a dossier over a bare Stateless machine, built
/// the way <c>DossierLifecycle</c> builds its machine (external state storage, one parameterised
/// trigger per command, the same transitions with the same number of described guards), one machine
/// per dossier. Its guards are the cheap checks a host would write by hand (the actor's role, the
/// deadline, a count of files), not the library's rules; it keeps the commands it accepted, as the
/// library keeps its events.
/// </summary>
internal sealed class BareStatelessDossier
{
    private static readonly Instant FilingDeadlineEnd = new Deadline(new LocalDate(2023, 4, 27)).End;

    private readonly StateMachine<DossierStatus, DossierTrigger> _machine;
    private readonly Dictionary<DossierTrigger, StateMachine<DossierStatus, DossierTrigger>.TriggerWithParameters<BareCommand>> _triggers = [];
    private readonly List<BareCommand> _history = [];
    private readonly List<PieceCode> _files = [];
    private DossierStatus _destination;

    internal BareStatelessDossier()
    {
        _machine = new StateMachine<DossierStatus, DossierTrigger>(() => Status, s => _destination = s);
        foreach (var trigger in Enum.GetValues<DossierTrigger>())
        {
            _triggers.Add(trigger, _machine.SetTriggerParameters<BareCommand>(trigger));
        }

        _machine.OnUnhandledTrigger((state, trigger, _) => throw new InvalidOperationException($"Unchecked trigger {trigger} in {state}."));
        Configure();
    }

    internal DossierStatus Status { get; private set; } = AwaitingDossier;

    internal int Version => _history.Count + 1;

    /// <summary>Starts again from a new pre-registration, keeping the machine: what a host that reuses its machines would do.</summary>
    internal void Reset()
    {
        Status = AwaitingDossier;
        _history.Clear();
        _files.Clear();
    }

    /// <summary>
    /// Loads the dossier as a host without an event history would: the status and the pieces
    /// held, read from a row, under review with its files; the machine is kept.
    /// </summary>
    internal void LoadUnderReview(IEnumerable<PieceCode> files)
    {
        Reset();
        Status = UnderReview;
        _files.AddRange(files);
    }

    /// <summary>Checks and fires one command; returns the descriptions of the unmet guards, empty when it was applied.</summary>
    internal ICollection<string> Apply(DossierTrigger trigger, Actor actor, Instant at, PieceCode? piece = null)
    {
        var command = new BareCommand(this, trigger, actor, at, piece);
        var parameterized = _triggers[trigger];
        if (!_machine.CanFire(parameterized, command, out var unmet))
        {
            return unmet ?? ["status"];
        }

        _destination = Status;
        _machine.Fire(parameterized, command);
        Status = _destination;
        if (piece is { } added)
        {
            _files.Add(added);
        }

        _history.Add(command);
        return [];
    }

    private static bool ByCandidate(BareCommand c) => c.Actor.Role == ActorRole.Candidate;

    private static bool ByStaff(BareCommand c) => c.Actor.Role == ActorRole.Staff;

    private static bool InTime(BareCommand c) => c.At < FilingDeadlineEnd;

    private static bool HasPiece(BareCommand c) => c.Piece is not null;

    private static bool ThreeFiles(BareCommand c) => c.Dossier._files.Count >= 3;

    private static bool FourFiles(BareCommand c) => c.Dossier._files.Count >= 4;

    private static bool Always(BareCommand c) => c is not null;

    private void Configure()
    {
        // The transitions of DossierLifecycle.Configure, each with as many guards.
        Stay(AwaitingDossier, AddFile, ByCandidate, HasPiece, HasPiece, InTime);
        Stay(AwaitingDossier, RemoveFile, ByCandidate, Always, InTime);
        Go(AwaitingDossier, Close, UnderReview, ByCandidate, InTime, ThreeFiles);
        Go(AwaitingDossier, ReceivePostalDossier, UnderReview, ByStaff, Always);

        Stay(UnderReview, AddFile, ByCandidate, HasPiece, HasPiece, Always);
        Stay(UnderReview, RemoveFile, ByCandidate, Always, Always);
        Go(UnderReview, RequestRegularisation, Incomplete, ByStaff, Always);
        Go(UnderReview, DeclareNonCompliant, NonCompliant, ByStaff, Always);
        Go(UnderReview, DeclareComplete, Complete, ByStaff, FourFiles);

        Stay(Incomplete, AddFile, ByCandidate, HasPiece, HasPiece, Always);
        Stay(Incomplete, RemoveFile, ByCandidate, Always, Always);
        Go(Incomplete, SupplyComplements, UnderReview, Always);
        Go(Incomplete, DeclareNonCompliant, NonCompliant, ByStaff, Always);

        Go(NonCompliant, Reopen, UnderReview, ByStaff, Always);
        Go(Complete, Reopen, UnderReview, ByStaff, Always);

        foreach (var status in new[] { AwaitingDossier, UnderReview, Incomplete, NonCompliant })
        {
            Stay(status, PublishDocument, ByStaff, Always);
        }

        Stay(Complete, PublishDocument, ByStaff);

        Stay(AwaitingDossier, ChangeSituation, Always);
        Stay(UnderReview, ChangeSituation, ByStaff, Always);
        Stay(Incomplete, ChangeSituation, ByStaff, Always);

        foreach (var status in new[] { AwaitingDossier, UnderReview, Incomplete, NonCompliant, Complete })
        {
            Go(status, RecordCancellation, Cancelled, ByStaff);
        }

        foreach (var status in new[] { AwaitingDossier, UnderReview, Incomplete, NonCompliant, Complete, Cancelled })
        {
            Stay(status, ChangeAddress);
            Stay(status, ChangeEmail);
        }
    }

    private void Go(DossierStatus from, DossierTrigger trigger, DossierStatus to, params Func<BareCommand, bool>[] guards) =>
        _machine.Configure(from).PermitIf(_triggers[trigger], to, Conditions(guards));

    private void Stay(DossierStatus status, DossierTrigger trigger, params Func<BareCommand, bool>[] guards)
    {
        if (guards.Length == 0)
        {
            _machine.Configure(status).PermitReentry(trigger);
        }
        else
        {
            _machine.Configure(status).PermitReentryIf(_triggers[trigger], Conditions(guards));
        }
    }

    private static Tuple<Func<BareCommand, bool>, string>[] Conditions(Func<BareCommand, bool>[] guards) =>
        guards.Select(g => Tuple.Create(g, g.Method.Name)).ToArray();
}

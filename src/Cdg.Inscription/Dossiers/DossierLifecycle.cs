using Cdg.Inscription.Dossiers.Events;
using Cdg.Inscription.Time;
using Stateless;
using Stateless.Graph;
using static Cdg.Inscription.Dossiers.DossierGuards;
using static Cdg.Inscription.Dossiers.DossierStatus;
using static Cdg.Inscription.Dossiers.DossierTrigger;

namespace Cdg.Inscription.Dossiers;

/// <summary>
/// The dossier's lifecycle: the one place where the Stateless machine is configured. It reads the
/// status of the dossier it decides for (external state storage, so a dossier loaded from storage
/// resumes where it was) and decides whether a proposed event is allowed and which status follows.
/// It never changes the dossier: the dossier applies the accepted event itself.
/// </summary>
/// <remarks>
/// <para>
/// Configuring a machine costs several times what a command costs (about 24 µs and 51 KB, against
/// about 3.5 µs and 7 KB for DOSSIER COMPLET on a rehydrated dossier; <c>docs/performance.md</c>),
/// so dossiers do not build their own: each thread configures one machine, the first time it
/// decides, and reuses it for every dossier it serves.
/// </para>
/// <para>
/// Thread safety: a Stateless machine is not safe to share between threads (in its default
/// queued firing mode it keeps a queue of triggers and a "firing" flag, and its state accessor
/// takes no argument). So a machine is never shared: it is reachable only from its thread's
/// <see cref="ThreadStaticAttribute">thread-static</see> field, and the status it reads is the
/// field that <see cref="Decide"/> sets before asking it, on that same thread, without any await
/// in between. Deciding is synchronous, and the guards do not decide for another dossier; should a
/// decision ever start while the thread's machine is already deciding, it gets a machine of its
/// own. An <see cref="Sessions.ExamSession"/> stays shareable by all threads, and a
/// <see cref="Dossier"/> stays, as before, for one thread at a time.
/// </para>
/// </remarks>
internal sealed class DossierLifecycle
{
    [ThreadStatic]
    private static DossierLifecycle? _ofThisThread;

    private readonly StateMachine<DossierStatus, DossierTrigger> _machine;
    private readonly Dictionary<DossierTrigger, StateMachine<DossierStatus, DossierTrigger>.TriggerWithParameters<Proposal>> _triggers = [];
    private DossierStatus _status;
    private DossierStatus _destination;
    private bool _deciding;

    /// <summary>Configures a machine; <see cref="Decide"/> uses the thread's own, so only the diagrams and the benchmarks call this.</summary>
    internal DossierLifecycle()
    {
        // The accessor reads the status of the dossier being decided, which Decide sets. The
        // mutator records the destination instead of writing it back: the dossier changes only by
        // applying the accepted event, so a refused or merely checked command changes nothing.
        _machine = new StateMachine<DossierStatus, DossierTrigger>(() => _status, s => _destination = s);
#if NET
        foreach (var trigger in Enum.GetValues<DossierTrigger>())
#else
        foreach (var trigger in (DossierTrigger[])Enum.GetValues(typeof(DossierTrigger)))
#endif
        {
            _triggers.Add(trigger, _machine.SetTriggerParameters<Proposal>(trigger));
        }

        _machine.OnUnhandledTrigger((state, trigger, _) => throw new InvalidOperationException($"Unchecked trigger {trigger} in {state}."));
        Configure();
    }

    /// <summary>The machine as a Mermaid state diagram, as <c>docs/lifecycle.md</c> shows it.</summary>
    internal static string ToMermaid() => MermaidGraph.Format(new DossierLifecycle()._machine.GetInfo());

    /// <summary>The machine as a Graphviz DOT graph.</summary>
    internal static string ToDot() => UmlDotGraph.Format(new DossierLifecycle()._machine.GetInfo());

    /// <summary>
    /// The violations that refuse the proposed event, none when it is allowed; and the status after
    /// it. When <paramref name="apply"/> is false the machine only checks and fires nothing. Runs on
    /// the calling thread's machine.
    /// </summary>
    internal static IReadOnlyList<RuleViolation> Decide(Dossier dossier, DossierEvent proposed, bool apply, out DossierStatus destination)
    {
        var lifecycle = _ofThisThread ??= new DossierLifecycle();
        if (lifecycle._deciding)
        {
            lifecycle = new DossierLifecycle();
        }

        lifecycle._deciding = true;
        try
        {
            return lifecycle.DecideFor(dossier, proposed, apply, out destination);
        }
        finally
        {
            lifecycle._deciding = false;
        }
    }

    private IReadOnlyList<RuleViolation> DecideFor(Dossier dossier, DossierEvent proposed, bool apply, out DossierStatus destination)
    {
        _status = dossier.Status;
        destination = _status;
        var trigger = TriggerOf(proposed);

        // Who may act comes first (LIFE-10); an instant that nothing can compute with comes next,
        // and then the other guards are not asked.
        var inRange = SupportedRange.Contains(proposed.At);
        var proposal = new Proposal(dossier, trigger, proposed, rolesOnly: !inRange);
        var parameterized = _triggers[trigger];
        if (!_machine.CanFire(parameterized, proposal, out var unmetGuards))
        {
            return unmetGuards is null || unmetGuards.Count == 0
                ? [Violations.StatusNotAllowed(trigger, _status)]
                : proposal.Violations;
        }

        if (!inRange)
        {
            return [Violations.InstantOutOfRange()];
        }

        if (apply)
        {
            _destination = _status;
            _machine.Fire(parameterized, proposal);
            destination = _destination;
        }

        return [];
    }

    private static DossierTrigger TriggerOf(DossierEvent proposed) => proposed switch
    {
        FileAdded => AddFile,
        FileRemoved => RemoveFile,
        ClosedOnline => Close,
        PostalDossierReceived => ReceivePostalDossier,
        RegularisationRequested => RequestRegularisation,
        Events.ComplementsSupplied => SupplyComplements,
        DeclaredNonCompliant => DeclareNonCompliant,
        DeclaredComplete => DeclareComplete,
        CancellationRecorded => RecordCancellation,
        Reopened => Reopen,
        DocumentPublished => PublishDocument,
        AddressChanged => ChangeAddress,
        EmailChanged => ChangeEmail,
        SituationChanged => ChangeSituation,
        _ => throw new ArgumentException($"{proposed.GetType().Name} is not a command.", nameof(proposed)),
    };

    private void Configure()
    {
        // LIFE-01, LIFE-02, LIFE-03, PIECE-02, PIECE-05, DEAD-04
        Stay(AwaitingDossier, AddFile, ByCandidate, PieceRequested, FileIsNew, FilesBeforeFilingDeadline);
        Stay(AwaitingDossier, RemoveFile, ByCandidate, FileHeld, FilesBeforeFilingDeadline);
        Go(AwaitingDossier, Close, UnderReview, ByCandidate, ClosingInTime, PiecesRequiredAtClosureHeld);
        Go(AwaitingDossier, ReceivePostalDossier, UnderReview, ByStaff, PostmarkInTime);

        // PIECE-03, DEAD-06, LIFE-05, LIFE-07, LIFE-08
        Stay(UnderReview, AddFile, ByCandidate, PieceRequested, FileIsNew, PieceDeferrableAndDue);
        Stay(UnderReview, RemoveFile, ByCandidate, FileHeld, PieceDeferrableAndDue);
        Go(UnderReview, RequestRegularisation, Incomplete, ByStaff, RequestNamesComplements);
        Go(UnderReview, DeclareNonCompliant, NonCompliant, ByStaff, NonComplianceReasoned);
        Go(UnderReview, DeclareComplete, Complete, ByStaff, AllRequiredPiecesHeld);

        // LIFE-06, LIFE-07
        Stay(Incomplete, AddFile, ByCandidate, PieceRequested, FileIsNew, PieceInRegularisationOrDeferrable);
        Stay(Incomplete, RemoveFile, ByCandidate, FileHeld, PieceInRegularisationOrDeferrable);
        Go(Incomplete, SupplyComplements, UnderReview, RequestedComplementsHeld);
        Go(Incomplete, DeclareNonCompliant, NonCompliant, ByStaff, NonComplianceReasoned);

        // A decision can be corrected: the history shows the reopening and its reason.
        Go(NonCompliant, Reopen, UnderReview, ByStaff, ReopeningReasoned);
        Go(Complete, Reopen, UnderReview, ByStaff, ReopeningReasoned);

        // SPACE-01: documents in the candidate's space; a convocation only to a complete dossier.
        foreach (var status in new[] { AwaitingDossier, UnderReview, Incomplete, NonCompliant })
        {
            Stay(status, PublishDocument, ByStaff, NotAConvocation);
        }

        Stay(Complete, PublishDocument, ByStaff);

        // PIECE-04: the candidate corrects the declared situation until the dossier is sent; staff until it is decided.
        Stay(AwaitingDossier, ChangeSituation, SituationAccepted);
        Stay(UnderReview, ChangeSituation, ByStaff, SituationAccepted);
        Stay(Incomplete, ChangeSituation, ByStaff, SituationAccepted);

        // LIFE-09: a cancellation from every status but the terminal one.
        foreach (var status in new[] { AwaitingDossier, UnderReview, Incomplete, NonCompliant, Complete })
        {
            Go(status, RecordCancellation, Cancelled, ByStaff);
        }

        // SPACE-02, SPACE-03: contact details are recorded as soon as they are reported, in every status.
        foreach (var status in new[] { AwaitingDossier, UnderReview, Incomplete, NonCompliant, Complete, Cancelled })
        {
            Stay(status, ChangeAddress);
            Stay(status, ChangeEmail);
        }
    }

    private void Go(DossierStatus from, DossierTrigger trigger, DossierStatus to, params Guard[] guards) =>
        _machine.Configure(from).PermitIf(_triggers[trigger], to, Conditions(guards));

    private void Stay(DossierStatus status, DossierTrigger trigger, params Guard[] guards)
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

    private static Tuple<Func<Proposal, bool>, string>[] Conditions(Guard[] guards) =>
        guards.Select(g => Tuple.Create<Func<Proposal, bool>, string>(p => p.Passes(g), g.Description)).ToArray();
}

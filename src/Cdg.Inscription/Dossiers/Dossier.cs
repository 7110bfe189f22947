using Cdg.Inscription.Dossiers.Events;
using Cdg.Inscription.Files;
using Cdg.Inscription.Pieces;
using Cdg.Inscription.Sessions;
using Cdg.Inscription.Time;
using NodaTime;

namespace Cdg.Inscription.Dossiers;

/// <summary>
/// A candidate's registration dossier ("dossier d'inscription") for one exam session: its status,
/// its files, its regularisation, its decisions, its published documents and its append-only
/// history.
/// </summary>
/// <remarks>
/// <para>
/// Every command takes the actor and the instant; nothing reads the system clock. An accepted
/// command appends one event to <see cref="History"/> and raises <see cref="Version"/> by one. A
/// refused command throws <see cref="RuleViolationException"/> and leaves the dossier exactly as it
/// was; each command has a <c>Check…</c> query that returns the same violations without throwing.
/// </para>
/// <para>
/// A dossier is not thread-safe: a host loads it, applies a command and stores the new events,
/// using <see cref="Version"/> for optimistic concurrency. The <see cref="ExamSession"/> it refers
/// to is immutable and may be shared.
/// </para>
/// </remarks>
public sealed class Dossier
{
    private readonly List<DossierEvent> _history;
    private DossierSnapshot _state;

    private Dossier(ExamSession session, DossierSnapshot state, List<DossierEvent> history)
    {
        Session = session;
        _state = state;
        _history = history;
    }

    /// <summary>The dossier's exam session.</summary>
    public ExamSession Session { get; }

    /// <summary>The dossier number.</summary>
    public DossierNumber Number => _state.Number;

    /// <summary>The candidate and the contact details on file.</summary>
    public Candidate Candidate => _state.Candidate;

    /// <summary>The candidate's declared situation, on which the pieces to supply depend (PIECE-04).</summary>
    public CandidateSituation Situation => _state.Situation;

    /// <summary>The status, as staff see it; see <see cref="StatusShownToCandidateAt"/> for what the candidate sees.</summary>
    public DossierStatus Status => _state.Status;

    /// <summary>When the dossier entered its status.</summary>
    public Instant StatusSince => _state.StatusSince;

    /// <summary>When the candidate pre-registered.</summary>
    public Instant PreRegisteredAt => _state.PreRegisteredAt;

    /// <summary>When the last event happened; a command dated earlier is a programming error.</summary>
    public Instant UpdatedAt => _state.UpdatedAt;

    /// <summary>The postmark date of a paper dossier (DEAD-04); null otherwise.</summary>
    public LocalDate? Postmark => _state.Postmark;

    /// <summary>The number of events in the dossier's whole history: the version for optimistic concurrency.</summary>
    public long Version => _state.Version;

    /// <summary>How the dossier reached the CDG, or null while it has not (LIFE-02).</summary>
    public FilingChannel? Filing => _state.Filing;

    /// <summary>When the dossier reached the CDG, or null while it has not.</summary>
    public Instant? FiledAt => _state.FiledAt;

    /// <summary>The files the dossier holds, in the order they were added.</summary>
    public IReadOnlyList<AttachedFile> Files => _state.Files;

    /// <summary>The open regularisation request while the dossier is incomplete (LIFE-05); null otherwise.</summary>
    public RegularisationRequest? Regularisation => _state.Regularisation;

    /// <summary>When the open regularisation request was made; null when there is none.</summary>
    public Instant? RegularisationRequestedAt => _state.RegularisationRequestedAt;

    /// <summary>The reasons of a DOSSIER NON CONFORME decision (LIFE-07); empty otherwise.</summary>
    public IReadOnlyList<string> NonComplianceReasons => _state.NonComplianceReasons;

    /// <summary>The documents published in the candidate's space that stand (SPACE-01): a withdrawn convocation is no longer among them.</summary>
    public IReadOnlyList<PublishedDocument> Documents => _state.Documents;

    /// <summary>The documents withdrawn from the candidate's space, with the instant of each withdrawal: the convocations of a complete dossier that staff reopened (SPACE-01).</summary>
    public IReadOnlyList<WithdrawnDocument> WithdrawnDocuments => _state.WithdrawnDocuments;

    /// <summary>
    /// The events this instance holds, oldest first: the whole history, or the events after the
    /// snapshot it was rehydrated from (LIFE-11).
    /// </summary>
    /// <remarks>
    /// The list is the history as it stood when the property was read: a later command does not
    /// change it and does not break an enumeration of it. Read the property again for the events since.
    /// </remarks>
    public IReadOnlyList<DossierEvent> History => new HistoryView(_history);

    /// <summary>Pre-registers a candidate: creates the dossier in status EN ATTENTE DE VOTRE DOSSIER (LIFE-01).</summary>
    /// <param name="session">The exam session.</param>
    /// <param name="number">The dossier number given to the candidate.</param>
    /// <param name="candidate">The candidate and the contact details.</param>
    /// <param name="actor">Who pre-registers: the candidate (LIFE-10).</param>
    /// <param name="at">When.</param>
    /// <param name="situation">The situation the candidate declares, on which the pieces depend (PIECE-04); null for none.</param>
    /// <returns>The new dossier, with one event in its history.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="number"/> is the default value.</exception>
    /// <exception cref="RuleViolationException">
    /// Outside the pre-registration window (DEAD-05), not by the candidate (LIFE-10), or a situation the session refuses (PIECE-04).
    /// </exception>
    public static Dossier PreRegister(ExamSession session, DossierNumber number, Candidate candidate, Actor actor, Instant at, CandidateSituation? situation = null)
    {
        Preconditions.CheckArgument(number.Value.Length > 0, nameof(number), "The dossier needs a number.");
        Preconditions.CheckNotNull(candidate, nameof(candidate));
        situation ??= CandidateSituation.None;
        CheckPreRegister(session, actor, at, situation).ThrowIfRefused();
        var created = new PreRegistered(1, at, actor, DossierStatus.AwaitingDossier, session.Code, number, candidate, situation);
        return new Dossier(session, created.ApplyTo(null), [created]);
    }

    /// <summary>Whether a pre-registration would be accepted (LIFE-01, LIFE-10, DEAD-05, PIECE-04).</summary>
    /// <param name="session">The exam session.</param>
    /// <param name="actor">Who pre-registers.</param>
    /// <param name="at">When.</param>
    /// <param name="situation">The situation the candidate declares; null for none.</param>
    /// <returns>The answer, with the violations if refused.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="session"/> or <paramref name="actor"/> is null.</exception>
    public static CommandCheck CheckPreRegister(ExamSession session, Actor actor, Instant at, CandidateSituation? situation = null)
    {
        Preconditions.CheckNotNull(session, nameof(session));
        Preconditions.CheckNotNull(actor, nameof(actor));
        if (actor.Role != ActorRole.Candidate)
        {
            return CommandCheck.Of([Violations.PreRegistrationByStaff()]);
        }

        var violations = new List<RuleViolation>();
        var calendar = session.Calendar;
        if (!calendar.IsPreRegistrationOpenAt(at))
        {
            violations.Add(at < MetropolitanTime.StartOf(calendar.PreRegistrationOpens)
                ? Violations.PreRegistrationNotOpenYet(calendar.PreRegistrationOpens)
                : Violations.PreRegistrationClosed(calendar.PreRegistrationDeadline));
        }

        violations.AddRange(session.CheckSituation(situation ?? CandidateSituation.None));
        return CommandCheck.Of(violations);
    }

    /// <summary>Rebuilds a dossier from its whole stored history (LIFE-11).</summary>
    /// <param name="session">The dossier's exam session.</param>
    /// <param name="history">Every event, from the pre-registration on, in order.</param>
    /// <returns>The dossier as it was after the last event.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// The history is empty, does not start with <see cref="PreRegistered"/> for this session, its
    /// sequence numbers are not 1, 2, 3…, an event is dated before the one it follows, or it leads to
    /// an inconsistent state.
    /// </exception>
    public static Dossier Rehydrate(ExamSession session, IEnumerable<DossierEvent> history)
    {
        Preconditions.CheckNotNull(session, nameof(session));
        var events = Preconditions.CheckNotNull(history, nameof(history)).ToList();
        Preconditions.CheckArgument(events.Count > 0 && events[0] is PreRegistered, nameof(history), "A history starts with the pre-registration.");
        return Replay(session, null, events, nameof(history));
    }

    /// <summary>Rebuilds a dossier from a stored snapshot and the events stored after it (LIFE-11).</summary>
    /// <param name="session">The dossier's exam session.</param>
    /// <param name="snapshot">A snapshot taken with <see cref="ToSnapshot"/>.</param>
    /// <param name="laterEvents">The events after the snapshot's version, in order; may be empty.</param>
    /// <returns>The dossier as it was after the last event.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// The snapshot is inconsistent or belongs to another session, or the events do not follow it
    /// (numbering, dates), or they lead to an inconsistent state.
    /// </exception>
    public static Dossier Rehydrate(ExamSession session, DossierSnapshot snapshot, IEnumerable<DossierEvent> laterEvents)
    {
        Preconditions.CheckNotNull(session, nameof(session));
        Preconditions.CheckNotNull(snapshot, nameof(snapshot));
        Preconditions.CheckArgument(snapshot.Version > 0, nameof(snapshot), "A snapshot has a version of at least 1.");
        CheckConsistent(snapshot, nameof(snapshot));
        Preconditions.CheckArgument(snapshot.SessionCode == session.Code, nameof(snapshot), $"The dossier belongs to session '{snapshot.SessionCode}', not '{session.Code}'.");
        var events = Preconditions.CheckNotNull(laterEvents, nameof(laterEvents)).ToList();
        return Replay(session, snapshot, events, nameof(laterEvents));
    }

    /// <summary>The dossier's whole state at its current version, for storage or comparison.</summary>
    /// <returns>An immutable snapshot.</returns>
    public DossierSnapshot ToSnapshot() => _state;

    /// <summary>The events after a version, for the host to store after a command.</summary>
    /// <param name="version">The version the host stored last.</param>
    /// <returns>The events whose sequence number is greater than <paramref name="version"/>.</returns>
    public IReadOnlyList<DossierEvent> EventsSince(long version) => _history.Where(e => e.Sequence > version).ToArray();

    /// <summary>The files the dossier holds for one piece.</summary>
    /// <param name="piece">The piece's code.</param>
    /// <returns>The files, oldest first; empty when there are none.</returns>
    public IReadOnlyList<AttachedFile> FilesOf(PieceCode piece) => _state.Files.Where(f => f.Piece == piece).ToArray();

    /// <summary>
    /// The candidate's checklist at an instant: every piece with its obligation in the candidate's
    /// situation, its due date, its files and where it stands; what the closure and DOSSIER COMPLET
    /// check (PIECE-04, PIECE-05).
    /// </summary>
    /// <param name="at">The instant, for the states of the pieces.</param>
    /// <returns>The checklist.</returns>
    public Checklist ChecklistAt(Instant at) => Checklist.For(Session, _state.Situation, _state.Files, at);

    /// <summary>
    /// The status that the candidate sees at an instant: after an online closure, an organiser that
    /// shows EN COURS D'INSTRUCTION only from the next day still shows the earlier status on the day
    /// of the closure (LIFE-04).
    /// </summary>
    /// <param name="at">When the candidate looks: an instant at or after the dossier's last event.</param>
    /// <returns>The status shown to the candidate.</returns>
    public DossierStatus StatusShownToCandidateAt(Instant at)
    {
        var closedOnlineAndNotYetShown =
            _state.Status == DossierStatus.UnderReview
            && _state.Filing == FilingChannel.Online
            && _state.FiledAt == _state.StatusSince
            && Session.Organiser.UnderReviewVisibility == UnderReviewVisibility.FromNextDay
            && at < MetropolitanTime.EndOf(MetropolitanTime.DateAt(_state.StatusSince));
        return closedOnlineAndNotYetShown ? DossierStatus.AwaitingDossier : _state.Status;
    }

    /// <summary>
    /// Whether the registration counts at an instant (LIFE-03): a dossier still awaiting its dossier
    /// once the closing deadline has passed is not taken into account, and keeps its status.
    /// </summary>
    /// <param name="at">The instant of the question: at or after the dossier's last event.</param>
    /// <returns>The standing of the registration.</returns>
    public RegistrationStanding StandingAt(Instant at) => _state switch
    {
        { Status: DossierStatus.Cancelled } => RegistrationStanding.Cancelled,
        { FiledAt: not null } => RegistrationStanding.Filed,
        _ when Session.Calendar.IsFilingOpenAt(at) => RegistrationStanding.Pending,
        _ => RegistrationStanding.NotTakenIntoAccount,
    };

    /// <summary>Whether the candidate can reset the password of the secure space: only with an e-mail address on file (SPACE-02).</summary>
    /// <returns>The answer, with the violation if not.</returns>
    public CommandCheck CheckPasswordReset() =>
        Candidate.Email is null ? CommandCheck.Of([Violations.PasswordResetNeedsEmail()]) : CommandCheck.Allowed;

    /// <summary>Adds a file to a requested piece (PIECE-02): while awaiting the dossier; during regularisation for the named pieces; after closure for the pieces that may be sent later, until their due date (PIECE-03, DEAD-06).</summary>
    /// <param name="piece">The piece the file belongs to.</param>
    /// <param name="file">The file as a <see cref="FileInspector"/> accepted it (FILE-01 to FILE-04): the dossier keeps its <see cref="InspectedFile.Record"/>.</param>
    /// <param name="actor">The candidate.</param>
    /// <param name="at">When the file was received.</param>
    /// <param name="issuedOn">When the document was issued, for a piece that must be recent (PIECE-04); null when not known.</param>
    /// <exception cref="ArgumentNullException"><paramref name="file"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the dossier's last event, or <paramref name="issuedOn"/> is outside <see cref="SupportedRange"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="piece"/> is the default value, or <paramref name="issuedOn"/> is not of the ISO calendar.</exception>
    /// <returns>
    /// <see cref="CommandOutcome.Applied"/>; or, when the candidate sends again a content (the same
    /// SHA-256) that the piece already holds, a double click or a retried upload, an outcome
    /// <see cref="CommandOutcome.IsAlreadyDone"/> with its French message and no new event.
    /// </returns>
    /// <exception cref="RuleViolationException">The file is refused; the dossier is unchanged.</exception>
    public CommandOutcome AddFile(PieceCode piece, InspectedFile file, Actor actor, Instant at, LocalDate? issuedOn = null)
    {
        var proposed = ProposeAddFile(piece, file, actor, at, issuedOn);
        return FileAlreadyInPiece(piece, file, actor) is { } done ? done : Execute(proposed);
    }

    /// <summary>Whether <see cref="AddFile"/> would be accepted.</summary>
    /// <param name="piece">The piece the file belongs to.</param>
    /// <param name="file">The file as a <see cref="FileInspector"/> accepted it.</param>
    /// <param name="actor">The actor.</param>
    /// <param name="at">When.</param>
    /// <param name="issuedOn">When the document was issued; null when not known.</param>
    /// <returns>The answer, with the violations if refused; allowed when the piece already holds the same content, which <see cref="AddFile"/> answers as already done.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="file"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the dossier's last event, or <paramref name="issuedOn"/> is outside <see cref="SupportedRange"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="piece"/> is the default value, or <paramref name="issuedOn"/> is not of the ISO calendar.</exception>
    public CommandCheck CheckAddFile(PieceCode piece, InspectedFile file, Actor actor, Instant at, LocalDate? issuedOn = null)
    {
        var proposed = ProposeAddFile(piece, file, actor, at, issuedOn);
        return FileAlreadyInPiece(piece, file, actor) is not null ? CommandCheck.Allowed : Check(proposed);
    }

    /// <summary>Removes a file, so that the candidate can add the right one instead (PIECE-02); allowed when adding to its piece would be.</summary>
    /// <param name="fileId">The file's ID.</param>
    /// <param name="actor">The candidate.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the dossier's last event.</exception>
    /// <exception cref="RuleViolationException">The removal is refused; the dossier is unchanged.</exception>
    public void RemoveFile(Guid fileId, Actor actor, Instant at) => Execute(ProposeRemoveFile(fileId, actor, at));

    /// <summary>Whether <see cref="RemoveFile"/> would be accepted.</summary>
    /// <param name="fileId">The file's ID.</param>
    /// <param name="actor">The actor.</param>
    /// <param name="at">When.</param>
    /// <returns>The answer, with the violations if refused.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the dossier's last event.</exception>
    public CommandCheck CheckRemoveFile(Guid fileId, Actor actor, Instant at) => Check(ProposeRemoveFile(fileId, actor, at));

    /// <summary>
    /// "Clôturer mon inscription": sends the dossier to the CDG online; the status becomes EN COURS
    /// D'INSTRUCTION (LIFE-02). Refused after the deadline (LIFE-03, DEAD-01) and while a piece
    /// required at closure has no file (PIECE-05).
    /// </summary>
    /// <param name="actor">The candidate.</param>
    /// <param name="at">When the candidate clicked.</param>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the dossier's last event.</exception>
    /// <returns>
    /// <see cref="CommandOutcome.Applied"/>; or, when the candidate closes again a dossier already
    /// closed online and still under review (a double click, a retried request), an outcome
    /// <see cref="CommandOutcome.IsAlreadyDone"/> with its French message and no new event.
    /// </returns>
    /// <exception cref="RuleViolationException">The closure is refused; the dossier is unchanged.</exception>
    public CommandOutcome Close(Actor actor, Instant at)
    {
        var proposed = ProposeClosure(actor, at);
        return AlreadyClosed(actor) is { } done ? done : Execute(proposed);
    }

    /// <summary>Whether <see cref="Close"/> would be accepted, with the list of missing pieces if not.</summary>
    /// <param name="actor">The actor.</param>
    /// <param name="at">When.</param>
    /// <returns>The answer, with the violations if refused; allowed for a dossier already closed online and under review, which <see cref="Close"/> answers as already done.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the dossier's last event.</exception>
    public CommandCheck CheckClose(Actor actor, Instant at)
    {
        var proposed = ProposeClosure(actor, at);
        return AlreadyClosed(actor) is not null ? CommandCheck.Allowed : Check(proposed);
    }

    /// <summary>Records a paper dossier received by post; in time when its postmark is no later than the closing date (LIFE-02, DEAD-04).</summary>
    /// <param name="postmark">The date of the postmark.</param>
    /// <param name="actor">A member of staff.</param>
    /// <param name="at">When it was recorded.</param>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the dossier's last event, or <paramref name="postmark"/> is outside <see cref="SupportedRange"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="postmark"/> is not of the ISO calendar.</exception>
    /// <exception cref="RuleViolationException">The dossier is refused; it is unchanged.</exception>
    public void ReceivePostalDossier(LocalDate postmark, Actor actor, Instant at) =>
        Execute(ProposePostalDossier(postmark, actor, at));

    /// <summary>Whether <see cref="ReceivePostalDossier"/> would be accepted.</summary>
    /// <param name="postmark">The date of the postmark.</param>
    /// <param name="actor">The actor.</param>
    /// <param name="at">When.</param>
    /// <returns>The answer, with the violations if refused.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the dossier's last event, or <paramref name="postmark"/> is outside <see cref="SupportedRange"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="postmark"/> is not of the ISO calendar.</exception>
    public CommandCheck CheckReceivePostalDossier(LocalDate postmark, Actor actor, Instant at) =>
        Check(ProposePostalDossier(postmark, actor, at));

    /// <summary>Asks for regularisation: the dossier becomes DOSSIER INCOMPLET, with a request that names each complement (LIFE-05).</summary>
    /// <param name="request">The complements and their optional due date.</param>
    /// <param name="actor">A member of staff.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the dossier's last event.</exception>
    /// <exception cref="RuleViolationException">The request is refused; the dossier is unchanged.</exception>
    public void RequestRegularisation(RegularisationRequest request, Actor actor, Instant at) =>
        Execute(ProposeRegularisation(request, actor, at));

    /// <summary>Whether <see cref="RequestRegularisation"/> would be accepted.</summary>
    /// <param name="request">The request.</param>
    /// <param name="actor">The actor.</param>
    /// <param name="at">When.</param>
    /// <returns>The answer, with the violations if refused.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the dossier's last event.</exception>
    public CommandCheck CheckRequestRegularisation(RegularisationRequest request, Actor actor, Instant at) =>
        Check(ProposeRegularisation(request, actor, at));

    /// <summary>
    /// The requested complements are supplied, before the request's due date, and the dossier goes
    /// back under instruction (LIFE-06): said by the candidate, when each named piece has a file
    /// received since the request; or recorded by staff, for complements received by post.
    /// </summary>
    /// <param name="actor">The candidate, or staff.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the dossier's last event.</exception>
    /// <exception cref="RuleViolationException">The complements are refused; the dossier is unchanged.</exception>
    public void SupplyComplements(Actor actor, Instant at) => Execute(ProposeComplements(actor, at));

    /// <summary>Whether <see cref="SupplyComplements"/> would be accepted.</summary>
    /// <param name="actor">The actor.</param>
    /// <param name="at">When.</param>
    /// <returns>The answer, with the violations if refused.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the dossier's last event.</exception>
    public CommandCheck CheckSupplyComplements(Actor actor, Instant at) => Check(ProposeComplements(actor, at));

    /// <summary>Declares the dossier DOSSIER NON CONFORME, with at least one reason (LIFE-07).</summary>
    /// <param name="reasons">Why the registration conditions are not met, in French.</param>
    /// <param name="actor">A member of staff.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reasons"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the dossier's last event.</exception>
    /// <exception cref="RuleViolationException">The decision is refused; the dossier is unchanged.</exception>
    public void DeclareNonCompliant(IEnumerable<string> reasons, Actor actor, Instant at) => Execute(ProposeNonCompliance(reasons, actor, at));

    /// <summary>Whether <see cref="DeclareNonCompliant"/> would be accepted.</summary>
    /// <param name="reasons">The reasons.</param>
    /// <param name="actor">The actor.</param>
    /// <param name="at">When.</param>
    /// <returns>The answer, with the violations if refused.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reasons"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the dossier's last event.</exception>
    public CommandCheck CheckDeclareNonCompliant(IEnumerable<string> reasons, Actor actor, Instant at) => Check(ProposeNonCompliance(reasons, actor, at));

    /// <summary>
    /// Declares the dossier DOSSIER COMPLET, which stands as acknowledgement of receipt (LIFE-08);
    /// for an online dossier, only when every required piece, deferrable ones included, holds a file (PIECE-05).
    /// </summary>
    /// <param name="actor">A member of staff.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the dossier's last event.</exception>
    /// <exception cref="RuleViolationException">The decision is refused; the dossier is unchanged.</exception>
    public void DeclareComplete(Actor actor, Instant at) => Execute(ProposeCompletion(actor, at));

    /// <summary>Whether <see cref="DeclareComplete"/> would be accepted.</summary>
    /// <param name="actor">The actor.</param>
    /// <param name="at">When.</param>
    /// <returns>The answer, with the violations if refused.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the dossier's last event.</exception>
    public CommandCheck CheckDeclareComplete(Actor actor, Instant at) => Check(ProposeCompletion(actor, at));

    /// <summary>Records the cancellation that the candidate asked for by e-mail or by post, from any status but a terminal one (LIFE-09).</summary>
    /// <param name="channel">How the candidate asked.</param>
    /// <param name="actor">A member of staff.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the dossier's last event.</exception>
    /// <exception cref="RuleViolationException">The cancellation is refused; the dossier is unchanged.</exception>
    public void RecordCancellation(CancellationChannel channel, Actor actor, Instant at) =>
        Execute(ProposeCancellation(channel, actor, at));

    /// <summary>Whether <see cref="RecordCancellation"/> would be accepted.</summary>
    /// <param name="channel">How the candidate asked.</param>
    /// <param name="actor">The actor.</param>
    /// <param name="at">When.</param>
    /// <returns>The answer, with the violations if refused.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the dossier's last event.</exception>
    public CommandCheck CheckRecordCancellation(CancellationChannel channel, Actor actor, Instant at) =>
        Check(ProposeCancellation(channel, actor, at));

    /// <summary>Reopens a decided dossier (complet or non conforme) to correct a mistake: it is under instruction again, and the history shows why.</summary>
    /// <param name="reason">Why, in French.</param>
    /// <param name="actor">A member of staff.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the dossier's last event.</exception>
    /// <exception cref="RuleViolationException">The reopening is refused; the dossier is unchanged.</exception>
    public void Reopen(string reason, Actor actor, Instant at) => Execute(ProposeReopening(reason, actor, at));

    /// <summary>Whether <see cref="Reopen"/> would be accepted.</summary>
    /// <param name="reason">Why.</param>
    /// <param name="actor">The actor.</param>
    /// <param name="at">When.</param>
    /// <returns>The answer, with the violations if refused.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the dossier's last event.</exception>
    public CommandCheck CheckReopen(string reason, Actor actor, Instant at) => Check(ProposeReopening(reason, actor, at));

    /// <summary>Publishes a document in the candidate's space, with its publication instant; a convocation only to a complete dossier (SPACE-01).</summary>
    /// <param name="kind">The kind of document.</param>
    /// <param name="title">The French title shown to the candidate.</param>
    /// <param name="reference">The host's reference of the stored content.</param>
    /// <param name="actor">A member of staff.</param>
    /// <param name="at">When it is published.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the dossier's last event.</exception>
    /// <exception cref="ArgumentException"><paramref name="title"/> or <paramref name="reference"/> is blank.</exception>
    /// <exception cref="RuleViolationException">The publication is refused; the dossier is unchanged.</exception>
    public void PublishDocument(DocumentKind kind, string title, string reference, Actor actor, Instant at) =>
        Execute(ProposePublication(kind, title, reference, actor, at));

    /// <summary>Whether <see cref="PublishDocument"/> would be accepted.</summary>
    /// <param name="kind">The kind of document.</param>
    /// <param name="title">The title.</param>
    /// <param name="reference">The host's reference.</param>
    /// <param name="actor">The actor.</param>
    /// <param name="at">When.</param>
    /// <returns>The answer, with the violations if refused.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the dossier's last event.</exception>
    /// <exception cref="ArgumentException"><paramref name="title"/> or <paramref name="reference"/> is blank.</exception>
    public CommandCheck CheckPublishDocument(DocumentKind kind, string title, string reference, Actor actor, Instant at) =>
        Check(ProposePublication(kind, title, reference, actor, at));

    /// <summary>Records a change of postal address as soon as it is reported; the history keeps the earlier address (SPACE-03).</summary>
    /// <param name="address">The new address.</param>
    /// <param name="actor">The candidate, or staff recording what the candidate reported.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentNullException"><paramref name="address"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the dossier's last event.</exception>
    /// <exception cref="RuleViolationException">The dossier is cancelled; it is unchanged.</exception>
    public void ChangeAddress(PostalAddress address, Actor actor, Instant at) => Execute(ProposeAddress(address, actor, at));

    /// <summary>Whether <see cref="ChangeAddress"/> would be accepted.</summary>
    /// <param name="address">The new address.</param>
    /// <param name="actor">The actor.</param>
    /// <param name="at">When.</param>
    /// <returns>The answer, with the violations if refused.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="address"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the dossier's last event.</exception>
    public CommandCheck CheckChangeAddress(PostalAddress address, Actor actor, Instant at) => Check(ProposeAddress(address, actor, at));

    /// <summary>Sets or removes the e-mail address on file, without which a password reset is not possible (SPACE-02).</summary>
    /// <param name="email">The new address, or null to remove it.</param>
    /// <param name="actor">The candidate, or staff.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the dossier's last event.</exception>
    /// <exception cref="RuleViolationException">The dossier is cancelled; it is unchanged.</exception>
    public void ChangeEmail(EmailAddress? email, Actor actor, Instant at) => Execute(ProposeEmail(email, actor, at));

    /// <summary>Whether <see cref="ChangeEmail"/> would be accepted.</summary>
    /// <param name="email">The new address, or null.</param>
    /// <param name="actor">The actor.</param>
    /// <param name="at">When.</param>
    /// <returns>The answer, with the violations if refused.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the dossier's last event.</exception>
    public CommandCheck CheckChangeEmail(EmailAddress? email, Actor actor, Instant at) => Check(ProposeEmail(email, actor, at));

    /// <summary>
    /// Changes the declared situation (PIECE-04): the checklist is recomputed and the files already
    /// sent are kept. The candidate may do so until the dossier is sent, staff until it is decided.
    /// </summary>
    /// <param name="situation">The new situation.</param>
    /// <param name="actor">The candidate, or staff.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentNullException"><paramref name="situation"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the dossier's last event.</exception>
    /// <exception cref="RuleViolationException">The change is refused; the dossier is unchanged.</exception>
    public void ChangeSituation(CandidateSituation situation, Actor actor, Instant at) => Execute(ProposeSituation(situation, actor, at));

    /// <summary>Whether <see cref="ChangeSituation"/> would be accepted.</summary>
    /// <param name="situation">The new situation.</param>
    /// <param name="actor">The actor.</param>
    /// <param name="at">When.</param>
    /// <returns>The answer, with the violations if refused.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="situation"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the dossier's last event.</exception>
    public CommandCheck CheckChangeSituation(CandidateSituation situation, Actor actor, Instant at) => Check(ProposeSituation(situation, actor, at));

    /// <summary>The history as French sentences, oldest first, for staff and candidates.</summary>
    /// <returns>One line per event this instance holds.</returns>
    public IReadOnlyList<string> DescribeHistory() => _history.Select(e => e.Describe(Session)).ToArray();

    private static Dossier Replay(ExamSession session, DossierSnapshot? snapshot, List<DossierEvent> events, string paramName)
    {
        var state = snapshot;
        CheckConsistent(state, paramName);
        foreach (var e in events)
        {
            Preconditions.CheckNotNull(e, paramName);
            if (e.Fault() is { } fault)
            {
                throw new ArgumentException($"The event numbered {e.Sequence} {fault}.", paramName);
            }

            var expected = (state?.Version ?? 0) + 1;
            Preconditions.CheckArgument(e.Sequence == expected, paramName, $"Expected the event numbered {expected}, found {e.Sequence}.");
            Preconditions.CheckArgument(state is null || e is not PreRegistered, paramName, "Only the first event is a pre-registration.");
            Preconditions.CheckArgument(state is null || e.At >= state.UpdatedAt, paramName, $"The event numbered {e.Sequence} is dated before the one it follows.");
            state = e.ApplyTo(state);
            CheckConsistent(state, paramName);
        }

        Preconditions.CheckArgument(state!.SessionCode == session.Code, paramName, $"The dossier belongs to session '{state.SessionCode}', not '{session.Code}'.");
        return new Dossier(session, state, events);
    }

    private static void CheckConsistent(DossierSnapshot? state, string paramName)
    {
        if (state?.Inconsistency() is { } inconsistency)
        {
            throw new ArgumentException($"The stored dossier is not consistent at version {state.Version}: {inconsistency}.", paramName);
        }
    }

    /// <summary>
    /// The sequence number of the event a command would append, once its actor and instant are
    /// checked; the event carries the current status until the machine decides.
    /// </summary>
    private long Next(Actor actor, Instant at)
    {
        Preconditions.CheckNotNull(actor, nameof(actor));
        if (at < _state.UpdatedAt)
        {
            throw new ArgumentOutOfRangeException(nameof(at), at, $"A command cannot be dated before the dossier's last event ({_state.UpdatedAt}).");
        }

        return Version + 1;
    }

    private DossierEvent ProposeClosure(Actor actor, Instant at) =>
        new ClosedOnline(Next(actor, at), at, actor, Status);

    private DossierEvent ProposePostalDossier(LocalDate postmark, Actor actor, Instant at)
    {
        SupportedRange.Check(postmark, nameof(postmark));
        return new PostalDossierReceived(Next(actor, at), at, actor, Status, postmark);
    }

    private DossierEvent ProposeComplements(Actor actor, Instant at) =>
        new ComplementsSupplied(Next(actor, at), at, actor, Status);

    private DossierEvent ProposeCompletion(Actor actor, Instant at) =>
        new DeclaredComplete(Next(actor, at), at, actor, Status);

    private DossierEvent ProposeCancellation(CancellationChannel channel, Actor actor, Instant at)
    {
        Preconditions.CheckDefined(channel, nameof(channel));
        return new CancellationRecorded(Next(actor, at), at, actor, Status, channel);
    }

    private DossierEvent ProposeEmail(EmailAddress? email, Actor actor, Instant at) =>
        new EmailChanged(Next(actor, at), at, actor, Status, email);

    private DossierEvent ProposeAddFile(PieceCode piece, InspectedFile file, Actor actor, Instant at, LocalDate? issuedOn)
    {
        Preconditions.CheckNotNull(file, nameof(file));
        Preconditions.CheckArgument(piece.Value.Length > 0, nameof(piece), "The file needs a piece.");
        SupportedRange.Check(issuedOn, nameof(issuedOn));
        return new FileAdded(Next(actor, at), at, actor, Status, new AttachedFile(piece, file.Record, at, issuedOn));
    }

    private DossierEvent ProposeSituation(CandidateSituation situation, Actor actor, Instant at)
    {
        Preconditions.CheckNotNull(situation, nameof(situation));
        return new SituationChanged(Next(actor, at), at, actor, Status, Situation, situation);
    }

    private DossierEvent ProposeRemoveFile(Guid fileId, Actor actor, Instant at)
    {
        var held = _state.Files.FirstOrDefault(f => f.File.Id == fileId);
        return new FileRemoved(Next(actor, at), at, actor, Status, held?.Piece ?? default, fileId, held?.File.DisplayName ?? string.Empty);
    }

    private DossierEvent ProposeRegularisation(RegularisationRequest request, Actor actor, Instant at)
    {
        Preconditions.CheckNotNull(request, nameof(request));
        return new RegularisationRequested(Next(actor, at), at, actor, Status, request);
    }

    private DossierEvent ProposeNonCompliance(IEnumerable<string> reasons, Actor actor, Instant at)
    {
        var list = Preconditions.CheckNotNull(reasons, nameof(reasons)).Select(r => r?.Trim() ?? string.Empty).ToArray();
        return new DeclaredNonCompliant(Next(actor, at), at, actor, Status, list);
    }

    private DossierEvent ProposeReopening(string reason, Actor actor, Instant at)
    {
        Preconditions.CheckNotNull(reason, nameof(reason));
        return new Reopened(Next(actor, at), at, actor, Status, reason.Trim());
    }

    private DossierEvent ProposePublication(DocumentKind kind, string title, string reference, Actor actor, Instant at)
    {
        var document = new PublishedDocument(kind, title, reference, at);
        return new DocumentPublished(Next(actor, at), at, actor, Status, document);
    }

    private DossierEvent ProposeAddress(PostalAddress address, Actor actor, Instant at)
    {
        Preconditions.CheckNotNull(address, nameof(address));
        return new AddressChanged(Next(actor, at), at, actor, Status, Candidate.Address, address);
    }

    private CommandCheck Check(DossierEvent proposed) => CommandCheck.Of(DossierLifecycle.Decide(this, proposed, apply: false, out _));

    /// <summary>Already done when the candidate sends again a content that the piece holds (PIECE-02).</summary>
    private CommandOutcome? FileAlreadyInPiece(PieceCode piece, InspectedFile file, Actor actor) =>
        actor.Role == ActorRole.Candidate
        && HeldInPiece(piece, file.Record.Sha256) is { } held
            ? CommandOutcome.Done(AlreadyDone.FileInPiece(held, Session.LabelOf(piece)))
            : null;

    private AttachedFile? HeldInPiece(PieceCode piece, string sha256)
    {
        var files = _state.Files;
        for (var i = 0; i < files.Count; i++)
        {
            if (files[i].Piece == piece && string.Equals(files[i].File.Sha256, sha256, StringComparison.Ordinal))
            {
                return files[i];
            }
        }

        return null;
    }

    /// <summary>Already done when the candidate closes again a dossier closed online and under review (LIFE-02).</summary>
    private CommandOutcome? AlreadyClosed(Actor actor) =>
        actor.Role == ActorRole.Candidate && Status == DossierStatus.UnderReview && Filing == FilingChannel.Online && FiledAt is { } filedAt
            ? CommandOutcome.Done(AlreadyDone.Closed(filedAt))
            : null;

    private CommandOutcome Execute(DossierEvent proposed)
    {
        var violations = DossierLifecycle.Decide(this, proposed, apply: true, out var destination);
        if (violations.Count > 0)
        {
            throw new RuleViolationException(violations);
        }

        var accepted = destination == proposed.Status ? proposed : proposed with { Status = destination };
        _state = accepted.ApplyTo(_state);
        _history.Add(accepted);
        return CommandOutcome.Applied;
    }
}

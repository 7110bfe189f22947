using System.Diagnostics.CodeAnalysis;
using Cdg.Inscription.Pieces;
using Cdg.Inscription.Time;
using NodaTime;

namespace Cdg.Inscription.Sessions;

/// <summary>
/// An exam session ("session de concours", opened by an "arrêté d'ouverture"): what it is, who
/// organises it, its registration calendar and the pieces it asks for. Every dossier of the session
/// refers to it.
/// </summary>
/// <remarks>
/// This type is immutable and thread-safe: one instance can be shared by all the dossiers of the
/// session and by all the threads of a host.
/// </remarks>
public sealed class ExamSession
{
    private readonly Dictionary<PieceCode, PieceRequirement> _piecesByCode;
    private readonly DeadlineEnd _deferredEnd;

    /// <summary>Creates a session.</summary>
    /// <param name="code">A short stable code, for example <c>2023-REDACTEUR-EXT</c>.</param>
    /// <param name="title">The French title, for example <c>Concours externe de rédacteur territorial 2023</c>.</param>
    /// <param name="kind">The kind of exam.</param>
    /// <param name="organiser">The organising CDG and its settings.</param>
    /// <param name="calendar">The registration calendar, in metropolitan time.</param>
    /// <param name="pieces">
    /// The pieces the session asks for, each code once; null for the defaults of its kind of exam,
    /// <see cref="DefaultPieces.For(ExamKind)"/>, to which a session can add or from which it can remove pieces.
    /// </param>
    /// <param name="isRegulatedProfession">
    /// Whether the exam leads to a regulated profession, for which parents of three children or more
    /// cannot be exempted from the diploma (PIECE-04).
    /// </param>
    /// <param name="deferredPiecesDueDate">
    /// The last day on which deferred pieces may be sent, unless a piece sets its own; null for the
    /// date of the first exam (DEAD-06). It may not be before the closing date nor after the first
    /// exam, the date at which the registration conditions must be met; a piece that the organiser
    /// allows later still sets its own <see cref="PieceRequirement.DueDate"/>.
    /// </param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="kind"/> is not a defined kind, or <paramref name="deferredPiecesDueDate"/> is outside <see cref="SupportedRange"/>.
    /// </exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="code"/> or <paramref name="title"/> is blank, <paramref name="pieces"/> holds a null or the same code twice,
    /// a due date is before the closing date, the default due date is after the first exam (DEAD-06), or
    /// <paramref name="deferredPiecesDueDate"/> is not of the ISO calendar.
    /// </exception>
    public ExamSession(
        string code,
        string title,
        ExamKind kind,
        Organiser organiser,
        RegistrationCalendar calendar,
        IEnumerable<PieceRequirement>? pieces = null,
        bool isRegulatedProfession = false,
        LocalDate? deferredPiecesDueDate = null)
    {
        Code = Text.Require(code, nameof(code), 100);
        Title = Text.Require(title, nameof(title), 300);
        Kind = Preconditions.CheckDefined(kind, nameof(kind));
        Organiser = Preconditions.CheckNotNull(organiser, nameof(organiser));
        Calendar = Preconditions.CheckNotNull(calendar, nameof(calendar));
        SupportedRange.Check(deferredPiecesDueDate, nameof(deferredPiecesDueDate));
        Preconditions.CheckArgument(
            deferredPiecesDueDate is null || deferredPiecesDueDate >= calendar.FilingDeadline.Date,
            nameof(deferredPiecesDueDate),
            "Deferred pieces cannot be due before the closing date.");
        Preconditions.CheckArgument(
            deferredPiecesDueDate is null || deferredPiecesDueDate <= calendar.FirstExam,
            nameof(deferredPiecesDueDate),
            "Deferred pieces cannot be due after the first exam, when the registration conditions must be met (DEAD-06).");
        IsRegulatedProfession = isRegulatedProfession;
        DeferredPiecesDueDate = deferredPiecesDueDate;
        _deferredEnd = new DeadlineEnd(new Deadline(deferredPiecesDueDate ?? calendar.FirstExam));
        var list = (pieces ?? DefaultPieces.For(kind)).ToArray();
        _piecesByCode = new Dictionary<PieceCode, PieceRequirement>(list.Length);
        foreach (var piece in list)
        {
            Preconditions.CheckArgument(piece is not null, nameof(pieces), "A piece is null.");
            Preconditions.CheckArgument(!_piecesByCode.ContainsKey(piece!.Code), nameof(pieces), $"The piece '{piece.Code}' is listed twice.");
            Preconditions.CheckArgument(
                piece.DueDate is null || piece.DueDate >= calendar.FilingDeadline.Date,
                nameof(pieces),
                $"The piece '{piece.Code}' is due before the closing date.");
            _piecesByCode.Add(piece.Code, piece);
        }

        Pieces = Array.AsReadOnly(list);
    }

    /// <summary>The session's short stable code.</summary>
    public string Code { get; }

    /// <summary>The session's French title.</summary>
    public string Title { get; }

    /// <summary>The kind of exam.</summary>
    public ExamKind Kind { get; }

    /// <summary>The organising CDG and its settings.</summary>
    public Organiser Organiser { get; }

    /// <summary>The registration calendar, in metropolitan time.</summary>
    public RegistrationCalendar Calendar { get; }

    /// <summary>Whether the exam leads to a regulated profession: no diploma exemption for parents of three children (PIECE-04).</summary>
    public bool IsRegulatedProfession { get; }

    /// <summary>The last day for deferred pieces that set no due date of their own; null for the date of the first exam.</summary>
    public LocalDate? DeferredPiecesDueDate { get; }

    /// <summary>The pieces the session asks for, in the order given.</summary>
    public IReadOnlyList<PieceRequirement> Pieces { get; }

    /// <summary>Finds a requested piece by its code.</summary>
    /// <param name="code">The piece's code.</param>
    /// <param name="piece">The requirement when the session asks for that piece.</param>
    /// <returns><see langword="true"/> when the session asks for the piece.</returns>
    public bool TryGetPiece(PieceCode code, [MaybeNullWhen(false)] out PieceRequirement piece) =>
        _piecesByCode.TryGetValue(code, out piece!);

    /// <summary>The French label of a piece, or its code when the session does not ask for it.</summary>
    /// <param name="code">The piece's code.</param>
    /// <returns>For example <c>Pièce d'identité</c>.</returns>
    public string LabelOf(PieceCode code) => _piecesByCode.TryGetValue(code, out var piece) ? piece.Label : code.Value;

    /// <summary>
    /// The last day on which a candidate may send a piece: for a piece deferred in their situation,
    /// its own due date, or the session's <see cref="DeferredPiecesDueDate"/>, or the date of the
    /// first exam (DEAD-06); for any other piece, the closing date.
    /// </summary>
    /// <param name="piece">A piece of this session.</param>
    /// <param name="situation">The candidate's situation; null for none declared.</param>
    /// <returns>The deadline of the piece, in metropolitan time.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="piece"/> is null.</exception>
    public Deadline DueDateOf(PieceRequirement piece, CandidateSituation? situation = null)
    {
        Preconditions.CheckNotNull(piece, nameof(piece));
        return DueDateOf(piece, piece.ObligationFor(situation ?? CandidateSituation.None));
    }

    /// <summary>
    /// Whether an action at <paramref name="instant"/> meets a deadline of this session:
    /// <see cref="Deadline.IsMetAt"/>, with the ends of the closing date and of the default due
    /// date of deferred pieces kept for the zone source in use.
    /// </summary>
    internal bool IsMetAt(Deadline due, Instant instant) =>
        due == Calendar.FilingDeadline ? Calendar.IsFilingOpenAt(instant)
        : due == _deferredEnd.Deadline ? _deferredEnd.IsMetAt(instant)
        : due.IsMetAt(instant);

    /// <summary>The deadline of a piece once its obligation for the candidate is known, as the checklist computes it.</summary>
    internal Deadline DueDateOf(PieceRequirement piece, PieceObligation? obligation) =>
        obligation == PieceObligation.Deferrable
            ? new Deadline(piece.DueDate ?? DeferredPiecesDueDate ?? Calendar.FirstExam)
            : Calendar.FilingDeadline;

    /// <summary>
    /// Whether a candidate may declare a situation for this session: the diploma exemption of
    /// parents of three children is for concours externes only, and not for a regulated profession (PIECE-04).
    /// </summary>
    /// <param name="situation">The declared situation.</param>
    /// <returns>The violations, in French; empty when the situation is accepted.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="situation"/> is null.</exception>
    public IReadOnlyList<RuleViolation> CheckSituation(CandidateSituation situation)
    {
        Preconditions.CheckNotNull(situation, nameof(situation));
        if (!situation.ClaimsParentOfThreeExemption)
        {
            return [];
        }

        if (Kind != ExamKind.ExternalCompetition)
        {
            return [Violations.DiplomaExemptionOnlyForExternalCompetitions()];
        }

        return IsRegulatedProfession ? [Violations.DiplomaExemptionRefusedForRegulatedProfession(Title)] : [];
    }

    /// <inheritdoc />
    public override string ToString() => $"{Title} ({Code})";
}

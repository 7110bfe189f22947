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

    /// <summary>Creates a session.</summary>
    /// <param name="code">A short stable code, for example <c>2023-REDACTEUR-EXT</c>.</param>
    /// <param name="title">The French title, for example <c>Concours externe de rédacteur territorial 2023</c>.</param>
    /// <param name="kind">The kind of exam.</param>
    /// <param name="organiser">The organising CDG and its settings.</param>
    /// <param name="calendar">The registration calendar, in metropolitan time.</param>
    /// <param name="pieces">The pieces the session asks for, each code once.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="code"/> or <paramref name="title"/> is blank, <paramref name="pieces"/> holds a null or the same code twice,
    /// or a deferrable piece is due before the closing date.
    /// </exception>
    public ExamSession(string code, string title, ExamKind kind, Organiser organiser, RegistrationCalendar calendar, IEnumerable<PieceRequirement> pieces)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(code), nameof(code), "The session needs a code.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(title), nameof(title), "The session needs a title.");
        Code = code.Trim();
        Title = title.Trim();
        Kind = kind;
        Organiser = Preconditions.CheckNotNull(organiser, nameof(organiser));
        Calendar = Preconditions.CheckNotNull(calendar, nameof(calendar));
        var list = Preconditions.CheckNotNull(pieces, nameof(pieces)).ToArray();
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

    /// <summary>The pieces the session asks for, in the order given.</summary>
    public IReadOnlyList<PieceRequirement> Pieces { get; }

    /// <summary>Finds a requested piece by its code.</summary>
    /// <param name="code">The piece's code.</param>
    /// <param name="piece">The requirement when the session asks for that piece.</param>
    /// <returns><see langword="true"/> when the session asks for the piece.</returns>
    public bool TryGetPiece(PieceCode code, out PieceRequirement piece) =>
        _piecesByCode.TryGetValue(code, out piece!);

    /// <summary>The French label of a piece, or its code when the session does not ask for it.</summary>
    /// <param name="code">The piece's code.</param>
    /// <returns>For example <c>Pièce d'identité</c>.</returns>
    public string LabelOf(PieceCode code) => _piecesByCode.TryGetValue(code, out var piece) ? piece.Label : code.Value;

    /// <summary>
    /// The last day on which a piece may be sent: its own due date, or the date of the first exam
    /// for a deferrable piece that has none (DEAD-06), or the closing date for any other piece.
    /// </summary>
    /// <param name="piece">A piece of this session.</param>
    /// <returns>The deadline of the piece, in metropolitan time.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="piece"/> is null.</exception>
    public Deadline DueDateOf(PieceRequirement piece)
    {
        Preconditions.CheckNotNull(piece, nameof(piece));
        return piece.Obligation == PieceObligation.Deferrable
            ? new Deadline(piece.DueDate ?? Calendar.FirstExam)
            : Calendar.FilingDeadline;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Title} ({Code})";
}

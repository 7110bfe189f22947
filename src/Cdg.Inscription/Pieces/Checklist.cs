using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Sessions;
using NodaTime;

namespace Cdg.Inscription.Pieces;

/// <summary>
/// The pieces a candidate must supply, computed from the session's requirements and the
/// candidate's situation, with the files sent and where each piece stands at an instant (PIECE-01,
/// PIECE-04, PIECE-05, DEAD-06). It is what the dossier's closure and DOSSIER COMPLET check.
/// </summary>
/// <remarks>This type is immutable.</remarks>
public sealed class Checklist
{
    private Checklist(IReadOnlyList<ChecklistItem> items, IReadOnlyList<DuplicateFile> duplicates)
    {
        Items = items;
        Duplicates = duplicates;
    }

    /// <summary>Every piece of the session, in the session's order, those not asked of this candidate included.</summary>
    public IReadOnlyList<ChecklistItem> Items { get; }

    /// <summary>The pieces that apply to this candidate.</summary>
    public IReadOnlyList<ChecklistItem> Applicable => Items.Where(i => i.Obligation is not null).ToArray();

    /// <summary>The pieces required at closure that have no file: an online closure needs none (PIECE-05).</summary>
    public IReadOnlyList<ChecklistItem> MissingForClosure =>
        Items.Where(i => i.Obligation == PieceObligation.RequiredAtClosure && i.Files.Count == 0).ToArray();

    /// <summary>The required pieces, deferred ones included, that have no file: DOSSIER COMPLET needs none (PIECE-05).</summary>
    public IReadOnlyList<ChecklistItem> MissingForCompletion => Items.Where(i => i.IsRequired && i.Files.Count == 0).ToArray();

    /// <summary>The same content sent for different pieces (PIECE-02).</summary>
    public IReadOnlyList<DuplicateFile> Duplicates { get; }

    /// <summary>The checklist of a candidate who has sent nothing yet, for example before pre-registration.</summary>
    /// <param name="session">The exam session.</param>
    /// <param name="situation">The candidate's situation.</param>
    /// <param name="at">The instant, for the states of the pieces.</param>
    /// <returns>The checklist.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Checklist For(ExamSession session, CandidateSituation situation, Instant at) =>
        For(session, situation, Array.Empty<AttachedFile>(), at);

    /// <summary>The checklist of a candidate with the files sent so far.</summary>
    /// <param name="session">The exam session.</param>
    /// <param name="situation">The candidate's situation.</param>
    /// <param name="files">The files sent, for any piece.</param>
    /// <param name="at">The instant, for the states of the pieces.</param>
    /// <returns>The checklist.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="files"/> holds a null.</exception>
    public static Checklist For(ExamSession session, CandidateSituation situation, IReadOnlyList<AttachedFile> files, Instant at)
    {
        Preconditions.CheckNotNull(session, nameof(session));
        Preconditions.CheckNotNull(situation, nameof(situation));
        Preconditions.CheckNotNull(files, nameof(files));
        Preconditions.CheckArgument(!files.Contains(null!), nameof(files), "A file is null.");
        var items = session.Pieces.Select(p => Item(session, situation, p, files, at)).ToArray();
        return new Checklist(Array.AsReadOnly(items), Array.AsReadOnly(Duplicated(session, files)));
    }

    /// <summary>The item of a piece.</summary>
    /// <param name="code">The piece's code.</param>
    /// <returns>The item, or null when the session does not ask for the piece.</returns>
    public ChecklistItem? Find(PieceCode code) => Items.FirstOrDefault(i => i.Code == code);

    /// <summary>The checklist in French, one line per piece that applies, for the candidate.</summary>
    /// <returns>The lines, in the session's order.</returns>
    public IReadOnlyList<string> Describe() => Applicable.Select(i => i.Describe()).ToArray();

    private static ChecklistItem Item(ExamSession session, CandidateSituation situation, PieceRequirement piece, IReadOnlyList<AttachedFile> files, Instant at)
    {
        var obligation = piece.ObligationFor(situation);
        var held = Array.AsReadOnly(files.Where(f => f.Piece == piece.Code).OrderBy(f => f.ReceivedAt).ToArray());
        var due = obligation is PieceObligation.RequiredAtClosure or PieceObligation.Deferrable ? session.DueDateOf(piece, situation) : (Time.Deadline?)null;
        var state = (held.Count, obligation, due) switch
        {
            ( > 0, not null, _) => PieceState.Supplied,
            (_, PieceObligation.RequiredAtClosure or PieceObligation.Deferrable, { } d) => d.IsMetAt(at) ? PieceState.Missing : PieceState.Overdue,
            _ => PieceState.NotRequired,
        };
        var findings = piece.Validity is { } validity
            ? held.Select(f => Validate(piece, validity, f, session.Calendar.FirstExam)).OfType<RuleViolation>().ToArray()
            : [];
        return new ChecklistItem(piece, obligation, due, held, state, Array.AsReadOnly(findings));
    }

    private static RuleViolation? Validate(PieceRequirement piece, ValidityWindow validity, AttachedFile file, LocalDate firstExam) =>
        file.IssuedOn switch
        {
            null => Violations.IssueDateUnknown(piece, file.File.DisplayName),
            { } issued when !validity.Accepts(issued, firstExam) => Violations.IssuedOutsideValidity(piece, file.File.DisplayName, issued, validity.EarliestIssueFor(firstExam), firstExam),
            _ => null,
        };

    private static DuplicateFile[] Duplicated(ExamSession session, IReadOnlyList<AttachedFile> files) =>
        files.GroupBy(f => f.File.Sha256, StringComparer.Ordinal)
            .Where(g => g.Select(f => f.Piece).Distinct().Count() > 1)
            .Select(g => new DuplicateFile(
                g.Key,
                Array.AsReadOnly(g.ToArray()),
                Violations.SameFileInSeveralPieces(g.First().File.DisplayName, session, g.Select(f => f.Piece))))
            .ToArray();
}

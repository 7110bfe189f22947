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
    private static readonly IReadOnlyList<AttachedFile> NoFiles = Array.AsReadOnly(Array.Empty<AttachedFile>());
    private static readonly IReadOnlyList<RuleViolation> NoFindings = Array.AsReadOnly(Array.Empty<RuleViolation>());
    private static readonly IReadOnlyList<DuplicateFile> NoDuplicates = Array.AsReadOnly(Array.Empty<DuplicateFile>());

    private readonly ChecklistItem[] _items;

    // The items wrapped read-only when Items is first read (two threads may both wrap).
    private IReadOnlyList<ChecklistItem>? _itemsView;

    private Checklist(ChecklistItem[] items, IReadOnlyList<DuplicateFile> duplicates)
    {
        _items = items;
        Duplicates = duplicates;
    }

    /// <summary>Every piece of the session, in the session's order, those not asked of this candidate included.</summary>
    public IReadOnlyList<ChecklistItem> Items => _itemsView ??= Array.AsReadOnly(_items);

    /// <summary>The pieces that apply to this candidate.</summary>
    public IReadOnlyList<ChecklistItem> Applicable => Those(_items, static i => i.Obligation is not null);

    /// <summary>The pieces required at closure that have no file: an online closure needs none (PIECE-05).</summary>
    public IReadOnlyList<ChecklistItem> MissingForClosure =>
        Those(_items, static i => i.Obligation == PieceObligation.RequiredAtClosure && i.FileCount == 0);

    /// <summary>The required pieces, deferred ones included, that have no file: DOSSIER COMPLET needs none (PIECE-05).</summary>
    public IReadOnlyList<ChecklistItem> MissingForCompletion => Those(_items, static i => i.IsRequired && i.FileCount == 0);

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

        // The files copied once into an array, for the scans of every piece: a dossier's list is a
        // read-only wrapper, whose every read is two interface calls.
        var copy = ToArray(files);
        foreach (var file in copy)
        {
            Preconditions.CheckArgument(file is not null, nameof(files), "A file is null.");
        }

        var pieces = session.Pieces;
        var items = new ChecklistItem[pieces.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = Item(session, situation, pieces[i], copy, at);
        }

        return new Checklist(items, HasDuplicates(copy) ? Array.AsReadOnly(Duplicated(session, copy)) : NoDuplicates);
    }

    /// <summary>The item of a piece.</summary>
    /// <param name="code">The piece's code.</param>
    /// <returns>The item, or null when the session does not ask for the piece.</returns>
    public ChecklistItem? Find(PieceCode code) => Array.Find(_items, i => i.Code == code);

    /// <summary>The checklist in French, one line per piece that applies, for the candidate.</summary>
    /// <returns>The lines, in the session's order.</returns>
    public IReadOnlyList<string> Describe() => Applicable.Select(i => i.Describe()).ToArray();

    /// <summary>The items that match, in order, in an array of their exact number (a page asks on every visit).</summary>
    private static ChecklistItem[] Those(ChecklistItem[] items, Func<ChecklistItem, bool> match)
    {
        var count = 0;
        foreach (var item in items)
        {
            count += match(item) ? 1 : 0;
        }

        if (count == 0)
        {
            return [];
        }

        var those = new ChecklistItem[count];
        for (int i = 0, j = 0; j < count; i++)
        {
            if (match(items[i]))
            {
                those[j++] = items[i];
            }
        }

        return those;
    }

    private static ChecklistItem Item(ExamSession session, CandidateSituation situation, PieceRequirement piece, AttachedFile[] files, Instant at)
    {
        var obligation = piece.ObligationFor(situation);
        var held = FilesOf(files, piece.Code);
        var due = obligation is PieceObligation.RequiredAtClosure or PieceObligation.Deferrable ? session.DueDateOf(piece, obligation) : (Time.Deadline?)null;
        var state = (held.Count, obligation, due) switch
        {
            ( > 0, not null, _) => PieceState.Supplied,
            (_, PieceObligation.RequiredAtClosure or PieceObligation.Deferrable, { } d) => session.IsMetAt(d, at) ? PieceState.Missing : PieceState.Overdue,
            _ => PieceState.NotRequired,
        };
        var findings = piece.Validity is { } validity && held.Count > 0
            ? Array.AsReadOnly(held.Select(f => Validate(piece, validity, f, session.Calendar.FirstExam)).OfType<RuleViolation>().ToArray())
            : NoFindings;
        return new ChecklistItem(piece, obligation, due, held, state, findings);
    }

    /// <summary>The files of one piece, oldest first: in the order given, which a dossier keeps by receipt, unless they are not.</summary>
    private static IReadOnlyList<AttachedFile> FilesOf(AttachedFile[] files, PieceCode code)
    {
        var count = 0;
        var ordered = true;
        Instant? last = null;
        for (var i = 0; i < files.Length; i++)
        {
            if (files[i].Piece == code)
            {
                ordered &= last is not { } previous || previous <= files[i].ReceivedAt;
                last = files[i].ReceivedAt;
                count++;
            }
        }

        if (count == 0)
        {
            return NoFiles;
        }

        var held = new AttachedFile[count];
        for (int i = 0, j = 0; j < count; i++)
        {
            if (files[i].Piece == code)
            {
                held[j++] = files[i];
            }
        }

        // A stable sort, as OrderBy is, for a list a host built out of order. The item wraps the
        // array read-only when its files are read.
        return ordered ? held : held.OrderBy(f => f.ReceivedAt).ToArray();
    }

    /// <summary>A list copied into an array, in one call when the list can.</summary>
    private static AttachedFile[] ToArray(IReadOnlyList<AttachedFile> files)
    {
        if (files.Count == 0)
        {
            return [];
        }

        var copy = new AttachedFile[files.Count];
        if (files is ICollection<AttachedFile> collection)
        {
            collection.CopyTo(copy, 0);
        }
        else
        {
            for (var i = 0; i < copy.Length; i++)
            {
                copy[i] = files[i];
            }
        }

        return copy;
    }

    /// <summary>Whether two files of different pieces have the same content; most dossiers have none, and this allocates nothing.</summary>
    private static bool HasDuplicates(AttachedFile[] files)
    {
        for (var i = 1; i < files.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (files[i].Piece != files[j].Piece && string.Equals(files[i].File.Sha256, files[j].File.Sha256, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static RuleViolation? Validate(PieceRequirement piece, ValidityWindow validity, AttachedFile file, LocalDate firstExam) =>
        file.IssuedOn switch
        {
            null => Violations.IssueDateUnknown(piece, file.File.DisplayName),
            { } issued when !validity.Accepts(issued, firstExam) => Violations.IssuedOutsideValidity(piece, file.File.DisplayName, issued, validity.EarliestIssueFor(firstExam), firstExam),
            _ => null,
        };

    private static DuplicateFile[] Duplicated(ExamSession session, AttachedFile[] files) =>
        files.GroupBy(f => f.File.Sha256, StringComparer.Ordinal)
            .Where(g => g.Select(f => f.Piece).Distinct().Count() > 1)
            .Select(g => new DuplicateFile(
                g.Key,
                Array.AsReadOnly(g.ToArray()),
                Violations.SameFileInSeveralPieces(g.First().File.DisplayName, session, g.Select(f => f.Piece))))
            .ToArray();
}

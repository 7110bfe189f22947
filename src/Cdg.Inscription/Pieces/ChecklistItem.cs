using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Time;

namespace Cdg.Inscription.Pieces;

/// <summary>One piece of a candidate's checklist: what is asked, by when, what was sent, where it stands.</summary>
/// <remarks>This type is immutable.</remarks>
public sealed class ChecklistItem
{
    // The files, as the checklist built them (an array), until Files is first read and wraps them
    // read-only: most checklists are asked only whether a piece has a file.
    private IReadOnlyList<AttachedFile> _files;

    internal ChecklistItem(
        PieceRequirement requirement,
        PieceObligation? obligation,
        Deadline? due,
        IReadOnlyList<AttachedFile> files,
        PieceState state,
        IReadOnlyList<RuleViolation> findings)
    {
        Requirement = requirement;
        Obligation = obligation;
        Due = due;
        _files = files;
        FileCount = files.Count;
        State = state;
        Findings = findings;
    }

    /// <summary>The session's requirement.</summary>
    public PieceRequirement Requirement { get; }

    /// <summary>The piece's code.</summary>
    public PieceCode Code => Requirement.Code;

    /// <summary>The piece's French label.</summary>
    public string Label => Requirement.Label;

    /// <summary>How far the piece is required of this candidate; null when it is not asked of them (PIECE-04).</summary>
    public PieceObligation? Obligation { get; }

    /// <summary>Whether the piece must be there for DOSSIER COMPLET (PIECE-05).</summary>
    public bool IsRequired => Obligation is PieceObligation.RequiredAtClosure or PieceObligation.Deferrable;

    /// <summary>The last day to send a required piece: the closing date, or its own due date when deferred (DEAD-06); null otherwise.</summary>
    public Deadline? Due { get; }

    /// <summary>The files sent for the piece, oldest first.</summary>
    public IReadOnlyList<AttachedFile> Files
    {
        get
        {
            if (_files is AttachedFile[] files)
            {
                // Two threads may both wrap: each gets a read-only view of the same array.
                _files = Array.AsReadOnly(files);
            }

            return _files;
        }
    }

    /// <summary>How many files were sent for the piece, without wrapping them.</summary>
    internal int FileCount { get; }

    /// <summary>Where the piece stands.</summary>
    public PieceState State { get; }

    /// <summary>What is wrong with the files sent, in French: a document not recent enough, or whose date of issue is not known.</summary>
    public IReadOnlyList<RuleViolation> Findings { get; }

    /// <summary>The piece in French, for a checklist shown to the candidate.</summary>
    /// <returns>For example <c>État des services : à transmettre au plus tard le 15 juin 2023 avant minuit (heure métropolitaine), le cas échéant après la clôture</c>.</returns>
    public string Describe()
    {
        var what = (State, Obligation) switch
        {
            (PieceState.Supplied, _) => FileCount == 1 ? "fournie (1 fichier)" : $"fournie ({FileCount} fichiers)",
            (PieceState.Overdue, _) => $"manquante ; la date limite ({Due!.Value.Describe()}) est dépassée",
            (PieceState.Missing, PieceObligation.RequiredAtClosure) => $"à fournir au plus tard {Due!.Value.Describe()}, avant de clôturer votre inscription",
            (PieceState.Missing, _) => $"à transmettre au plus tard {Due!.Value.Describe()}, le cas échéant après la clôture",
            (_, PieceObligation.Optional) => "facultative",
            _ => "non demandée dans votre situation",
        };
        return $"{Label} : {what}";
    }

    /// <inheritdoc />
    public override string ToString() => $"{Code}: {State}";
}

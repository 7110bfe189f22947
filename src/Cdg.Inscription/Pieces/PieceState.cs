namespace Cdg.Inscription.Pieces;

/// <summary>Where a piece of a checklist stands at an instant.</summary>
public enum PieceState
{
    /// <summary>Required, no file yet, and its due date has not passed.</summary>
    Missing,

    /// <summary>At least one file is there.</summary>
    Supplied,

    /// <summary>Required, no file, and its due date has passed.</summary>
    Overdue,

    /// <summary>Optional with no file, or not asked of this candidate at all.</summary>
    NotRequired,
}

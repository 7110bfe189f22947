namespace Cdg.Inscription.Pieces;

/// <summary>How far a session requires a piece (PIECE-01).</summary>
public enum PieceObligation
{
    /// <summary>Required at closure: an online closure is refused while the piece has no file (PIECE-05).</summary>
    RequiredAtClosure,

    /// <summary>
    /// Required, but may be sent after closure until its due date (PIECE-03, DEAD-06); needed for
    /// DOSSIER COMPLET.
    /// </summary>
    Deferrable,

    /// <summary>Optional: the candidate may supply it; nothing waits for it.</summary>
    Optional,
}

using Cdg.Inscription.Pieces;

namespace Cdg.Inscription.Dossiers;

/// <summary>One complement that a regularisation request asks for: a piece, and what is wrong with it (LIFE-05).</summary>
/// <remarks>This type is immutable.</remarks>
public sealed class RegularisationItem : IEquatable<RegularisationItem>
{
    /// <summary>Creates an item. A blank reason is accepted here and refused by the dossier, with a French message.</summary>
    /// <param name="piece">The piece to supply again or to complete.</param>
    /// <param name="reason">What is wrong or missing, in French, for the candidate.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="piece"/> is the default value.</exception>
    public RegularisationItem(PieceCode piece, string reason)
    {
        Preconditions.CheckArgument(piece.Value.Length > 0, nameof(piece), "The item needs a piece.");
        Piece = piece;
        Reason = Preconditions.CheckNotNull(reason, nameof(reason)).Trim();
    }

    /// <summary>The piece to supply.</summary>
    public PieceCode Piece { get; }

    /// <summary>What is wrong or missing, in French.</summary>
    public string Reason { get; }

    /// <inheritdoc />
    public bool Equals(RegularisationItem? other) => other is not null && Piece == other.Piece && Reason == other.Reason;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RegularisationItem);

    /// <inheritdoc />
    public override int GetHashCode() => Piece.GetHashCode() ^ StringComparer.Ordinal.GetHashCode(Reason);

    /// <inheritdoc />
    public override string ToString() => $"{Piece}: {Reason}";
}

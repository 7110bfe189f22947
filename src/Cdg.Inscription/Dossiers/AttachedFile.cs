using Cdg.Inscription.Files;
using Cdg.Inscription.Pieces;
using NodaTime;

namespace Cdg.Inscription.Dossiers;

/// <summary>A file that a dossier holds for one of its pieces, with the instant it was received (PIECE-02).</summary>
/// <remarks>This type is immutable.</remarks>
public sealed class AttachedFile : IEquatable<AttachedFile>
{
    /// <summary>Creates an attachment.</summary>
    /// <param name="piece">The piece the file belongs to.</param>
    /// <param name="file">The file's record.</param>
    /// <param name="receivedAt">When the file was received.</param>
    /// <param name="issuedOn">When the document was issued, as declared, for a piece that must be recent (PIECE-04); null when not known.</param>
    /// <exception cref="ArgumentNullException"><paramref name="file"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="piece"/> is the default value, or <paramref name="issuedOn"/> is not of the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="issuedOn"/> is outside <see cref="Time.SupportedRange"/>.</exception>
    public AttachedFile(PieceCode piece, FileRecord file, Instant receivedAt, LocalDate? issuedOn = null)
    {
        Preconditions.CheckArgument(piece.Value.Length > 0, nameof(piece), "The file needs a piece.");
        Piece = piece;
        File = Preconditions.CheckNotNull(file, nameof(file));
        ReceivedAt = receivedAt;
        IssuedOn = Time.SupportedRange.Check(issuedOn, nameof(issuedOn));
    }

    /// <summary>The piece the file belongs to.</summary>
    public PieceCode Piece { get; }

    /// <summary>The file's record: ID, display name, type, size, SHA-256.</summary>
    public FileRecord File { get; }

    /// <summary>When the file was received.</summary>
    public Instant ReceivedAt { get; }

    /// <summary>When the document was issued, as declared; null when not known.</summary>
    public LocalDate? IssuedOn { get; }

    /// <inheritdoc />
    public bool Equals(AttachedFile? other) =>
        other is not null && Piece == other.Piece && File.Equals(other.File) && ReceivedAt == other.ReceivedAt && IssuedOn == other.IssuedOn;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AttachedFile);

    /// <inheritdoc />
    public override int GetHashCode() => File.GetHashCode();

    /// <inheritdoc />
    public override string ToString() => $"{Piece}: {File}";
}

using Cdg.Inscription.Pieces;
using Cdg.Inscription.Sessions;
using NodaTime;

namespace Cdg.Inscription.Dossiers.Events;

/// <summary>The candidate removed a file from a piece (PIECE-02).</summary>
/// <param name="Sequence">The position of the event in the history, from 1.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Status">The dossier's status after the event.</param>
/// <param name="Piece">The piece the file belonged to.</param>
/// <param name="FileId">The ID of the removed file.</param>
/// <param name="DisplayName">The display name of the removed file, for the history.</param>
/// <exception cref="ArgumentNullException"><paramref name="Actor"/> or a content is null; the message names the event's sequence.</exception>
/// <exception cref="ArgumentException"><paramref name="Sequence"/> is not positive.</exception>
public sealed record FileRemoved(long Sequence, Instant At, Actor Actor, DossierStatus Status, PieceCode Piece, Guid FileId, string DisplayName)
    : DossierEvent(Sequence, At, Actor, Status)
{
    /// <summary>The display name of the removed file, for the history.</summary>
    public string DisplayName { get; init; } = Required(DisplayName, Sequence, nameof(DisplayName));

    /// <inheritdoc />
    internal override string? Fault() => base.Fault() ?? (DisplayName is null ? "has no display name" : null);

    /// <inheritdoc />
    private protected override string DescribeIn(ExamSession session) =>
        $"Fichier « {DisplayName} » supprimé de la pièce « {LabelOf(session, Piece)} ».";

    /// <inheritdoc />
    private protected override DossierSnapshot Evolve(DossierSnapshot? state) =>
        state!.WithFileRemoved(FileId);
}

using Cdg.Inscription.Sessions;
using NodaTime;

namespace Cdg.Inscription.Dossiers.Events;

/// <summary>The candidate added a file to a piece (PIECE-02).</summary>
/// <param name="Sequence">The position of the event in the history, from 1.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Status">The dossier's status after the event.</param>
/// <param name="File">The file, its piece and when it was received.</param>
/// <exception cref="ArgumentNullException"><paramref name="Actor"/> or a content is null; the message names the event's sequence.</exception>
/// <exception cref="ArgumentException"><paramref name="Sequence"/> is not positive.</exception>
public sealed record FileAdded(long Sequence, Instant At, Actor Actor, DossierStatus Status, AttachedFile File)
    : DossierEvent(Sequence, At, Actor, Status)
{
    /// <summary>The file, its piece and when it was received.</summary>
    public AttachedFile File { get; init; } = Required(File, Sequence, nameof(File));

    /// <inheritdoc />
    internal override string? Fault() => base.Fault() ?? (File is null ? "has no file" : null);

    /// <inheritdoc />
    private protected override string DescribeIn(ExamSession session) =>
        $"Fichier « {File.File.DisplayName} » ajouté à la pièce « {LabelOf(session, File.Piece)} ».";

    /// <inheritdoc />
    private protected override DossierSnapshot Evolve(DossierSnapshot? state) =>
        state!.WithFileAdded(File);
}

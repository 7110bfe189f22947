using Cdg.Inscription.Sessions;
using NodaTime;

namespace Cdg.Inscription.Dossiers.Events;

/// <summary>Staff published a document in the candidate's space (SPACE-01).</summary>
/// <param name="Sequence">The position of the event in the history, from 1.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Status">The dossier's status after the event.</param>
/// <param name="Document">The published document (SPACE-01).</param>
/// <exception cref="ArgumentNullException"><paramref name="Actor"/> or a content is null; the message names the event's sequence.</exception>
/// <exception cref="ArgumentException"><paramref name="Sequence"/> is not positive.</exception>
public sealed record DocumentPublished(long Sequence, Instant At, Actor Actor, DossierStatus Status, PublishedDocument Document)
    : DossierEvent(Sequence, At, Actor, Status)
{
    /// <summary>The published document (SPACE-01).</summary>
    public PublishedDocument Document { get; init; } = Required(Document, Sequence, nameof(Document));

    /// <inheritdoc />
    internal override string? Fault() => base.Fault() ?? (Document is null ? "has no document" : null);

    /// <inheritdoc />
    private protected override string DescribeIn(ExamSession session) =>
        $"Document publié dans l'espace candidat : {Document.Title}.";

    /// <inheritdoc />
    private protected override DossierSnapshot Evolve(DossierSnapshot? state) =>
        state!.WithDocument(Document);
}

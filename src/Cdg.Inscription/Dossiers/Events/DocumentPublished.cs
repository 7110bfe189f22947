using Cdg.Inscription.Sessions;
using NodaTime;

namespace Cdg.Inscription.Dossiers.Events;

/// <summary>Staff published a document in the candidate's space (SPACE-01).</summary>
/// <param name="Sequence">The position of the event in the history, from 1.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Status">The dossier's status after the event.</param>
/// <param name="Document">The published document (SPACE-01).</param>
public sealed record DocumentPublished(long Sequence, Instant At, Actor Actor, DossierStatus Status, PublishedDocument Document)
    : DossierEvent(Sequence, At, Actor, Status)
{
    /// <inheritdoc />
    private protected override string DescribeIn(ExamSession session) =>
        $"Document publié dans l'espace candidat : {Document.Title}.";

    /// <inheritdoc />
    private protected override DossierSnapshot Evolve(DossierSnapshot? state) =>
        state! with { Documents = state.Documents.Append(Document).ToArray() };
}

using Cdg.Inscription.Sessions;
using NodaTime;

namespace Cdg.Inscription.Dossiers.Events;

/// <summary>The requested complements were supplied online by the candidate, or received by post and recorded by staff: the dossier is back under instruction (LIFE-06).</summary>
/// <param name="Sequence">The position of the event in the history, from 1.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Status">The dossier's status after the event.</param>
/// <exception cref="ArgumentNullException"><paramref name="Actor"/> is null; the message names the event's sequence.</exception>
/// <exception cref="ArgumentException"><paramref name="Sequence"/> is not positive.</exception>
public sealed record ComplementsSupplied(long Sequence, Instant At, Actor Actor, DossierStatus Status)
    : DossierEvent(Sequence, At, Actor, Status)
{
    /// <inheritdoc />
    private protected override string DescribeIn(ExamSession session) =>
        Actor.Role == ActorRole.Staff
            ? "Compléments reçus par courrier et enregistrés par le centre de gestion ; le dossier est de nouveau en cours d'instruction."
            : "Compléments transmis par le candidat ; le dossier est de nouveau en cours d'instruction.";

    /// <inheritdoc />
    private protected override DossierSnapshot Evolve(DossierSnapshot? state) =>
        state! with { Regularisation = null, RegularisationRequestedAt = null };
}

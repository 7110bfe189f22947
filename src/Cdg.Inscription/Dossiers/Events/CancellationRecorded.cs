using Cdg.Inscription.Sessions;
using NodaTime;

namespace Cdg.Inscription.Dossiers.Events;

/// <summary>Staff recorded the cancellation that the candidate asked for (LIFE-09).</summary>
/// <param name="Sequence">The position of the event in the history, from 1.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Status">The dossier's status after the event.</param>
/// <param name="Channel">How the candidate asked for it (LIFE-09).</param>
/// <exception cref="ArgumentNullException"><paramref name="Actor"/> is null; the message names the event's sequence.</exception>
/// <exception cref="ArgumentException"><paramref name="Sequence"/> is not positive.</exception>
public sealed record CancellationRecorded(long Sequence, Instant At, Actor Actor, DossierStatus Status, CancellationChannel Channel)
    : DossierEvent(Sequence, At, Actor, Status)
{
    /// <inheritdoc />
    private protected override string DescribeIn(ExamSession session) =>
        $"Annulation de l'inscription enregistrée, à la demande du candidat ({(Channel == CancellationChannel.Email ? "par courrier électronique" : "par courrier postal")}).";

    /// <inheritdoc />
    private protected override DossierSnapshot Evolve(DossierSnapshot? state) =>
        state! with { Regularisation = null, RegularisationRequestedAt = null, NonComplianceReasons = Array.Empty<string>() };
}

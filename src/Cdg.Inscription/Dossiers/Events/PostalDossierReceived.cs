using Cdg.Inscription.Sessions;
using Cdg.Inscription.Time;
using NodaTime;

namespace Cdg.Inscription.Dossiers.Events;

/// <summary>Staff recorded a paper dossier received by post, in time by its postmark (LIFE-02, DEAD-04).</summary>
/// <param name="Sequence">The position of the event in the history, from 1.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Status">The dossier's status after the event.</param>
/// <param name="Postmark">The date of the postmark (DEAD-04).</param>
/// <exception cref="ArgumentNullException"><paramref name="Actor"/> is null; the message names the event's sequence.</exception>
/// <exception cref="ArgumentException"><paramref name="Sequence"/> is not positive.</exception>
public sealed record PostalDossierReceived(long Sequence, Instant At, Actor Actor, DossierStatus Status, LocalDate Postmark)
    : DossierEvent(Sequence, At, Actor, Status)
{
    /// <inheritdoc />
    internal override string? Fault() => base.Fault() ?? SupportedRange.FaultOf(Postmark, "postmark");

    /// <inheritdoc />
    private protected override string DescribeIn(ExamSession session) =>
        $"Dossier papier reçu par courrier (cachet de la poste du {Time.FrenchDates.Format(Postmark)}).";

    /// <inheritdoc />
    private protected override DossierSnapshot Evolve(DossierSnapshot? state) =>
        state! with { Filing = FilingChannel.Post, FiledAt = At, Postmark = Postmark };
}

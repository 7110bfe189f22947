using Cdg.Inscription.Sessions;
using NodaTime;

namespace Cdg.Inscription.Dossiers.Events;

/// <summary>The e-mail address on file was changed or removed (SPACE-02).</summary>
/// <param name="Sequence">The position of the event in the history, from 1.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Status">The dossier's status after the event.</param>
/// <param name="Email">The new e-mail address, or null when it was removed (SPACE-02).</param>
/// <exception cref="ArgumentNullException"><paramref name="Actor"/> is null; the message names the event's sequence.</exception>
/// <exception cref="ArgumentException"><paramref name="Sequence"/> is not positive.</exception>
public sealed record EmailChanged(long Sequence, Instant At, Actor Actor, DossierStatus Status, EmailAddress? Email)
    : DossierEvent(Sequence, At, Actor, Status)
{
    /// <inheritdoc />
    private protected override string DescribeIn(ExamSession session) =>
        Email is null ? "Adresse électronique supprimée." : $"Adresse électronique enregistrée : {Email}.";

    /// <inheritdoc />
    private protected override DossierSnapshot Evolve(DossierSnapshot? state) =>
        state! with { Candidate = state.Candidate.WithEmail(Email) };
}

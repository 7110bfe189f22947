using Cdg.Inscription.Sessions;
using NodaTime;

namespace Cdg.Inscription.Dossiers.Events;

/// <summary>A change of postal address was recorded; the history keeps the earlier one (SPACE-03).</summary>
/// <param name="Sequence">The position of the event in the history, from 1.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Status">The dossier's status after the event.</param>
/// <param name="Previous">The address before the change, kept by the history (SPACE-03).</param>
/// <param name="Address">The new address.</param>
public sealed record AddressChanged(long Sequence, Instant At, Actor Actor, DossierStatus Status, PostalAddress Previous, PostalAddress Address)
    : DossierEvent(Sequence, At, Actor, Status)
{
    /// <inheritdoc />
    private protected override string DescribeIn(ExamSession session) =>
        $"Changement d'adresse enregistré : {Address} (auparavant : {Previous}).";

    /// <inheritdoc />
    private protected override DossierSnapshot Evolve(DossierSnapshot? state) =>
        state! with { Candidate = state.Candidate.WithAddress(Address) };
}

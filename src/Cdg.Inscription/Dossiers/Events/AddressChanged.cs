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
/// <exception cref="ArgumentNullException"><paramref name="Actor"/> or a content is null; the message names the event's sequence.</exception>
/// <exception cref="ArgumentException"><paramref name="Sequence"/> is not positive.</exception>
public sealed record AddressChanged(long Sequence, Instant At, Actor Actor, DossierStatus Status, PostalAddress Previous, PostalAddress Address)
    : DossierEvent(Sequence, At, Actor, Status)
{
    /// <summary>The address before the change, kept by the history (SPACE-03).</summary>
    public PostalAddress Previous { get; init; } = Required(Previous, Sequence, nameof(Previous));

    /// <summary>The new address.</summary>
    public PostalAddress Address { get; init; } = Required(Address, Sequence, nameof(Address));

    /// <inheritdoc />
    internal override string? Fault() => base.Fault() ?? (Previous is null ? "has no previous address" : Address is null ? "has no address" : null);

    /// <inheritdoc />
    private protected override string DescribeIn(ExamSession session) =>
        $"Changement d'adresse enregistré : {Address} (auparavant : {Previous}).";

    /// <inheritdoc />
    private protected override DossierSnapshot Evolve(DossierSnapshot? state) =>
        state! with { Candidate = state.Candidate.WithAddress(Address) };
}

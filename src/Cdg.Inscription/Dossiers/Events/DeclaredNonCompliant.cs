using Cdg.Inscription.Sessions;
using NodaTime;

namespace Cdg.Inscription.Dossiers.Events;

/// <summary>Staff declared the dossier non-conforme, with its reasons (LIFE-07).</summary>
/// <param name="Sequence">The position of the event in the history, from 1.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Status">The dossier's status after the event.</param>
/// <param name="Reasons">Why the dossier does not meet the registration conditions (LIFE-07).</param>
/// <exception cref="ArgumentNullException"><paramref name="Actor"/> or a content is null; the message names the event's sequence.</exception>
/// <exception cref="ArgumentException"><paramref name="Sequence"/> is not positive.</exception>
public sealed record DeclaredNonCompliant(long Sequence, Instant At, Actor Actor, DossierStatus Status, IReadOnlyList<string> Reasons)
    : DossierEvent(Sequence, At, Actor, Status)
{
    /// <summary>Why the dossier does not meet the registration conditions (LIFE-07); a read-only copy of what was given.</summary>
    public IReadOnlyList<string> Reasons { get => _reasons; init => _reasons = DossierSnapshot.Frozen(value); }

    private readonly IReadOnlyList<string> _reasons = DossierSnapshot.Frozen(Required(Reasons, Sequence, nameof(Reasons)));

    /// <inheritdoc />
    internal override string? Fault() => base.Fault() ?? (Reasons.Any(r => r is null) ? "has a null reason" : null);

    /// <inheritdoc />
    private protected override string DescribeIn(ExamSession session) =>
        $"Dossier déclaré non conforme : {string.Join(" ; ", Reasons.Select(Fragment))}.";

    /// <inheritdoc />
    private protected override DossierSnapshot Evolve(DossierSnapshot? state) =>
        state! with { NonComplianceReasons = Reasons, Regularisation = null, RegularisationRequestedAt = null };

    /// <summary>Whether two events are the same, reasons compared one by one.</summary>
    /// <param name="other">Another event.</param>
    /// <returns><see langword="true"/> when every field is equal.</returns>
    public bool Equals(DeclaredNonCompliant? other) =>
        other is not null && base.Equals(other) && Reasons.SequenceEqual(other.Reasons);

    /// <inheritdoc />
    public override int GetHashCode() => base.GetHashCode();
}

using Cdg.Inscription.Pieces;
using Cdg.Inscription.Sessions;
using NodaTime;

namespace Cdg.Inscription.Dossiers.Events;

/// <summary>The candidate's declared situation changed: the checklist is recomputed, the files already sent are kept (PIECE-04).</summary>
/// <param name="Sequence">The position of the event in the history, from 1.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Status">The dossier's status after the event.</param>
/// <param name="Previous">The situation before the change.</param>
/// <param name="Situation">The new situation.</param>
/// <exception cref="ArgumentNullException"><paramref name="Actor"/> or a content is null; the message names the event's sequence.</exception>
/// <exception cref="ArgumentException"><paramref name="Sequence"/> is not positive.</exception>
public sealed record SituationChanged(long Sequence, Instant At, Actor Actor, DossierStatus Status, CandidateSituation Previous, CandidateSituation Situation)
    : DossierEvent(Sequence, At, Actor, Status)
{
    /// <summary>The situation before the change.</summary>
    public CandidateSituation Previous { get; init; } = Required(Previous, Sequence, nameof(Previous));

    /// <summary>The new situation.</summary>
    public CandidateSituation Situation { get; init; } = Required(Situation, Sequence, nameof(Situation));

    /// <inheritdoc />
    internal override string? Fault() => base.Fault() ?? (Previous is null ? "has no previous situation" : Situation is null ? "has no situation" : null);

    /// <inheritdoc />
    private protected override string DescribeIn(ExamSession session) =>
        $"Situation déclarée modifiée : {Situation.Describe()} (auparavant : {Previous.Describe()}).";

    /// <inheritdoc />
    private protected override DossierSnapshot Evolve(DossierSnapshot? state) =>
        state! with { Situation = Situation };
}

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
public sealed record SituationChanged(long Sequence, Instant At, Actor Actor, DossierStatus Status, CandidateSituation Previous, CandidateSituation Situation)
    : DossierEvent(Sequence, At, Actor, Status)
{
    /// <inheritdoc />
    private protected override string DescribeIn(ExamSession session) =>
        $"Situation déclarée modifiée : {Situation.Describe()} (auparavant : {Previous.Describe()}).";

    /// <inheritdoc />
    private protected override DossierSnapshot Evolve(DossierSnapshot? state) =>
        state! with { Situation = Situation };
}

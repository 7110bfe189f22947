using Cdg.Inscription.Pieces;
using Cdg.Inscription.Sessions;
using NodaTime;

namespace Cdg.Inscription.Dossiers.Events;

/// <summary>The candidate pre-registered: the dossier exists, awaiting its dossier (LIFE-01).</summary>
/// <param name="Sequence">The position of the event in the history, from 1.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Status">The dossier's status after the event.</param>
/// <param name="SessionCode">The code of the exam session.</param>
/// <param name="Number">The dossier number given to the candidate.</param>
/// <param name="Candidate">The candidate and the contact details given at pre-registration.</param>
/// <param name="Situation">The situation the candidate declared (PIECE-04).</param>
public sealed record PreRegistered(long Sequence, Instant At, Actor Actor, DossierStatus Status, string SessionCode, DossierNumber Number, Candidate Candidate, CandidateSituation Situation)
    : DossierEvent(Sequence, At, Actor, Status)
{
    /// <inheritdoc />
    private protected override string DescribeIn(ExamSession session) =>
        $"Préinscription enregistrée : dossier n° {Number} pour « {session.Title} ».";

    /// <inheritdoc />
    private protected override DossierSnapshot Evolve(DossierSnapshot? state) =>
        new DossierSnapshot(SessionCode, Number, Candidate) { PreRegisteredAt = At, Situation = Situation };
}

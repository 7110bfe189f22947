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
/// <exception cref="ArgumentNullException"><paramref name="Actor"/> or a content is null; the message names the event's sequence.</exception>
/// <exception cref="ArgumentException"><paramref name="Sequence"/> is not positive.</exception>
public sealed record PreRegistered(long Sequence, Instant At, Actor Actor, DossierStatus Status, string SessionCode, DossierNumber Number, Candidate Candidate, CandidateSituation Situation)
    : DossierEvent(Sequence, At, Actor, Status)
{
    /// <summary>The code of the exam session.</summary>
    public string SessionCode { get; init; } = Required(SessionCode, Sequence, nameof(SessionCode));

    /// <summary>The candidate and the contact details given at pre-registration.</summary>
    public Candidate Candidate { get; init; } = Required(Candidate, Sequence, nameof(Candidate));

    /// <summary>The situation the candidate declared (PIECE-04).</summary>
    public CandidateSituation Situation { get; init; } = Required(Situation, Sequence, nameof(Situation));

    /// <inheritdoc />
    internal override string? Fault() => base.Fault() ?? (SessionCode is null ? "has no session code" : Candidate is null ? "has no candidate" : Situation is null ? "has no situation" : null);

    /// <inheritdoc />
    private protected override string DescribeIn(ExamSession session) =>
        $"Préinscription enregistrée : dossier n° {Number} pour « {session.Title} ».";

    /// <inheritdoc />
    private protected override DossierSnapshot Evolve(DossierSnapshot? state) =>
        new DossierSnapshot(SessionCode, Number, Candidate) { PreRegisteredAt = At, Situation = Situation };
}

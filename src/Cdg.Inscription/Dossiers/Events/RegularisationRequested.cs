using Cdg.Inscription.Sessions;
using NodaTime;

namespace Cdg.Inscription.Dossiers.Events;

/// <summary>Staff asked for regularisation: the dossier is incomplete (LIFE-05).</summary>
/// <param name="Sequence">The position of the event in the history, from 1.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Status">The dossier's status after the event.</param>
/// <param name="Request">The complements asked for and their due date (LIFE-05).</param>
/// <exception cref="ArgumentNullException"><paramref name="Actor"/> or a content is null; the message names the event's sequence.</exception>
/// <exception cref="ArgumentException"><paramref name="Sequence"/> is not positive.</exception>
public sealed record RegularisationRequested(long Sequence, Instant At, Actor Actor, DossierStatus Status, RegularisationRequest Request)
    : DossierEvent(Sequence, At, Actor, Status)
{
    /// <summary>The complements asked for and their due date (LIFE-05).</summary>
    public RegularisationRequest Request { get; init; } = Required(Request, Sequence, nameof(Request));

    /// <inheritdoc />
    internal override string? Fault() => base.Fault() ?? (Request is null ? "has no request" : null);

    /// <inheritdoc />
    private protected override string DescribeIn(ExamSession session) =>
        $"Demande de régularisation : {string.Join(" ; ", Request.Items.Select(i => $"{LabelOf(session, i.Piece)} ({Fragment(i.Reason)})"))}.";

    /// <inheritdoc />
    private protected override DossierSnapshot Evolve(DossierSnapshot? state) =>
        state! with { Regularisation = Request, RegularisationRequestedAt = At };
}

using Cdg.Inscription.Sessions;
using NodaTime;

namespace Cdg.Inscription.Dossiers.Events;

/// <summary>
/// Staff reopened a decided dossier to correct a mistake: it is under instruction again. The
/// convocations published to it, when it was complete, are withdrawn at the same instant, since a
/// convocation stands only for a complete dossier (SPACE-01).
/// </summary>
/// <param name="Sequence">The position of the event in the history, from 1.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Status">The dossier's status after the event.</param>
/// <param name="Reason">Why the decision is reopened.</param>
/// <exception cref="ArgumentNullException"><paramref name="Actor"/> or a content is null; the message names the event's sequence.</exception>
/// <exception cref="ArgumentException"><paramref name="Sequence"/> is not positive.</exception>
public sealed record Reopened(long Sequence, Instant At, Actor Actor, DossierStatus Status, string Reason)
    : DossierEvent(Sequence, At, Actor, Status)
{
    /// <summary>Why the decision is reopened.</summary>
    public string Reason { get; init; } = Required(Reason, Sequence, nameof(Reason));

    /// <inheritdoc />
    internal override string? Fault() => base.Fault() ?? (Reason is null ? "has no reason" : null);

    /// <inheritdoc />
    private protected override string DescribeIn(ExamSession session) =>
        $"Dossier rouvert pour instruction : {Fragment(Reason)}.";

    /// <inheritdoc />
    private protected override DossierSnapshot Evolve(DossierSnapshot? state) =>
        state!.Documents.Any(IsConvocation)
            ? state with
            {
                NonComplianceReasons = Array.Empty<string>(),
                Documents = state.Documents.Where(d => !IsConvocation(d)).ToArray(),
                WithdrawnDocuments = state.WithdrawnDocuments.Concat(state.Documents.Where(IsConvocation).Select(d => new WithdrawnDocument(d, At))).ToArray(),
            }
            : state with { NonComplianceReasons = Array.Empty<string>() };

    private static bool IsConvocation(PublishedDocument document) => document.Kind == DocumentKind.Convocation;
}

using Cdg.Inscription.Sessions;
using NodaTime;

namespace Cdg.Inscription.Dossiers.Events;

/// <summary>Staff reopened a decided dossier to correct a mistake: it is under instruction again.</summary>
/// <param name="Sequence">The position of the event in the history, from 1.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Status">The dossier's status after the event.</param>
/// <param name="Reason">Why the decision is reopened.</param>
public sealed record Reopened(long Sequence, Instant At, Actor Actor, DossierStatus Status, string Reason)
    : DossierEvent(Sequence, At, Actor, Status)
{
    /// <inheritdoc />
    private protected override string DescribeIn(ExamSession session) =>
        $"Dossier rouvert pour instruction : {Fragment(Reason)}.";

    /// <inheritdoc />
    private protected override DossierSnapshot Evolve(DossierSnapshot? state) =>
        state! with { NonComplianceReasons = Array.Empty<string>() };
}

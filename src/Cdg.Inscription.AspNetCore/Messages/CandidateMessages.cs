using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Dossiers.Events;
using Cdg.Inscription.Time;

namespace Cdg.Inscription.AspNetCore.Messages;

/// <summary>The e-mails, in French, that a dossier's new events cause: what the runner gives the store with the events.</summary>
public static class CandidateMessages
{
    /// <summary>
    /// The messages for the new events: the closure confirmed (as LIFE-04's setting words it, not
    /// "EN COURS D'INSTRUCTION"), a paper dossier received, a regularisation request naming each
    /// piece and its due date (LIFE-05), a decision and its reasons, a document published, a
    /// cancellation. None when the candidate gave no e-mail address (SPACE-02): the CDG then writes by post.
    /// </summary>
    /// <param name="dossier">The dossier after the command.</param>
    /// <param name="newEvents">Its new events, as <see cref="Dossier.EventsSince"/> gives them.</param>
    /// <returns>The messages, one per event that the candidate must hear of.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<CandidateMessage> For(Dossier dossier, IReadOnlyList<DossierEvent> newEvents)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(newEvents);
        if (dossier.Candidate.Email is not { } to)
        {
            return [];
        }

        var subject = $"{dossier.Session.Title} : votre dossier n° {dossier.Number}";
        return newEvents
            .Select(e => (Event: e, Body: Body(dossier, e)))
            .Where(m => m.Body is not null)
            .Select(m => new CandidateMessage(dossier.Number.Value, m.Event.Sequence, to.Value, subject, m.Body!))
            .ToArray();
    }

    private static string? Body(Dossier dossier, DossierEvent e) => e switch
    {
        ClosedOnline => DossierStatusLabels.OnlineClosureConfirmation,
        PostalDossierReceived => DossierStatusLabels.Explanation(DossierStatus.UnderReview),
        RegularisationRequested r => Lines(
            [DossierStatusLabels.Explanation(DossierStatus.Incomplete)],
            r.Request.Items.Select(i => $"- {dossier.Session.LabelOf(i.Piece)} : {i.Reason}"),
            r.Request.DueDate is { } due ? [$"À transmettre au plus tard {new Deadline(due).Describe()}."] : []),
        DeclaredNonCompliant n => Lines([DossierStatusLabels.Explanation(DossierStatus.NonCompliant)], n.Reasons.Select(reason => $"- {reason}"), []),
        DeclaredComplete => DossierStatusLabels.Explanation(DossierStatus.Complete),
        DocumentPublished d => $"Un document a été publié dans votre espace sécurisé : {d.Document.Title}.",
        CancellationRecorded => DossierStatusLabels.Explanation(DossierStatus.Cancelled),
        _ => null,
    };

    private static string Lines(IEnumerable<string> first, IEnumerable<string> items, IEnumerable<string> last) =>
        string.Join("\n", first.Concat(items).Concat(last));
}

using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Dossiers.Events;
using Cdg.Inscription.Sessions;
using Cdg.Inscription.Tests.Support;
using NodaTime;

namespace Cdg.Inscription.Tests.Dossiers.Properties;

/// <summary>
/// The deadlines as the rules state them, written down here in UTC rather than computed by the
/// library, so that every accepted or refused command of a script can be held against them.
/// </summary>
internal static class DeadlineOracle
{
    /// <summary>DEAD-01: the closing deadline, "le 27 avril 2023 avant minuit (heure métropolitaine)".</summary>
    internal static readonly Instant ClosingEnds = Instant.FromUtc(2023, 4, 27, 22, 0);

    /// <summary>DEAD-06: the état des services is due by default on the day of the first exam, 15 June 2023 (summer time).</summary>
    internal static readonly Instant FirstExamEnds = Instant.FromUtc(2023, 6, 15, 22, 0);

    /// <summary>DEAD-02: a due date of 29 October 2023, the night summer time ends, ends at 23:00 UTC.</summary>
    internal static readonly Instant AutumnNightEnds = Instant.FromUtc(2023, 10, 29, 23, 0);

    private static readonly LocalDate ClosingDate = new(2023, 4, 27);

    private static readonly DateTimeZone Paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];

    /// <summary>Asserts that what a command did agrees with the deadlines.</summary>
    /// <param name="before">The dossier before the command.</param>
    /// <param name="session">The dossier's session.</param>
    /// <param name="command">The command.</param>
    /// <param name="appended">The event it appended, or null when it was refused.</param>
    /// <param name="refusal">Its refusal, or null when it was accepted.</param>
    /// <param name="because">The step, for the failure message.</param>
    /// <param name="becauseArgs">Its arguments.</param>
    internal static void AssertAgrees(
        DossierSnapshot before,
        ExamSession session,
        DossierCommand command,
        DossierEvent? appended,
        RuleViolationException? refusal,
        string because,
        params object[] becauseArgs)
    {
        var at = command.At;
        if (refusal is not null)
        {
            // LIFE-03, DEAD-01: by the candidate, while awaiting the dossier, a closure or a change of
            // files is refused for lateness exactly from 2023-04-27T22:00Z on.
            if (before.Status == DossierStatus.AwaitingDossier && command.Actor.Role == ActorRole.Candidate)
            {
                var late = at >= ClosingEnds;
                switch (command.Kind)
                {
                    case CommandKind.Close:
                        refusal.Has(RuleViolationCodes.ClosureDeadlinePassed).Should().Be(late, because, becauseArgs);
                        break;
                    case CommandKind.AddFile or CommandKind.RemoveFile:
                        refusal.Has(RuleViolationCodes.FilingDeadlinePassed).Should().Be(late, because, becauseArgs);
                        break;
                }
            }

            return;
        }

        switch (appended)
        {
            case ClosedOnline:
                at.Should().BeLessThan(ClosingEnds, because, becauseArgs);
                break;

            case FileAdded or FileRemoved:
                var piece = appended is FileAdded added ? added.File.Piece : ((FileRemoved)appended).Piece;
                if (before.Status == DossierStatus.AwaitingDossier)
                {
                    at.Should().BeLessThan(ClosingEnds, because, becauseArgs);
                }
                else if (before.Regularisation is { } request && request.Items.Any(i => i.Piece == piece))
                {
                    if (request.DueDate is { } due)
                    {
                        at.Should().BeLessThan(EndOfParisDay(due), because, becauseArgs);
                    }
                }
                else
                {
                    // PIECE-03, DEAD-06: after closure, only the état des services, until its due date.
                    piece.Should().Be(Scenario.ServiceRecord, because, becauseArgs);
                    at.Should().BeLessThan(ServiceRecordEnds(session), because, becauseArgs);
                }

                break;

            case PostalDossierReceived received:
                // DEAD-04: the postmark, a date, is no later than the closing date nor than the day of receipt.
                received.Postmark.Should().BeLessThanOrEqualTo(ClosingDate, because, becauseArgs);
                received.Postmark.Should().BeLessThanOrEqualTo(at.InZone(Paris).Date, because, becauseArgs);
                break;

            case ComplementsSupplied:
                if (before.Regularisation?.DueDate is { } complementsDue)
                {
                    at.Should().BeLessThan(EndOfParisDay(complementsDue), because, becauseArgs);
                }

                break;

            case RegularisationRequested requested:
                if (requested.Request.DueDate is { } requestDue)
                {
                    requestDue.Should().BeGreaterThanOrEqualTo(at.InZone(Paris).Date, because, becauseArgs);
                }

                break;
        }
    }

    private static Instant ServiceRecordEnds(ExamSession session) =>
        session.Code == DossierGenerators.ServiceRecordDueOnAutumnNight.Code ? AutumnNightEnds : FirstExamEnds;

    private static Instant EndOfParisDay(LocalDate date) => Paris.AtStartOfDay(date.PlusDays(1)).ToInstant();
}

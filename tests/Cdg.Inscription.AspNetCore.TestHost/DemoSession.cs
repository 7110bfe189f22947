using Cdg.Inscription.Pieces;
using Cdg.Inscription.Sessions;
using Cdg.Inscription.Time;
using NodaTime;

namespace Cdg.Inscription.AspNetCore.TestHost;

/// <summary>The host's one session, dated from the clock: pre-registration open for 20 days, filing closing 30 days from today.</summary>
public static class DemoSession
{
    /// <summary>The session's code.</summary>
    public const string Code = "REDACTEUR-INT";

    /// <summary>The session for a host started at <paramref name="now"/>.</summary>
    public static ExamSession StartingAt(Instant now)
    {
        var today = MetropolitanTime.DateAt(now);
        return new ExamSession(
            Code,
            "Concours interne de rédacteur territorial",
            ExamKind.InternalCompetition,
            new Organiser("CDG53", "Centre de gestion de la Mayenne", UnderReviewVisibility.Immediately),
            new RegistrationCalendar(today.PlusDays(-1), today.PlusDays(20), today.PlusDays(30), today.PlusDays(60)),
            [
                new PieceRequirement(PieceCode.Parse("identity-document"), "Pièce d'identité", PieceObligation.RequiredAtClosure),
                new PieceRequirement(PieceCode.Parse("service-record"), "État des services", PieceObligation.Deferrable),
            ]);
    }
}

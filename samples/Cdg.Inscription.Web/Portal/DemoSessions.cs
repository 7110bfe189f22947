using Cdg.Inscription.Pieces;
using Cdg.Inscription.Sessions;
using Cdg.Inscription.Time;
using NodaTime;

namespace Cdg.Inscription.Web.Portal;

/// <summary>The demo sessions, with fixed dates: set <c>Demo:Now</c> to walk them on any day.</summary>
public static class DemoSessions
{
    /// <summary>The code of the rédacteur session (organiser showing the review from the next day).</summary>
    public const string Redacteur = "REDACTEUR-2027";

    /// <summary>The code of the adjoint administratif session (organiser showing the review at once).</summary>
    public const string Adjoint = "ADJOINT-2027";

    /// <summary>The identity document's code.</summary>
    public const string IdentityPiece = "identity-document";

    /// <summary>The deferrable piece's code.</summary>
    public const string ServicePiece = "service-record";

    /// <summary>The instant that the demo starts at by default: pre-registration open for both sessions.</summary>
    public static Instant SuggestedNow { get; } = Instant.FromUtc(2026, 3, 10, 10, 0);

    /// <summary>The sessions.</summary>
    /// <returns>Two sessions.</returns>
    public static IReadOnlyList<ExamSession> All() =>
    [
        new ExamSession(
            Redacteur,
            "Concours interne de rédacteur territorial, session 2027",
            ExamKind.InternalCompetition,
            new Organiser("CDG27", "Centre de gestion de l'Eure", UnderReviewVisibility.FromNextDay),
            new RegistrationCalendar(new LocalDate(2026, 3, 1), new LocalDate(2026, 4, 15), new LocalDate(2026, 4, 23), new LocalDate(2026, 10, 8)),
            Pieces()),
        new ExamSession(
            Adjoint,
            "Examen professionnel d'adjoint administratif principal de 2e classe, session 2027",
            ExamKind.ProfessionalExam,
            new Organiser("CDG53", "Centre de gestion de la Mayenne", UnderReviewVisibility.Immediately),
            new RegistrationCalendar(new LocalDate(2026, 3, 2), new LocalDate(2026, 4, 10), new LocalDate(2026, 4, 20), new LocalDate(2026, 9, 17)),
            Pieces()),
    ];

    private static PieceRequirement[] Pieces() =>
    [
        new PieceRequirement(PieceCode.Parse(IdentityPiece), "Pièce d'identité", PieceObligation.RequiredAtClosure),
        new PieceRequirement(PieceCode.Parse(ServicePiece), "État des services", PieceObligation.Deferrable),
    ];
}

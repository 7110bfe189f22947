using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Pieces;
using Cdg.Inscription.Sessions;
using Cdg.Inscription.Time;
using NodaTime;

namespace Cdg.Inscription.Sample;

/// <summary>
/// The built-in session of the sample: a concours interne de rédacteur territorial organised by the
/// Centre de gestion de la Mayenne, whose filing closes on 27 April 2023 before midnight,
/// metropolitan time.
/// </summary>
internal static class SampleSession
{
    // The codes of the pieces the session asks for: those of the standard catalogue.
    public static readonly PieceCode RegistrationForm = StandardPieces.RegistrationForm.Code;
    public static readonly PieceCode IdentityDocument = StandardPieces.IdentityDocument.Code;
    public static readonly PieceCode ServiceRecord = StandardPieces.ServiceRecord.Code;
    public static readonly PieceCode MedicalCertificate = StandardPieces.MedicalCertificate.Code;
    public static readonly PieceCode Cv = StandardPieces.CurriculumVitae.Code;

    /// <summary>The member of the CDG's staff ("gestionnaire") who instructs the dossiers.</summary>
    public static readonly Actor Staff = Actor.Staff("c.lefebvre");

    /// <summary>Builds the session: its organiser, its calendar and the pieces it asks for.</summary>
    public static ExamSession Create()
    {
        var organiser = new Organiser("CDG53", "Centre de gestion de la Mayenne", UnderReviewVisibility.Immediately);

        var calendar = new RegistrationCalendar(
            preRegistrationOpens: new LocalDate(2023, 3, 1),
            preRegistrationCloses: new LocalDate(2023, 4, 19),
            filingCloses: new LocalDate(2023, 4, 27),
            firstExam: new LocalDate(2023, 6, 15));

        // The defaults of a concours interne, and a CV that candidates may add if they wish.
        var pieces = DefaultPieces.For(ExamKind.InternalCompetition)
            .Append(StandardPieces.CurriculumVitae.Require(PieceObligation.Optional));

        return new ExamSession(
            "2023-REDACTEUR-INT-53",
            "Concours interne de rédacteur territorial, session 2023",
            ExamKind.InternalCompetition,
            organiser,
            calendar,
            pieces);
    }
}

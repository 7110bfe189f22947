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
    // The codes of the pieces the session asks for, in the order the candidate's space lists them.
    public static readonly PieceCode RegistrationForm = PieceCode.Parse("registration-form");
    public static readonly PieceCode IdentityDocument = PieceCode.Parse("identity-document");
    public static readonly PieceCode Diploma = PieceCode.Parse("diploma");
    public static readonly PieceCode ServiceRecord = PieceCode.Parse("service-record");
    public static readonly PieceCode Cv = PieceCode.Parse("cv");

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

        PieceRequirement[] pieces =
        [
            new(RegistrationForm, "Dossier d'inscription daté et signé", PieceObligation.RequiredAtClosure),
            new(IdentityDocument, "Pièce d'identité en cours de validité", PieceObligation.RequiredAtClosure),
            new(Diploma, "Copie du diplôme ou du titre", PieceObligation.RequiredAtClosure),
            new(ServiceRecord, "État des services", PieceObligation.Deferrable),
            new(Cv, "Curriculum vitae", PieceObligation.Optional),
        ];

        return new ExamSession(
            "2023-REDACTEUR-INT-53",
            "Concours interne de rédacteur territorial, session 2023",
            ExamKind.InternalCompetition,
            organiser,
            calendar,
            pieces);
    }
}

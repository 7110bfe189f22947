namespace Cdg.Inscription.Pieces;

/// <summary>
/// The catalogue of the pieces that CDGs commonly ask for, each with a stable code and its French
/// label. <see cref="DefaultPieces"/> says which of them each kind of exam asks for; a host adds its
/// own with <see cref="PieceDefinition"/>.
/// </summary>
public static class StandardPieces
{
    /// <summary>The dated and signed registration form.</summary>
    public static PieceDefinition RegistrationForm { get; } = Define("registration-form", "Dossier d'inscription daté et signé");

    /// <summary>A valid identity document.</summary>
    public static PieceDefinition IdentityDocument { get; } = Define("identity-document", "Copie d'une pièce d'identité en cours de validité");

    /// <summary>The diploma or title required by the exam, or the decision granting its equivalence.</summary>
    public static PieceDefinition Diploma { get; } = Define("diploma", "Copie du diplôme ou du titre requis, ou de la décision d'équivalence");

    /// <summary>The état des services, issued by the employer (PIECE-03).</summary>
    public static PieceDefinition ServiceRecord { get; } = Define("service-record", "État des services");

    /// <summary>The arrêté de titularisation, issued by the employer (PIECE-03).</summary>
    public static PieceDefinition TenureDecree { get; } = Define("tenure-decree", "Arrêté de titularisation");

    /// <summary>The dernier arrêté de situation administrative, issued by the employer (PIECE-03).</summary>
    public static PieceDefinition LatestStatusDecree { get; } = Define("latest-status-decree", "Dernier arrêté de situation administrative");

    /// <summary>Proof of the professional activity, elected mandates or association activity, for the troisième concours.</summary>
    public static PieceDefinition ProfessionalActivityProof { get; } =
        Define("professional-activity-proof", "Justificatifs de l'activité professionnelle, des mandats électifs ou des activités associatives");

    /// <summary>Proof of being the parent of three children or more, for the diploma exemption.</summary>
    public static PieceDefinition ParentOfThreeProof { get; } =
        Define("parent-of-three-proof", "Justificatif de la qualité de parent de trois enfants ou plus (copie du livret de famille)");

    /// <summary>The certificate of a médecin agréé for adapted exams, issued less than six months before the exams.</summary>
    public static PieceDefinition MedicalCertificate { get; } =
        Define("medical-certificate", "Certificat d'un médecin agréé précisant les aménagements d'épreuves", ValidityWindow.SixMonthsBeforeFirstExam);

    /// <summary>A curriculum vitae.</summary>
    public static PieceDefinition CurriculumVitae { get; } = Define("curriculum-vitae", "Curriculum vitae");

    /// <summary>The certificate of participation in the journée défense et citoyenneté, for French candidates under 25.</summary>
    public static PieceDefinition DefenceDayCertificate { get; } =
        Define("defence-day-certificate", "Attestation de participation à la journée défense et citoyenneté (JDC)");

    /// <summary>Proof of high-level athlete status, which also exempts from the diploma.</summary>
    public static PieceDefinition HighLevelAthleteProof { get; } =
        Define("high-level-athlete-proof", "Justificatif de la qualité de sportif de haut niveau");

    /// <summary>Every piece of the catalogue, in the order above.</summary>
    public static IReadOnlyList<PieceDefinition> All { get; } = Array.AsReadOnly(new[]
    {
        RegistrationForm, IdentityDocument, Diploma, ServiceRecord, TenureDecree, LatestStatusDecree,
        ProfessionalActivityProof, ParentOfThreeProof, MedicalCertificate, CurriculumVitae,
        DefenceDayCertificate, HighLevelAthleteProof,
    });

    private static PieceDefinition Define(string code, string label, ValidityWindow? validity = null) =>
        new(PieceCode.Parse(code), label, validity);
}

using Cdg.Inscription.Pieces;

namespace Cdg.Inscription.Tests.Pieces;

public sealed class StandardPiecesTests
{
    [Fact]
    [Trait("Rule", "PIECE-01")]
    public void The_catalogue_holds_each_standard_piece_with_its_code_and_French_label()
    {
        StandardPieces.All.Select(p => (p.Code.Value, p.Label)).Should().Equal(
            ("registration-form", "Dossier d'inscription daté et signé"),
            ("identity-document", "Copie d'une pièce d'identité en cours de validité"),
            ("diploma", "Copie du diplôme ou du titre requis, ou de la décision d'équivalence"),
            ("service-record", "État des services"),
            ("tenure-decree", "Arrêté de titularisation"),
            ("latest-status-decree", "Dernier arrêté de situation administrative"),
            ("professional-activity-proof", "Justificatifs de l'activité professionnelle, des mandats électifs ou des activités associatives"),
            ("parent-of-three-proof", "Justificatif de la qualité de parent de trois enfants ou plus (copie du livret de famille)"),
            ("medical-certificate", "Certificat d'un médecin agréé précisant les aménagements d'épreuves"),
            ("curriculum-vitae", "Curriculum vitae"),
            ("defence-day-certificate", "Attestation de participation à la journée défense et citoyenneté (JDC)"),
            ("high-level-athlete-proof", "Justificatif de la qualité de sportif de haut niveau"));
    }

    [Fact]
    [Trait("Rule", "PIECE-01")]
    public void Every_code_of_the_catalogue_is_unique()
    {
        StandardPieces.All.Select(p => p.Code).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    [Trait("Rule", "PIECE-01")]
    public void Every_label_of_the_catalogue_is_a_trimmed_non_empty_French_label()
    {
        StandardPieces.All.Should().AllSatisfy(p =>
        {
            p.Label.Should().NotBeNullOrWhiteSpace();
            p.Label.Should().Be(p.Label.Trim());
            char.IsUpper(p.Label[0]).Should().BeTrue($"the label of {p.Code} starts with a capital");
        });
        StandardPieces.All.Select(p => p.Label).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    [Trait("Rule", "PIECE-01")]
    public void Every_named_piece_is_in_the_catalogue()
    {
        StandardPieces.All.Should().Equal(
            StandardPieces.RegistrationForm,
            StandardPieces.IdentityDocument,
            StandardPieces.Diploma,
            StandardPieces.ServiceRecord,
            StandardPieces.TenureDecree,
            StandardPieces.LatestStatusDecree,
            StandardPieces.ProfessionalActivityProof,
            StandardPieces.ParentOfThreeProof,
            StandardPieces.MedicalCertificate,
            StandardPieces.CurriculumVitae,
            StandardPieces.DefenceDayCertificate,
            StandardPieces.HighLevelAthleteProof);
    }

    [Fact]
    [Trait("Rule", "PIECE-04")]
    public void Only_the_medical_certificate_must_be_recent_issued_less_than_six_months_before_the_first_exam()
    {
        StandardPieces.MedicalCertificate.Validity.Should().Be(ValidityWindow.SixMonthsBeforeFirstExam);
        StandardPieces.All.Where(p => p.Validity is not null).Should().Equal(StandardPieces.MedicalCertificate);
    }
}

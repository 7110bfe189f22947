using Cdg.Inscription.Pieces;
using Cdg.Inscription.Sessions;
using static Cdg.Inscription.Tests.Support.Scenario;

namespace Cdg.Inscription.Tests.Pieces;

/// <summary>
/// The pieces each kind of exam asks of each candidate by default (PIECE-04, PIECE-03). The
/// expected lists are written out by hand, one row per kind and situation: 4 kinds × 8 situations.
/// Each expected entry reads "code Obligation".
/// </summary>
public sealed class DefaultPiecesTests
{
    private const bool Y = true;
    private const bool N = false;

    private const string Form = "registration-form RequiredAtClosure";
    private const string Identity = "identity-document RequiredAtClosure";
    private const string Medical = "medical-certificate RequiredAtClosure";
    private const string DiplomaAtClosure = "diploma RequiredAtClosure";
    private const string ParentProof = "parent-of-three-proof RequiredAtClosure";
    private const string ServiceRecordAtClosure = "service-record RequiredAtClosure";
    private const string ServiceRecordDeferred = "service-record Deferrable";
    private const string TenureAtClosure = "tenure-decree RequiredAtClosure";
    private const string TenureDeferred = "tenure-decree Deferrable";
    private const string StatusAtClosure = "latest-status-decree RequiredAtClosure";
    private const string StatusDeferred = "latest-status-decree Deferrable";
    private const string ActivityProof = "professional-activity-proof RequiredAtClosure";
    private const string CvAtClosure = "curriculum-vitae RequiredAtClosure";

    [Theory]
    [Trait("Rule", "PIECE-04")]
    //          kind                            exemption adapted employee  expected applicable pieces
    [InlineData(ExamKind.ExternalCompetition, N, N, N, Form, Identity, DiplomaAtClosure)]
    [InlineData(ExamKind.ExternalCompetition, N, N, Y, Form, Identity, DiplomaAtClosure)]
    [InlineData(ExamKind.ExternalCompetition, N, Y, N, Form, Identity, DiplomaAtClosure, Medical)]
    [InlineData(ExamKind.ExternalCompetition, N, Y, Y, Form, Identity, DiplomaAtClosure, Medical)]
    [InlineData(ExamKind.ExternalCompetition, Y, N, N, Form, Identity, ParentProof)]
    [InlineData(ExamKind.ExternalCompetition, Y, N, Y, Form, Identity, ParentProof)]
    [InlineData(ExamKind.ExternalCompetition, Y, Y, N, Form, Identity, ParentProof, Medical)]
    [InlineData(ExamKind.ExternalCompetition, Y, Y, Y, Form, Identity, ParentProof, Medical)]
    [InlineData(ExamKind.InternalCompetition, N, N, N, Form, Identity, ServiceRecordAtClosure)]
    [InlineData(ExamKind.InternalCompetition, N, Y, N, Form, Identity, ServiceRecordAtClosure, Medical)]
    [InlineData(ExamKind.InternalCompetition, Y, N, N, Form, Identity, ServiceRecordAtClosure)]
    [InlineData(ExamKind.InternalCompetition, Y, Y, N, Form, Identity, ServiceRecordAtClosure, Medical)]
    [InlineData(ExamKind.ThirdCompetition, N, N, N, Form, Identity, ActivityProof, CvAtClosure)]
    [InlineData(ExamKind.ThirdCompetition, N, N, Y, Form, Identity, ActivityProof, CvAtClosure)]
    [InlineData(ExamKind.ThirdCompetition, N, Y, N, Form, Identity, ActivityProof, CvAtClosure, Medical)]
    [InlineData(ExamKind.ThirdCompetition, N, Y, Y, Form, Identity, ActivityProof, CvAtClosure, Medical)]
    [InlineData(ExamKind.ThirdCompetition, Y, N, N, Form, Identity, ActivityProof, CvAtClosure)]
    [InlineData(ExamKind.ThirdCompetition, Y, N, Y, Form, Identity, ActivityProof, CvAtClosure)]
    [InlineData(ExamKind.ThirdCompetition, Y, Y, N, Form, Identity, ActivityProof, CvAtClosure, Medical)]
    [InlineData(ExamKind.ThirdCompetition, Y, Y, Y, Form, Identity, ActivityProof, CvAtClosure, Medical)]
    [InlineData(ExamKind.ProfessionalExam, N, N, N, Form, Identity, ServiceRecordAtClosure, TenureAtClosure, StatusAtClosure)]
    [InlineData(ExamKind.ProfessionalExam, N, Y, N, Form, Identity, ServiceRecordAtClosure, TenureAtClosure, StatusAtClosure, Medical)]
    [InlineData(ExamKind.ProfessionalExam, Y, N, N, Form, Identity, ServiceRecordAtClosure, TenureAtClosure, StatusAtClosure)]
    [InlineData(ExamKind.ProfessionalExam, Y, Y, N, Form, Identity, ServiceRecordAtClosure, TenureAtClosure, StatusAtClosure, Medical)]
    public void The_default_pieces_depend_on_the_exam_and_on_the_candidate_situation(
        ExamKind kind, bool claimsExemption, bool requestsAdaptedExams, bool isPublicEmployee, params string[] expected)
    {
        AssertApplicablePieces(kind, new CandidateSituation(claimsExemption, requestsAdaptedExams, isPublicEmployee), expected);
    }

    [Theory]
    [Trait("Rule", "PIECE-04")]
    [Trait("Rule", "PIECE-03")]
    //          kind                            exemption adapted employee  expected applicable pieces
    [InlineData(ExamKind.InternalCompetition, N, N, Y, Form, Identity, ServiceRecordDeferred)]
    [InlineData(ExamKind.InternalCompetition, N, Y, Y, Form, Identity, ServiceRecordDeferred, Medical)]
    [InlineData(ExamKind.InternalCompetition, Y, N, Y, Form, Identity, ServiceRecordDeferred)]
    [InlineData(ExamKind.InternalCompetition, Y, Y, Y, Form, Identity, ServiceRecordDeferred, Medical)]
    [InlineData(ExamKind.ProfessionalExam, N, N, Y, Form, Identity, ServiceRecordDeferred, TenureDeferred, StatusDeferred)]
    [InlineData(ExamKind.ProfessionalExam, N, Y, Y, Form, Identity, ServiceRecordDeferred, TenureDeferred, StatusDeferred, Medical)]
    [InlineData(ExamKind.ProfessionalExam, Y, N, Y, Form, Identity, ServiceRecordDeferred, TenureDeferred, StatusDeferred)]
    [InlineData(ExamKind.ProfessionalExam, Y, Y, Y, Form, Identity, ServiceRecordDeferred, TenureDeferred, StatusDeferred, Medical)]
    public void The_employer_documents_of_a_public_employee_may_be_sent_after_closure(
        ExamKind kind, bool claimsExemption, bool requestsAdaptedExams, bool isPublicEmployee, params string[] expected)
    {
        AssertApplicablePieces(kind, new CandidateSituation(claimsExemption, requestsAdaptedExams, isPublicEmployee), expected);
    }

    [Theory]
    [Trait("Rule", "PIECE-04")]
    [InlineData(ExamKind.ExternalCompetition, "registration-form", "identity-document", "diploma", "parent-of-three-proof", "medical-certificate")]
    [InlineData(ExamKind.InternalCompetition, "registration-form", "identity-document", "service-record", "medical-certificate")]
    [InlineData(ExamKind.ThirdCompetition, "registration-form", "identity-document", "professional-activity-proof", "curriculum-vitae", "medical-certificate")]
    [InlineData(ExamKind.ProfessionalExam, "registration-form", "identity-document", "service-record", "tenure-decree", "latest-status-decree", "medical-certificate")]
    public void Each_kind_of_exam_asks_for_the_common_pieces_first_then_its_own_then_the_medical_certificate(ExamKind kind, params string[] codes)
    {
        DefaultPieces.For(kind).Select(p => p.Code.Value).Should().Equal(codes);
    }

    [Theory]
    [Trait("Rule", "PIECE-04")]
    [InlineData(ExamKind.ExternalCompetition)]
    [InlineData(ExamKind.InternalCompetition)]
    [InlineData(ExamKind.ThirdCompetition)]
    [InlineData(ExamKind.ProfessionalExam)]
    public void The_default_pieces_take_their_labels_and_validity_from_the_catalogue(ExamKind kind)
    {
        foreach (var piece in DefaultPieces.For(kind))
        {
            var definition = StandardPieces.All.Single(d => d.Code == piece.Code);
            piece.Label.Should().Be(definition.Label);
            piece.Validity.Should().Be(definition.Validity);
        }
    }

    [Fact]
    [Trait("Rule", "PIECE-04")]
    public void The_medical_certificate_of_the_defaults_must_be_issued_less_than_six_months_before_the_first_exam()
    {
        var certificate = DefaultPieces.For(ExamKind.ExternalCompetition).Single(p => p.Code == StandardPieces.MedicalCertificate.Code);

        certificate.Validity.Should().Be(ValidityWindow.SixMonthsBeforeFirstExam);
    }

    [Fact]
    public void An_undefined_kind_of_exam_has_no_defaults()
    {
        var defaults = () => DefaultPieces.For((ExamKind)42);

        defaults.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("kind").WithMessage("Unknown exam kind.*");
    }

    private static void AssertApplicablePieces(ExamKind kind, CandidateSituation situation, string[] expected)
    {
        var session = new ExamSession(
            "2023-TEST",
            "Session de test",
            kind,
            new Organiser("CDG53", "Centre de gestion de la Mayenne"),
            Calendar(),
            DefaultPieces.For(kind));

        var checklist = Checklist.For(session, situation, Paris(2023, 4, 1));
        var byChecklist = checklist.Applicable.Select(i => $"{i.Code} {i.Obligation}");
        var byRequirement = DefaultPieces.For(kind)
            .Select(p => (p.Code, Obligation: p.ObligationFor(situation)))
            .Where(p => p.Obligation is not null)
            .Select(p => $"{p.Code} {p.Obligation}");

        byChecklist.Should().BeEquivalentTo(expected);
        byRequirement.Should().BeEquivalentTo(expected);
        checklist.Items.Should().HaveCount(DefaultPieces.For(kind).Count);
        checklist.Items.Where(i => i.Obligation is null).Should().HaveCount(checklist.Items.Count - expected.Length);
        checklist.Items.Where(i => i.Obligation is null && i.State != PieceState.NotRequired).Should().BeEmpty();
    }
}

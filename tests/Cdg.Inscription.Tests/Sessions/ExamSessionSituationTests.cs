using Cdg.Inscription.Pieces;
using Cdg.Inscription.Sessions;
using Cdg.Inscription.Time;
using NodaTime;
using static Cdg.Inscription.Tests.Support.Scenario;

namespace Cdg.Inscription.Tests.Sessions;

public sealed class ExamSessionSituationTests
{
    private const string RegulatedTitle = "Concours externe d'infirmier en soins généraux 2023";
    private static readonly Organiser Cdg53 = new("CDG53", "Centre de gestion de la Mayenne");
    private static readonly CandidateSituation Exemption = new(claimsParentOfThreeExemption: true);
    private static readonly CandidateSituation Employee = new(isPublicEmployee: true);

    private static ExamSession SessionOf(
        ExamKind kind,
        bool isRegulatedProfession = false,
        LocalDate? deferredPiecesDueDate = null,
        IEnumerable<PieceRequirement>? pieces = null,
        string title = "Session de test") =>
        new("2023-TEST", title, kind, Cdg53, Calendar(), pieces, isRegulatedProfession, deferredPiecesDueDate);

    // CheckSituation

    [Fact]
    [Trait("Rule", "PIECE-04")]
    public void The_diploma_exemption_is_refused_for_a_concours_externe_leading_to_a_regulated_profession()
    {
        var session = SessionOf(ExamKind.ExternalCompetition, isRegulatedProfession: true, title: RegulatedTitle);

        var violation = session.CheckSituation(Exemption).Should().ContainSingle().Subject;

        violation.Code.Should().Be(RuleViolationCodes.DiplomaExemptionRefusedForRegulatedProfession);
        violation.RuleId.Should().Be("PIECE-04");
        violation.Message.Should().Be(
            "La dispense de diplôme des parents de trois enfants ou plus ne s'applique pas au concours « Concours externe d'infirmier en soins généraux 2023 », "
            + "qui donne accès à une profession réglementée : le diplôme requis doit être fourni.");
    }

    [Theory]
    [Trait("Rule", "PIECE-04")]
    [InlineData(ExamKind.InternalCompetition, false)]
    [InlineData(ExamKind.InternalCompetition, true)]
    [InlineData(ExamKind.ThirdCompetition, false)]
    [InlineData(ExamKind.ThirdCompetition, true)]
    [InlineData(ExamKind.ProfessionalExam, false)]
    [InlineData(ExamKind.ProfessionalExam, true)]
    public void The_diploma_exemption_is_only_for_concours_externes(ExamKind kind, bool isRegulatedProfession)
    {
        var session = SessionOf(kind, isRegulatedProfession);

        var violation = session.CheckSituation(new CandidateSituation(true, true, true)).Should().ContainSingle().Subject;

        violation.Code.Should().Be(RuleViolationCodes.DiplomaExemptionOnlyForExternalCompetitions);
        violation.RuleId.Should().Be("PIECE-04");
        violation.Message.Should().Be(
            "La dispense de diplôme des parents de trois enfants ou plus ne concerne que les concours externes : "
            + "elle ne peut pas être demandée pour ce concours ou examen.");
    }

    [Fact]
    [Trait("Rule", "PIECE-04")]
    public void The_diploma_exemption_is_accepted_for_a_concours_externe_that_leads_to_no_regulated_profession()
    {
        SessionOf(ExamKind.ExternalCompetition).CheckSituation(Exemption).Should().BeEmpty();
        SessionOf(ExamKind.ExternalCompetition).CheckSituation(new CandidateSituation(true, true, true)).Should().BeEmpty();
    }

    [Theory]
    [Trait("Rule", "PIECE-04")]
    [InlineData(ExamKind.ExternalCompetition, true)]
    [InlineData(ExamKind.ExternalCompetition, false)]
    [InlineData(ExamKind.InternalCompetition, true)]
    [InlineData(ExamKind.ThirdCompetition, false)]
    [InlineData(ExamKind.ProfessionalExam, true)]
    public void A_situation_without_the_diploma_exemption_is_accepted_for_any_session(ExamKind kind, bool isRegulatedProfession)
    {
        var session = SessionOf(kind, isRegulatedProfession);

        session.CheckSituation(CandidateSituation.None).Should().BeEmpty();
        session.CheckSituation(new CandidateSituation(false, true, true)).Should().BeEmpty();
    }

    [Fact]
    public void A_null_situation_cannot_be_checked()
    {
        var check = () => SessionOf(ExamKind.ExternalCompetition).CheckSituation(null!);

        check.Should().Throw<ArgumentNullException>().WithParameterName("situation");
    }

    [Fact]
    [Trait("Rule", "PIECE-04")]
    public void A_session_keeps_whether_it_leads_to_a_regulated_profession()
    {
        SessionOf(ExamKind.ExternalCompetition, isRegulatedProfession: true).IsRegulatedProfession.Should().BeTrue();
        SessionOf(ExamKind.ExternalCompetition).IsRegulatedProfession.Should().BeFalse();
    }

    // Default pieces

    [Theory]
    [Trait("Rule", "PIECE-01")]
    [Trait("Rule", "PIECE-04")]
    [InlineData(ExamKind.ExternalCompetition)]
    [InlineData(ExamKind.InternalCompetition)]
    [InlineData(ExamKind.ThirdCompetition)]
    [InlineData(ExamKind.ProfessionalExam)]
    public void A_session_built_without_pieces_asks_for_the_defaults_of_its_kind(ExamKind kind)
    {
        SessionOf(kind, pieces: null).Pieces.Should().Equal(DefaultPieces.For(kind));
    }

    [Fact]
    [Trait("Rule", "PIECE-01")]
    public void A_session_can_add_a_piece_to_the_defaults_of_its_kind()
    {
        var pieces = DefaultPieces.For(ExamKind.ExternalCompetition).Append(StandardPieces.DefenceDayCertificate.Require(PieceObligation.Optional));

        var session = SessionOf(ExamKind.ExternalCompetition, pieces: pieces);

        session.Pieces.Select(p => p.Code).Should().EndWith(StandardPieces.DefenceDayCertificate.Code);
        session.LabelOf(StandardPieces.DefenceDayCertificate.Code).Should().Be("Attestation de participation à la journée défense et citoyenneté (JDC)");
    }

    // Deferred pieces' due date (DEAD-06)

    [Fact]
    [Trait("Rule", "DEAD-06")]
    public void A_session_keeps_the_due_date_of_its_deferred_pieces()
    {
        SessionOf(ExamKind.InternalCompetition, deferredPiecesDueDate: new LocalDate(2023, 5, 15)).DeferredPiecesDueDate.Should().Be(new LocalDate(2023, 5, 15));
        SessionOf(ExamKind.InternalCompetition).DeferredPiecesDueDate.Should().BeNull();
    }

    [Fact]
    [Trait("Rule", "DEAD-06")]
    public void A_due_date_for_deferred_pieces_before_the_closing_date_is_refused()
    {
        var create = () => SessionOf(ExamKind.InternalCompetition, deferredPiecesDueDate: new LocalDate(2023, 4, 26));

        create.Should().Throw<ArgumentException>().WithParameterName("deferredPiecesDueDate").WithMessage("Deferred pieces cannot be due before the closing date.*");
    }

    [Fact]
    [Trait("Rule", "DEAD-06")]
    public void A_due_date_for_deferred_pieces_on_the_closing_date_is_accepted()
    {
        SessionOf(ExamKind.InternalCompetition, deferredPiecesDueDate: ClosingDate).DeferredPiecesDueDate.Should().Be(ClosingDate);
    }

    [Fact]
    [Trait("Rule", "DEAD-06")]
    [Trait("Rule", "PIECE-03")]
    public void A_deferred_piece_is_due_by_the_first_exam_when_nothing_else_is_set()
    {
        var session = SessionOf(ExamKind.InternalCompetition);

        session.DueDateOf(session.Pieces.Single(p => p.Code == StandardPieces.ServiceRecord.Code), Employee).Should().Be(new Deadline(FirstExam));
    }

    [Fact]
    [Trait("Rule", "DEAD-06")]
    [Trait("Rule", "PIECE-03")]
    public void A_deferred_piece_without_its_own_due_date_is_due_on_the_session_date_for_deferred_pieces()
    {
        var session = SessionOf(ExamKind.InternalCompetition, deferredPiecesDueDate: new LocalDate(2023, 5, 15));

        session.DueDateOf(session.Pieces.Single(p => p.Code == StandardPieces.ServiceRecord.Code), Employee)
            .Should().Be(new Deadline(new LocalDate(2023, 5, 15)));
    }

    [Fact]
    [Trait("Rule", "DEAD-06")]
    [Trait("Rule", "PIECE-03")]
    public void The_own_due_date_of_a_deferred_piece_comes_before_the_session_date()
    {
        var piece = StandardPieces.ServiceRecord.Require(
            PieceObligation.RequiredAtClosure, deferrableWhen: SituationCondition.IsPublicEmployee, dueDate: new LocalDate(2023, 5, 31));
        var session = SessionOf(ExamKind.InternalCompetition, deferredPiecesDueDate: new LocalDate(2023, 5, 15), pieces: [piece]);

        session.DueDateOf(piece, Employee).Should().Be(new Deadline(new LocalDate(2023, 5, 31)));
    }

    [Fact]
    [Trait("Rule", "DEAD-06")]
    [Trait("Rule", "PIECE-03")]
    public void A_piece_that_only_a_public_employee_may_defer_is_due_at_closure_for_anyone_else()
    {
        var piece = StandardPieces.ServiceRecord.Require(
            PieceObligation.RequiredAtClosure, deferrableWhen: SituationCondition.IsPublicEmployee, dueDate: new LocalDate(2023, 5, 31));
        var session = SessionOf(ExamKind.InternalCompetition, deferredPiecesDueDate: new LocalDate(2023, 5, 15), pieces: [piece]);

        session.DueDateOf(piece, CandidateSituation.None).Should().Be(new Deadline(ClosingDate));
        session.DueDateOf(piece).Should().Be(new Deadline(ClosingDate));
    }

    [Fact]
    [Trait("Rule", "DEAD-06")]
    public void A_piece_that_is_not_deferrable_ignores_the_session_date_for_deferred_pieces()
    {
        var session = SessionOf(ExamKind.InternalCompetition, deferredPiecesDueDate: new LocalDate(2023, 5, 15));

        session.DueDateOf(session.Pieces.Single(p => p.Code == StandardPieces.IdentityDocument.Code), Employee).Should().Be(new Deadline(ClosingDate));
    }

    [Fact]
    [Trait("Rule", "DEAD-06")]
    public void A_piece_with_a_deferral_condition_due_before_the_closing_date_is_refused()
    {
        var piece = StandardPieces.ServiceRecord.Require(
            PieceObligation.RequiredAtClosure, deferrableWhen: SituationCondition.IsPublicEmployee, dueDate: new LocalDate(2023, 4, 26));

        var create = () => SessionOf(ExamKind.InternalCompetition, pieces: [piece]);

        create.Should().Throw<ArgumentException>().WithParameterName("pieces");
    }
}

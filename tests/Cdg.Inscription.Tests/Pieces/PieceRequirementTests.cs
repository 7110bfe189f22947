using Cdg.Inscription.Pieces;
using NodaTime;
using static Cdg.Inscription.Tests.Support.Scenario;

namespace Cdg.Inscription.Tests.Pieces;

public sealed class PieceRequirementTests
{
    [Fact]
    [Trait("Rule", "PIECE-01")]
    public void A_piece_has_a_code_a_French_label_and_an_obligation()
    {
        var piece = new PieceRequirement(IdentityDocument, "Pièce d'identité", PieceObligation.RequiredAtClosure);

        piece.Code.Should().Be(IdentityDocument);
        piece.Label.Should().Be("Pièce d'identité");
        piece.Obligation.Should().Be(PieceObligation.RequiredAtClosure);
        piece.DueDate.Should().BeNull();
    }

    [Fact]
    [Trait("Rule", "PIECE-01")]
    public void The_label_is_kept_trimmed()
    {
        new PieceRequirement(Cv, "  Curriculum vitae ", PieceObligation.Optional).Label.Should().Be("Curriculum vitae");
    }

    [Fact]
    [Trait("Rule", "PIECE-01")]
    [Trait("Rule", "DEAD-06")]
    public void A_deferrable_piece_may_have_its_own_due_date()
    {
        var piece = new PieceRequirement(ServiceRecord, "État des services", PieceObligation.Deferrable, new LocalDate(2023, 5, 31));

        piece.DueDate.Should().Be(new LocalDate(2023, 5, 31));
    }

    [Fact]
    [Trait("Rule", "DEAD-06")]
    public void A_deferrable_piece_without_a_due_date_falls_back_to_the_first_exam()
    {
        new PieceRequirement(ServiceRecord, "État des services", PieceObligation.Deferrable).DueDate.Should().BeNull();
    }

    [Theory]
    [Trait("Rule", "PIECE-01")]
    [InlineData(PieceObligation.RequiredAtClosure)]
    [InlineData(PieceObligation.Optional)]
    public void Only_a_deferrable_piece_has_a_due_date(PieceObligation obligation)
    {
        var create = () => new PieceRequirement(Diploma, "Diplôme ou titre", obligation, new LocalDate(2023, 5, 31));

        create.Should().Throw<ArgumentException>().WithParameterName("dueDate").WithMessage("Only a piece that may be deferred has a due date.*");
    }

    [Theory]
    [Trait("Rule", "PIECE-05")]
    [InlineData(PieceObligation.RequiredAtClosure, true)]
    [InlineData(PieceObligation.Deferrable, true)]
    [InlineData(PieceObligation.Optional, false)]
    public void Pieces_required_at_closure_and_deferrable_pieces_are_required_for_a_complete_dossier(PieceObligation obligation, bool required)
    {
        new PieceRequirement(Diploma, "Diplôme ou titre", obligation).IsRequired.Should().Be(required);
    }

    [Fact]
    [Trait("Rule", "PIECE-01")]
    public void A_piece_without_a_code_is_refused()
    {
        var create = () => new PieceRequirement(default, "Pièce d'identité", PieceObligation.RequiredAtClosure);

        create.Should().Throw<ArgumentException>().WithParameterName("code").WithMessage("The piece needs a code.*");
    }

    [Theory]
    [Trait("Rule", "PIECE-01")]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_piece_without_a_French_label_is_refused(string? label)
    {
        var create = () => new PieceRequirement(IdentityDocument, label!, PieceObligation.RequiredAtClosure);

        create.Should().Throw<ArgumentException>().WithParameterName("label");
    }

    [Fact]
    public void Requirements_with_the_same_code_label_obligation_and_due_date_are_equal()
    {
        var a = new PieceRequirement(ServiceRecord, "État des services", PieceObligation.Deferrable, new LocalDate(2023, 5, 31));
        var b = new PieceRequirement(ServiceRecord, "État des services", PieceObligation.Deferrable, new LocalDate(2023, 5, 31));

        a.Equals(b).Should().BeTrue();
        a.Equals((object)b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Requirements_that_differ_in_any_part_are_not_equal()
    {
        var piece = new PieceRequirement(ServiceRecord, "État des services", PieceObligation.Deferrable, new LocalDate(2023, 5, 31));

        piece.Equals(new PieceRequirement(Diploma, "État des services", PieceObligation.Deferrable, new LocalDate(2023, 5, 31))).Should().BeFalse();
        piece.Equals(new PieceRequirement(ServiceRecord, "États des services", PieceObligation.Deferrable, new LocalDate(2023, 5, 31))).Should().BeFalse();
        piece.Equals(new PieceRequirement(ServiceRecord, "État des services", PieceObligation.Deferrable)).Should().BeFalse();
        piece.Equals(new PieceRequirement(ServiceRecord, "État des services", PieceObligation.RequiredAtClosure)).Should().BeFalse();
        piece.Equals(null).Should().BeFalse();
    }

    [Fact]
    [Trait("Rule", "PIECE-04")]
    public void A_piece_keeps_when_it_applies_when_it_may_be_deferred_and_how_recent_it_must_be()
    {
        var piece = new PieceRequirement(
            ServiceRecord,
            "État des services",
            PieceObligation.RequiredAtClosure,
            new LocalDate(2023, 5, 31),
            SituationCondition.RequestsAdaptedExams,
            SituationCondition.IsPublicEmployee,
            ValidityWindow.SixMonthsBeforeFirstExam);

        piece.AppliesWhen.Should().BeSameAs(SituationCondition.RequestsAdaptedExams);
        piece.DeferrableWhen.Should().BeSameAs(SituationCondition.IsPublicEmployee);
        piece.Validity.Should().BeSameAs(ValidityWindow.SixMonthsBeforeFirstExam);
        piece.DueDate.Should().Be(new LocalDate(2023, 5, 31));
    }

    [Fact]
    [Trait("Rule", "PIECE-04")]
    public void A_piece_without_conditions_applies_to_every_candidate_with_its_own_obligation()
    {
        var piece = new PieceRequirement(IdentityDocument, "Pièce d'identité", PieceObligation.RequiredAtClosure);

        piece.AppliesWhen.Should().BeNull();
        piece.DeferrableWhen.Should().BeNull();
        piece.Validity.Should().BeNull();
        piece.ObligationFor(CandidateSituation.None).Should().Be(PieceObligation.RequiredAtClosure);
        piece.ObligationFor(new CandidateSituation(true, true, true)).Should().Be(PieceObligation.RequiredAtClosure);
    }

    [Theory]
    [Trait("Rule", "PIECE-04")]
    [InlineData(PieceObligation.RequiredAtClosure)]
    [InlineData(PieceObligation.Deferrable)]
    [InlineData(PieceObligation.Optional)]
    public void A_piece_applies_with_its_obligation_only_when_its_condition_holds(PieceObligation obligation)
    {
        var piece = new PieceRequirement(Cv, "Curriculum vitae", obligation, appliesWhen: SituationCondition.RequestsAdaptedExams);

        piece.ObligationFor(new CandidateSituation(requestsAdaptedExams: true)).Should().Be(obligation);
        piece.ObligationFor(CandidateSituation.None).Should().BeNull();
        piece.ObligationFor(new CandidateSituation(claimsParentOfThreeExemption: true, isPublicEmployee: true)).Should().BeNull();
    }

    [Fact]
    [Trait("Rule", "PIECE-03")]
    [Trait("Rule", "PIECE-04")]
    public void A_piece_required_at_closure_becomes_deferrable_when_its_deferral_condition_holds()
    {
        var piece = new PieceRequirement(ServiceRecord, "État des services", PieceObligation.RequiredAtClosure, deferrableWhen: SituationCondition.IsPublicEmployee);

        piece.ObligationFor(new CandidateSituation(isPublicEmployee: true)).Should().Be(PieceObligation.Deferrable);
        piece.ObligationFor(CandidateSituation.None).Should().Be(PieceObligation.RequiredAtClosure);
        piece.Obligation.Should().Be(PieceObligation.RequiredAtClosure);
    }

    [Fact]
    [Trait("Rule", "PIECE-04")]
    public void A_piece_that_does_not_apply_is_not_asked_even_when_it_could_be_deferred()
    {
        var piece = new PieceRequirement(
            ServiceRecord, "État des services", PieceObligation.RequiredAtClosure,
            appliesWhen: SituationCondition.DoesNotClaimDiplomaExemption, deferrableWhen: SituationCondition.IsPublicEmployee);

        piece.ObligationFor(new CandidateSituation(claimsParentOfThreeExemption: true, isPublicEmployee: true)).Should().BeNull();
        piece.ObligationFor(new CandidateSituation(isPublicEmployee: true)).Should().Be(PieceObligation.Deferrable);
    }

    [Fact]
    public void The_obligation_for_a_null_situation_is_a_programming_error()
    {
        var piece = new PieceRequirement(IdentityDocument, "Pièce d'identité", PieceObligation.RequiredAtClosure);

        var obligation = () => piece.ObligationFor(null!);

        obligation.Should().Throw<ArgumentNullException>().WithParameterName("situation");
    }

    [Theory]
    [Trait("Rule", "PIECE-03")]
    [InlineData(PieceObligation.Deferrable)]
    [InlineData(PieceObligation.Optional)]
    public void Only_a_piece_required_at_closure_can_have_a_deferral_condition(PieceObligation obligation)
    {
        var create = () => new PieceRequirement(ServiceRecord, "État des services", obligation, deferrableWhen: SituationCondition.IsPublicEmployee);

        create.Should().Throw<ArgumentException>().WithParameterName("deferrableWhen").WithMessage("Only a piece required at closure can become deferrable.*");
    }

    [Fact]
    [Trait("Rule", "DEAD-06")]
    public void A_piece_required_at_closure_that_may_be_deferred_may_have_its_own_due_date()
    {
        var piece = new PieceRequirement(
            ServiceRecord, "État des services", PieceObligation.RequiredAtClosure, new LocalDate(2023, 5, 31), deferrableWhen: SituationCondition.IsPublicEmployee);

        piece.DueDate.Should().Be(new LocalDate(2023, 5, 31));
    }

    [Fact]
    [Trait("Rule", "PIECE-04")]
    public void Requirements_compare_their_conditions_by_reference_and_their_validity_by_value()
    {
        var a = new PieceRequirement(
            ServiceRecord, "État des services", PieceObligation.RequiredAtClosure,
            appliesWhen: SituationCondition.RequestsAdaptedExams, validity: new ValidityWindow(Period.FromMonths(6)));
        var same = new PieceRequirement(
            ServiceRecord, "État des services", PieceObligation.RequiredAtClosure,
            appliesWhen: SituationCondition.RequestsAdaptedExams, validity: ValidityWindow.SixMonthsBeforeFirstExam);
        var lookalike = new PieceRequirement(
            ServiceRecord, "État des services", PieceObligation.RequiredAtClosure,
            appliesWhen: new SituationCondition("si vous demandez un aménagement des épreuves", s => s.RequestsAdaptedExams),
            validity: ValidityWindow.SixMonthsBeforeFirstExam);
        var otherValidity = new PieceRequirement(
            ServiceRecord, "État des services", PieceObligation.RequiredAtClosure,
            appliesWhen: SituationCondition.RequestsAdaptedExams, validity: new ValidityWindow(Period.FromMonths(3)));
        var deferrable = new PieceRequirement(
            ServiceRecord, "État des services", PieceObligation.RequiredAtClosure,
            appliesWhen: SituationCondition.RequestsAdaptedExams, deferrableWhen: SituationCondition.IsPublicEmployee, validity: ValidityWindow.SixMonthsBeforeFirstExam);

        a.Equals(same).Should().BeTrue();
        a.Equals(lookalike).Should().BeFalse();
        a.Equals(otherValidity).Should().BeFalse();
        a.Equals(deferrable).Should().BeFalse();
    }

    [Fact]
    [Trait("Rule", "PIECE-01")]
    public void A_piece_logs_as_its_code_its_label_and_its_obligation()
    {
        new PieceRequirement(IdentityDocument, "Pièce d'identité", PieceObligation.RequiredAtClosure).ToString()
            .Should().Be("identity-document (Pièce d'identité, RequiredAtClosure)");
    }
}

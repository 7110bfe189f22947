using Cdg.Inscription.Pieces;
using NodaTime;

namespace Cdg.Inscription.Tests.Pieces;

public sealed class PieceDefinitionTests
{
    private static readonly PieceCode Code = PieceCode.Parse("driving-licence");

    [Fact]
    [Trait("Rule", "PIECE-01")]
    public void A_host_defines_its_own_piece_with_a_code_a_French_label_and_a_validity()
    {
        var window = new ValidityWindow(Period.FromMonths(3));

        var definition = new PieceDefinition(Code, "  Copie du permis de conduire ", window);

        definition.Code.Should().Be(Code);
        definition.Label.Should().Be("Copie du permis de conduire");
        definition.Validity.Should().BeSameAs(window);
        new PieceDefinition(Code, "Copie du permis de conduire").Validity.Should().BeNull();
    }

    [Fact]
    [Trait("Rule", "PIECE-01")]
    public void A_definition_without_a_code_is_refused()
    {
        var create = () => new PieceDefinition(default, "Copie du permis de conduire");

        create.Should().Throw<ArgumentException>().WithParameterName("code");
    }

    [Theory]
    [Trait("Rule", "PIECE-01")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Copie du\npermis")]
    [InlineData("Copie du \u202Epermis")]
    public void A_definition_without_a_printable_French_label_is_refused(string label)
    {
        var create = () => new PieceDefinition(Code, label);

        create.Should().Throw<ArgumentException>().WithParameterName("label");
    }

    [Fact]
    [Trait("Rule", "PIECE-01")]
    public void A_definition_with_a_null_label_is_refused()
    {
        var create = () => new PieceDefinition(Code, null!);

        create.Should().Throw<ArgumentNullException>().WithParameterName("label");
    }

    [Fact]
    [Trait("Rule", "PIECE-01")]
    public void Require_makes_a_requirement_with_the_code_the_label_and_the_validity_of_the_definition()
    {
        var piece = StandardPieces.MedicalCertificate.Require(PieceObligation.RequiredAtClosure, appliesWhen: SituationCondition.RequestsAdaptedExams);

        piece.Code.Should().Be(StandardPieces.MedicalCertificate.Code);
        piece.Label.Should().Be(StandardPieces.MedicalCertificate.Label);
        piece.Validity.Should().Be(ValidityWindow.SixMonthsBeforeFirstExam);
        piece.Obligation.Should().Be(PieceObligation.RequiredAtClosure);
        piece.AppliesWhen.Should().BeSameAs(SituationCondition.RequestsAdaptedExams);
        piece.DeferrableWhen.Should().BeNull();
        piece.DueDate.Should().BeNull();
    }

    [Fact]
    [Trait("Rule", "PIECE-03")]
    [Trait("Rule", "DEAD-06")]
    public void Require_passes_the_deferral_condition_and_the_due_date()
    {
        var piece = StandardPieces.TenureDecree.Require(
            PieceObligation.RequiredAtClosure, deferrableWhen: SituationCondition.IsPublicEmployee, dueDate: new LocalDate(2023, 5, 31));

        piece.DeferrableWhen.Should().BeSameAs(SituationCondition.IsPublicEmployee);
        piece.DueDate.Should().Be(new LocalDate(2023, 5, 31));
        piece.AppliesWhen.Should().BeNull();
        piece.Validity.Should().BeNull();
    }

    [Theory]
    [Trait("Rule", "PIECE-01")]
    [InlineData(PieceObligation.RequiredAtClosure)]
    [InlineData(PieceObligation.Deferrable)]
    [InlineData(PieceObligation.Optional)]
    public void Require_keeps_the_obligation_asked_for(PieceObligation obligation)
    {
        StandardPieces.CurriculumVitae.Require(obligation).Obligation.Should().Be(obligation);
    }

    [Fact]
    [Trait("Rule", "PIECE-03")]
    public void Require_refuses_what_a_requirement_refuses()
    {
        var deferOptional = () => StandardPieces.CurriculumVitae.Require(PieceObligation.Optional, deferrableWhen: SituationCondition.IsPublicEmployee);
        var dateWithoutDeferral = () => StandardPieces.Diploma.Require(PieceObligation.RequiredAtClosure, dueDate: new LocalDate(2023, 5, 31));

        deferOptional.Should().Throw<ArgumentException>().WithParameterName("deferrableWhen");
        dateWithoutDeferral.Should().Throw<ArgumentException>().WithParameterName("dueDate");
    }

    [Fact]
    public void Definitions_with_the_same_code_label_and_validity_are_equal()
    {
        var a = new PieceDefinition(Code, "Copie du permis de conduire", new ValidityWindow(Period.FromMonths(3)));
        var b = new PieceDefinition(Code, "Copie du permis de conduire", new ValidityWindow(Period.FromMonths(3)));

        a.Equals(b).Should().BeTrue();
        a.Equals((object)b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Definitions_that_differ_in_any_part_are_not_equal()
    {
        var definition = new PieceDefinition(Code, "Copie du permis de conduire", new ValidityWindow(Period.FromMonths(3)));

        definition.Equals(new PieceDefinition(PieceCode.Parse("other"), "Copie du permis de conduire", new ValidityWindow(Period.FromMonths(3)))).Should().BeFalse();
        definition.Equals(new PieceDefinition(Code, "Permis de conduire", new ValidityWindow(Period.FromMonths(3)))).Should().BeFalse();
        definition.Equals(new PieceDefinition(Code, "Copie du permis de conduire")).Should().BeFalse();
        definition.Equals(null).Should().BeFalse();
    }

    [Fact]
    [Trait("Rule", "PIECE-01")]
    public void A_definition_logs_as_its_code_and_its_label()
    {
        new PieceDefinition(Code, "Copie du permis de conduire").ToString().Should().Be("driving-licence (Copie du permis de conduire)");
    }
}

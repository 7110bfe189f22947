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

        create.Should().Throw<ArgumentException>().WithParameterName("dueDate");
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

        create.Should().Throw<ArgumentException>().WithParameterName("code");
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
}

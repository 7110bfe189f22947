using Cdg.Inscription.Pieces;

namespace Cdg.Inscription.Tests.Pieces;

public sealed class PieceCodeTests
{
    [Theory]
    [InlineData("identity-document")]
    [InlineData("cv")]
    [InlineData("a")]
    [InlineData("diploma2")]
    [InlineData("arrete-titularisation-2019")]
    [InlineData("a1-b2-c3")]
    public void A_code_of_lowercase_letters_digits_and_single_hyphens_starting_with_a_letter_is_valid(string text)
    {
        PieceCode.TryParse(text, out var code).Should().BeTrue();
        code.Value.Should().Be(text);
        PieceCode.Parse(text).Value.Should().Be(text);
    }

    [Fact]
    public void A_code_of_64_characters_is_valid()
    {
        var text = new string('a', 64);

        PieceCode.Parse(text).Value.Should().HaveLength(64);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Identity-document")]
    [InlineData("IDENTITY")]
    [InlineData("1diploma")]
    [InlineData("-cv")]
    [InlineData("cv-")]
    [InlineData("identity--document")]
    [InlineData("identity document")]
    [InlineData(" cv")]
    [InlineData("cv ")]
    [InlineData("identity_document")]
    [InlineData("identity.document")]
    [InlineData("diplôme")]
    [InlineData("cv\u0000")]
    [InlineData("c\u0007v")]
    [InlineData("cv\n")]
    [InlineData("cv\u202E")]
    [InlineData("c\u200Bv")]
    [InlineData("ｃv")]
    public void A_code_outside_the_allowed_shape_is_refused(string text)
    {
        PieceCode.TryParse(text, out var code).Should().BeFalse();
        code.Should().Be(default(PieceCode));

        var parse = () => PieceCode.Parse(text);
        parse.Should().Throw<FormatException>().WithMessage("Not a piece code: *");
    }

    [Fact]
    public void A_code_of_65_characters_is_refused()
    {
        var parse = () => PieceCode.Parse(new string('a', 65));

        parse.Should().Throw<FormatException>();
    }

    [Fact]
    public void Null_is_not_a_code()
    {
        PieceCode.TryParse(null, out _).Should().BeFalse();

        var parse = () => PieceCode.Parse(null!);
        parse.Should().Throw<ArgumentNullException>().WithParameterName("text");
    }

    [Fact]
    public void The_default_code_is_empty()
    {
        default(PieceCode).Value.Should().BeEmpty();
        default(PieceCode).ToString().Should().BeEmpty();
    }

    [Fact]
    public void Codes_with_the_same_text_are_equal()
    {
        var a = PieceCode.Parse("service-record");
        var b = PieceCode.Parse("service-record");

        a.Equals(b).Should().BeTrue();
        a.Equals((object)b).Should().BeTrue();
        (a == b).Should().BeTrue();
        (a != b).Should().BeFalse();
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.ToString().Should().Be("service-record");
    }

    [Fact]
    public void Codes_with_different_texts_differ()
    {
        var a = PieceCode.Parse("service-record");
        var b = PieceCode.Parse("service-records");

        a.Equals(b).Should().BeFalse();
        (a == b).Should().BeFalse();
        (a != b).Should().BeTrue();
        a.Equals("service-record").Should().BeFalse();
    }
}

using Cdg.Inscription.Dossiers;

namespace Cdg.Inscription.Tests.Dossiers;

public sealed class DossierNumberTests
{
    [Theory]
    [InlineData("2023-RED-000123", "2023-RED-000123")]
    [InlineData("2023-red-000123", "2023-RED-000123")]
    [InlineData("  2023-RED-000123  ", "2023-RED-000123")]
    [InlineData("\t2023-red-1\n", "2023-RED-1")]
    [InlineData("a", "A")]
    [InlineData("7", "7")]
    [InlineData("abc123xyz", "ABC123XYZ")]
    [InlineData("Ii-iI", "II-II")]
    public void A_dossier_number_is_trimmed_and_kept_in_uppercase(string text, string expected)
    {
        DossierNumber.Parse(text).Value.Should().Be(expected);
        DossierNumber.TryParse(text, out var number).Should().BeTrue();
        number.Value.Should().Be(expected);
        number.ToString().Should().Be(expected);
    }

    [Fact]
    public void A_dossier_number_of_32_characters_is_valid()
    {
        var text = new string('A', DossierNumber.MaxLength);

        DossierNumber.MaxLength.Should().Be(32);
        DossierNumber.Parse($" {text} ").Value.Should().Be(text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("-2023-RED")]
    [InlineData("2023-RED-")]
    [InlineData("-")]
    [InlineData("2023--RED")]
    [InlineData("2023 RED")]
    [InlineData("2023_RED")]
    [InlineData("2023/RED")]
    [InlineData("2023-RÉD")]
    [InlineData("2023\u0000RED")]
    [InlineData("2023-RED\u0000")]
    [InlineData("2023\u0007RED")]
    [InlineData("2023\u202ERED")]
    [InlineData("\u202E2023-RED")]
    [InlineData("2023\u200BRED")]
    [InlineData("2023-RED-１２３")]
    [InlineData("2023\u00A0RED")]
    public void A_text_that_is_not_a_dossier_number_is_refused(string text)
    {
        DossierNumber.TryParse(text, out var number).Should().BeFalse();
        number.Should().Be(default(DossierNumber));

        var parse = () => DossierNumber.Parse(text);
        parse.Should().Throw<FormatException>();
    }

    [Fact]
    public void A_dossier_number_of_33_characters_is_refused()
    {
        var parse = () => DossierNumber.Parse(new string('A', DossierNumber.MaxLength + 1));

        parse.Should().Throw<FormatException>();
    }

    [Fact]
    public void Null_is_not_a_dossier_number()
    {
        DossierNumber.TryParse(null, out _).Should().BeFalse();

        var parse = () => DossierNumber.Parse(null!);
        parse.Should().Throw<ArgumentNullException>().WithParameterName("text");
    }

    [Fact]
    public void The_default_dossier_number_is_empty()
    {
        default(DossierNumber).Value.Should().BeEmpty();
    }

    [Fact]
    [Trait("Rule", "SPACE-02")]
    public void A_number_typed_in_lowercase_is_the_same_dossier_number()
    {
        var typed = DossierNumber.Parse(" 2023-red-000123 ");
        var issued = DossierNumber.Parse("2023-RED-000123");

        typed.Equals(issued).Should().BeTrue();
        typed.Equals((object)issued).Should().BeTrue();
        (typed == issued).Should().BeTrue();
        (typed != issued).Should().BeFalse();
        typed.GetHashCode().Should().Be(issued.GetHashCode());
    }

    [Fact]
    public void Different_dossier_numbers_differ()
    {
        var a = DossierNumber.Parse("2023-RED-000123");
        var b = DossierNumber.Parse("2023-RED-000124");

        a.Equals(b).Should().BeFalse();
        (a == b).Should().BeFalse();
        (a != b).Should().BeTrue();
        a.Equals("2023-RED-000123").Should().BeFalse();
    }
}

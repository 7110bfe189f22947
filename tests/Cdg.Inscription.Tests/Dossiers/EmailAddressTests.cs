using Cdg.Inscription.Dossiers;

namespace Cdg.Inscription.Tests.Dossiers;

public sealed class EmailAddressTests
{
    [Theory]
    [InlineData("claire.martin@example.fr", "claire.martin@example.fr")]
    [InlineData("  claire.martin@example.fr ", "claire.martin@example.fr")]
    [InlineData("Claire.Martin@Example.FR", "Claire.Martin@Example.FR")]
    [InlineData("c+concours@mairie.laval.fr", "c+concours@mairie.laval.fr")]
    [InlineData("a@b.c", "a@b.c")]
    public void An_address_with_one_at_sign_a_local_part_and_a_dotted_domain_is_accepted(string text, string expected)
    {
        EmailAddress.TryParse(text, out var address).Should().BeTrue();
        address!.Value.Should().Be(expected);
        EmailAddress.Parse(text).Value.Should().Be(expected);
        EmailAddress.Parse(text).ToString().Should().Be(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("claire.martin")]
    [InlineData("@example.fr")]
    [InlineData("claire.martin@")]
    [InlineData("claire.martin@example")]
    [InlineData("claire.martin@.fr")]
    [InlineData("claire.martin@example.")]
    [InlineData("claire@martin@example.fr")]
    [InlineData("claire martin@example.fr")]
    [InlineData("claire.martin@exam ple.fr")]
    [InlineData("claire.martin@example.fr\u0000")]
    [InlineData("claire\u0007.martin@example.fr")]
    [InlineData("claire\n.martin@example.fr")]
    [InlineData("claire.martin@example\u00A0.fr")]
    public void A_text_without_the_shape_of_an_e_mail_address_is_refused(string text)
    {
        EmailAddress.TryParse(text, out var address).Should().BeFalse();
        address.Should().BeNull();

        var parse = () => EmailAddress.Parse(text);
        parse.Should().Throw<FormatException>();
    }

    [Fact]
    public void An_address_of_254_characters_is_accepted_and_one_of_255_is_refused()
    {
        const string domain = "@example.fr";
        var longest = new string('a', 254 - domain.Length) + domain;
        var tooLong = new string('a', 255 - domain.Length) + domain;

        EmailAddress.TryParse(longest, out _).Should().BeTrue();
        EmailAddress.TryParse(tooLong, out _).Should().BeFalse();
    }

    [Fact]
    public void Null_is_not_an_address()
    {
        EmailAddress.TryParse(null, out var address).Should().BeFalse();
        address.Should().BeNull();

        var parse = () => EmailAddress.Parse(null!);
        parse.Should().Throw<ArgumentNullException>().WithParameterName("text");
    }

    [Fact]
    public void Addresses_that_differ_only_in_case_are_the_same_address()
    {
        var a = EmailAddress.Parse("Claire.Martin@Example.FR");
        var b = EmailAddress.Parse("claire.martin@example.fr");

        a.Equals(b).Should().BeTrue();
        a.Equals((object)b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Different_addresses_are_not_equal()
    {
        var a = EmailAddress.Parse("claire.martin@example.fr");

        a.Equals(EmailAddress.Parse("claire.martin@example.com")).Should().BeFalse();
        a.Equals(EmailAddress.Parse("claire.martin2@example.fr")).Should().BeFalse();
        a.Equals("claire.martin@example.fr").Should().BeFalse();
        a.Equals(null).Should().BeFalse();
    }
}

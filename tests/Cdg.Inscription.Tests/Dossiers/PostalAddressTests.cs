using Cdg.Inscription.Dossiers;

namespace Cdg.Inscription.Tests.Dossiers;

public sealed class PostalAddressTests
{
    [Fact]
    public void An_address_keeps_its_parts_trimmed_and_is_in_France_by_default()
    {
        var address = new PostalAddress(" 12 rue de la Paix ", " 53000", "Laval  ");

        address.Street.Should().Be("12 rue de la Paix");
        address.PostalCode.Should().Be("53000");
        address.City.Should().Be("Laval");
        address.Complement.Should().BeNull();
        address.Country.Should().Be("France");
    }

    [Fact]
    public void An_address_may_have_a_complement_and_another_country()
    {
        var address = new PostalAddress("3 place de la Mairie", "97400", "Saint-Denis", " Résidence Les Flamboyants, bât. B ", "La Réunion");

        address.Complement.Should().Be("Résidence Les Flamboyants, bât. B");
        address.Country.Should().Be("La Réunion");
    }

    [Fact]
    public void An_address_reads_on_one_line()
    {
        new PostalAddress("12 rue de la Paix", "53000", "Laval").ToString().Should().Be("12 rue de la Paix, 53000 Laval, France");
        new PostalAddress("12 rue de la Paix", "53000", "Laval", "Bâtiment A").ToString().Should().Be("12 rue de la Paix, Bâtiment A, 53000 Laval, France");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("12 rue de la Paix\u0000")]
    [InlineData("12 rue\u0007 de la Paix")]
    [InlineData("12 rue\u001B de la Paix")]
    [InlineData("12 rue \u202Ede la Paix")]
    [InlineData("12 rue \u202Ade la Paix")]
    [InlineData("12 rue \u202Bde la Paix")]
    [InlineData("12 rue \u202Cde la Paix")]
    [InlineData("12 rue \u202Dde la Paix")]
    [InlineData("12 rue \u2066de la Paix")]
    [InlineData("12 rue \u2067de la Paix")]
    [InlineData("12 rue \u2068de la Paix")]
    [InlineData("12 rue \u2069de la Paix")]
    public void A_street_that_is_blank_or_holds_control_or_bidirectional_characters_is_refused(string street)
    {
        var create = () => new PostalAddress(street, "53000", "Laval");

        create.Should().Throw<ArgumentException>().WithParameterName("street");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("53000\u0000")]
    [InlineData("\u202E00035")]
    public void A_postal_code_that_is_blank_or_holds_control_or_bidirectional_characters_is_refused(string postalCode)
    {
        var create = () => new PostalAddress("12 rue de la Paix", postalCode, "Laval");

        create.Should().Throw<ArgumentException>().WithParameterName("postalCode");
    }

    [Theory]
    [InlineData("")]
    [InlineData("\t")]
    [InlineData("La\u0000val")]
    [InlineData("Laval\u2067")]
    public void A_city_that_is_blank_or_holds_control_or_bidirectional_characters_is_refused(string city)
    {
        var create = () => new PostalAddress("12 rue de la Paix", "53000", city);

        create.Should().Throw<ArgumentException>().WithParameterName("city");
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("\t")]
    [Trait("Rule", "SPACE-03")]
    public void A_blank_complement_means_none_as_an_optional_field_of_a_form_left_empty(string complement)
    {
        var address = new PostalAddress("12 rue de la Paix", "53000", "Laval", complement);

        address.Complement.Should().BeNull();
        address.Should().Be(new PostalAddress("12 rue de la Paix", "53000", "Laval"));
    }

    [Theory]
    [InlineData("Bâtiment\u0000A")]
    [InlineData("Bâtiment \u202EA")]
    [InlineData("Bâtiment A\nEscalier 2")]
    public void A_complement_that_holds_control_or_bidirectional_characters_is_refused(string complement)
    {
        var create = () => new PostalAddress("12 rue de la Paix", "53000", "Laval", complement);

        create.Should().Throw<ArgumentException>().WithParameterName("complement");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("Fran\u0000ce")]
    [InlineData("\u202DFrance")]
    public void A_country_that_is_blank_or_holds_control_or_bidirectional_characters_is_refused(string country)
    {
        var create = () => new PostalAddress("12 rue de la Paix", "53000", "Laval", country: country);

        create.Should().Throw<ArgumentException>().WithParameterName("country");
    }

    [Fact]
    public void A_missing_required_part_is_a_programming_error()
    {
        var noStreet = () => new PostalAddress(null!, "53000", "Laval");
        var noPostalCode = () => new PostalAddress("12 rue de la Paix", null!, "Laval");
        var noCity = () => new PostalAddress("12 rue de la Paix", "53000", null!);
        var noCountry = () => new PostalAddress("12 rue de la Paix", "53000", "Laval", country: null!);

        noStreet.Should().Throw<ArgumentNullException>().WithParameterName("street");
        noPostalCode.Should().Throw<ArgumentNullException>().WithParameterName("postalCode");
        noCity.Should().Throw<ArgumentNullException>().WithParameterName("city");
        noCountry.Should().Throw<ArgumentNullException>().WithParameterName("country");
    }

    [Theory]
    [InlineData(200, 20, 100, 200, 100, null)]
    [InlineData(201, 20, 100, 200, 100, "street")]
    [InlineData(200, 21, 100, 200, 100, "postalCode")]
    [InlineData(200, 20, 101, 200, 100, "city")]
    [InlineData(200, 20, 100, 201, 100, "complement")]
    [InlineData(200, 20, 100, 200, 101, "country")]
    public void Each_part_has_a_bounded_length(int street, int postalCode, int city, int complement, int country, string? refusedPart)
    {
        var create = () => new PostalAddress(new string('a', street), new string('1', postalCode), new string('b', city), new string('c', complement), new string('d', country));

        if (refusedPart is null)
        {
            create.Should().NotThrow();
        }
        else
        {
            create.Should().Throw<ArgumentException>().WithParameterName(refusedPart);
        }
    }

    [Fact]
    public void Addresses_with_the_same_parts_are_equal()
    {
        var a = new PostalAddress("12 rue de la Paix", "53000", "Laval", "Bâtiment A");
        var b = new PostalAddress(" 12 rue de la Paix", "53000", "Laval", "Bâtiment A ");

        a.Equals(b).Should().BeTrue();
        a.Equals((object)b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Addresses_that_differ_in_any_part_are_not_equal()
    {
        var address = new PostalAddress("12 rue de la Paix", "53000", "Laval");

        address.Equals(new PostalAddress("14 rue de la Paix", "53000", "Laval")).Should().BeFalse();
        address.Equals(new PostalAddress("12 rue de la Paix", "53000", "Laval", "Bâtiment A")).Should().BeFalse();
        address.Equals(new PostalAddress("12 rue de la Paix", "53010", "Laval")).Should().BeFalse();
        address.Equals(new PostalAddress("12 rue de la Paix", "53000", "Changé")).Should().BeFalse();
        address.Equals(new PostalAddress("12 rue de la Paix", "53000", "Laval", country: "Belgique")).Should().BeFalse();
        address.Equals(null).Should().BeFalse();
    }
}

using Cdg.Inscription.Sessions;

namespace Cdg.Inscription.Tests.Sessions;

public sealed class OrganiserTests
{
    [Theory]
    [Trait("Rule", "LIFE-04")]
    [InlineData(UnderReviewVisibility.Immediately)]
    [InlineData(UnderReviewVisibility.FromNextDay)]
    public void An_organiser_keeps_when_the_status_under_review_becomes_visible(UnderReviewVisibility visibility)
    {
        new Organiser("CDG53", "Centre de gestion de la Mayenne", visibility).UnderReviewVisibility.Should().Be(visibility);
    }

    [Fact]
    [Trait("Rule", "LIFE-04")]
    public void By_default_the_status_under_review_is_visible_at_once()
    {
        new Organiser("CDG53", "Centre de gestion de la Mayenne").UnderReviewVisibility.Should().Be(UnderReviewVisibility.Immediately);
    }

    [Fact]
    [Trait("Rule", "LIFE-04")]
    public void Two_organisers_with_different_visibility_settings_are_not_equal()
    {
        var atOnce = new Organiser("CDG53", "Centre de gestion de la Mayenne", UnderReviewVisibility.Immediately);
        var nextDay = new Organiser("CDG53", "Centre de gestion de la Mayenne", UnderReviewVisibility.FromNextDay);

        atOnce.Equals(nextDay).Should().BeFalse();
    }

    [Fact]
    public void An_organiser_keeps_its_code_and_name_trimmed()
    {
        var organiser = new Organiser(" CDG53 ", "  Centre de gestion de la Mayenne ");

        organiser.Code.Should().Be("CDG53");
        organiser.Name.Should().Be("Centre de gestion de la Mayenne");
        organiser.ToString().Should().Be("Centre de gestion de la Mayenne (CDG53)");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void An_organiser_without_a_code_is_refused(string? code)
    {
        var create = () => new Organiser(code!, "Centre de gestion de la Mayenne");

        create.Should().Throw<ArgumentException>().WithParameterName("code").WithMessage("The organiser needs a code.*");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("\t ")]
    public void An_organiser_without_a_name_is_refused(string? name)
    {
        var create = () => new Organiser("CDG53", name!);

        create.Should().Throw<ArgumentException>().WithParameterName("name");
    }

    [Fact]
    public void Organisers_with_the_same_code_name_and_setting_are_equal()
    {
        var a = new Organiser("CDG53", "Centre de gestion de la Mayenne", UnderReviewVisibility.FromNextDay);
        var b = new Organiser("CDG53", "Centre de gestion de la Mayenne", UnderReviewVisibility.FromNextDay);

        a.Equals(b).Should().BeTrue();
        a.Equals((object)b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Organisers_with_another_code_or_name_are_not_equal()
    {
        var organiser = new Organiser("CDG53", "Centre de gestion de la Mayenne");

        organiser.Equals(new Organiser("CDG35", "Centre de gestion de la Mayenne")).Should().BeFalse();
        organiser.Equals(new Organiser("CDG53", "Centre de gestion d'Ille-et-Vilaine")).Should().BeFalse();
        organiser.Equals(null).Should().BeFalse();
    }
}

using Cdg.Inscription.Dossiers;

namespace Cdg.Inscription.Tests.Dossiers;

public sealed class ActorTests
{
    [Fact]
    [Trait("Rule", "LIFE-10")]
    [Trait("Rule", "LIFE-11")]
    public void The_candidate_is_recorded_as_candidat()
    {
        Actor.Candidate.Role.Should().Be(ActorRole.Candidate);
        Actor.Candidate.Id.Should().Be("candidat");
        Actor.Candidate.ToString().Should().Be("le candidat");
    }

    [Fact]
    [Trait("Rule", "LIFE-10")]
    [Trait("Rule", "LIFE-11")]
    public void A_staff_member_is_recorded_by_login_trimmed()
    {
        var staff = Actor.Staff("  m.durand ");

        staff.Role.Should().Be(ActorRole.Staff);
        staff.Id.Should().Be("m.durand");
        staff.ToString().Should().Be("le gestionnaire m.durand");
    }

    [Theory]
    [Trait("Rule", "LIFE-11")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    [InlineData("m.durand\u0000")]
    [InlineData("m.\u0007durand")]
    [InlineData("m.durand\r\nle candidat")]
    public void A_staff_member_without_a_printable_identifier_is_refused(string id)
    {
        var create = () => Actor.Staff(id);

        create.Should().Throw<ArgumentException>().WithParameterName("id");
    }

    [Fact]
    public void A_null_staff_identifier_is_a_programming_error()
    {
        var create = () => Actor.Staff(null!);

        create.Should().Throw<ArgumentNullException>().WithParameterName("id");
    }

    [Fact]
    [Trait("Rule", "LIFE-10")]
    public void A_staff_member_named_candidat_is_not_the_candidate()
    {
        var staff = Actor.Staff("candidat");

        staff.Role.Should().Be(ActorRole.Staff);
        staff.Equals(Actor.Candidate).Should().BeFalse();
    }

    [Fact]
    [Trait("Rule", "LIFE-11")]
    public void An_actor_read_from_storage_is_the_same_actor()
    {
        Actor.Of(ActorRole.Candidate, "ignored").Should().BeSameAs(Actor.Candidate);
        Actor.Of(ActorRole.Staff, "m.durand").Should().Be(Actor.Staff("m.durand"));
    }

    [Fact]
    public void An_unknown_stored_role_is_refused()
    {
        var read = () => Actor.Of((ActorRole)42, "m.durand");

        read.Should().Throw<ArgumentException>().WithParameterName("role").WithMessage("Unknown role.*");
    }

    [Fact]
    public void A_blank_stored_staff_identifier_is_refused()
    {
        var read = () => Actor.Of(ActorRole.Staff, " ");

        read.Should().Throw<ArgumentException>().WithParameterName("id");
    }

    [Fact]
    public void Staff_members_with_the_same_login_are_equal()
    {
        var a = Actor.Staff("m.durand");
        var b = Actor.Staff(" m.durand");

        a.Equals(b).Should().BeTrue();
        a.Equals((object)b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Staff_members_with_different_logins_are_not_equal()
    {
        Actor.Staff("m.durand").Equals(Actor.Staff("m.dupont")).Should().BeFalse();
        Actor.Staff("m.durand").Equals(null).Should().BeFalse();
    }
}

using Cdg.Inscription.Pieces;

namespace Cdg.Inscription.Tests.Pieces;

public sealed class CandidateSituationTests
{
    [Fact]
    [Trait("Rule", "PIECE-04")]
    public void A_situation_keeps_the_three_flags_declared()
    {
        var situation = new CandidateSituation(claimsParentOfThreeExemption: true, requestsAdaptedExams: false, isPublicEmployee: true);

        situation.ClaimsParentOfThreeExemption.Should().BeTrue();
        situation.RequestsAdaptedExams.Should().BeFalse();
        situation.IsPublicEmployee.Should().BeTrue();
    }

    [Fact]
    [Trait("Rule", "PIECE-04")]
    public void The_situation_with_nothing_declared_has_no_flag()
    {
        var none = CandidateSituation.None;

        none.ClaimsParentOfThreeExemption.Should().BeFalse();
        none.RequestsAdaptedExams.Should().BeFalse();
        none.IsPublicEmployee.Should().BeFalse();
        none.Should().Be(new CandidateSituation());
    }

    [Fact]
    public void Situations_with_the_same_flags_are_equal()
    {
        var a = new CandidateSituation(true, true, false);
        var b = new CandidateSituation(true, true, false);

        a.Equals(b).Should().BeTrue();
        a.Equals((object)b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Situations_that_differ_in_any_flag_are_not_equal()
    {
        var situation = new CandidateSituation(true, true, true);

        situation.Equals(new CandidateSituation(false, true, true)).Should().BeFalse();
        situation.Equals(new CandidateSituation(true, false, true)).Should().BeFalse();
        situation.Equals(new CandidateSituation(true, true, false)).Should().BeFalse();
        situation.Equals((object)"agent public").Should().BeFalse();
        situation.Equals(null).Should().BeFalse();
    }

    [Fact]
    public void The_eight_situations_have_eight_hash_codes()
    {
        var all = from exemption in new[] { false, true }
                  from adapted in new[] { false, true }
                  from employee in new[] { false, true }
                  select new CandidateSituation(exemption, adapted, employee);

        all.Select(s => s.GetHashCode()).Distinct().Should().HaveCount(8);
    }

    [Fact]
    [Trait("Rule", "PIECE-04")]
    public void Each_With_method_changes_its_own_flag_only_and_returns_a_new_situation()
    {
        var situation = CandidateSituation.None;

        var exemption = situation.WithParentOfThreeExemption(true);
        var adapted = situation.WithAdaptedExams(true);
        var employee = situation.WithPublicEmployee(true);

        exemption.Should().Be(new CandidateSituation(true, false, false));
        adapted.Should().Be(new CandidateSituation(false, true, false));
        employee.Should().Be(new CandidateSituation(false, false, true));
        situation.Should().Be(new CandidateSituation(false, false, false));
        exemption.Should().NotBeSameAs(situation);
    }

    [Fact]
    [Trait("Rule", "PIECE-04")]
    public void A_flag_can_be_withdrawn_and_the_others_are_kept()
    {
        var all = new CandidateSituation(true, true, true);

        all.WithParentOfThreeExemption(false).Should().Be(new CandidateSituation(false, true, true));
        all.WithAdaptedExams(false).Should().Be(new CandidateSituation(true, false, true));
        all.WithPublicEmployee(false).Should().Be(new CandidateSituation(true, true, false));
    }

    [Theory]
    [Trait("Rule", "PIECE-04")]
    [InlineData(false, false, false, "aucune particularité déclarée")]
    [InlineData(true, false, false, "dispense de diplôme demandée (parent de trois enfants ou plus)")]
    [InlineData(false, true, false, "aménagement des épreuves demandé")]
    [InlineData(false, false, true, "agent public")]
    [InlineData(false, true, true, "aménagement des épreuves demandé ; agent public")]
    [InlineData(true, true, true, "dispense de diplôme demandée (parent de trois enfants ou plus) ; aménagement des épreuves demandé ; agent public")]
    public void A_situation_is_described_in_French(bool exemption, bool adapted, bool employee, string expected)
    {
        new CandidateSituation(exemption, adapted, employee).Describe().Should().Be(expected);
    }

    [Theory]
    [InlineData(false, false, false, "none")]
    [InlineData(true, false, true, "parent-of-three exemption, public employee")]
    [InlineData(true, true, true, "parent-of-three exemption, adapted exams, public employee")]
    public void A_situation_shows_its_flags_in_logs(bool exemption, bool adapted, bool employee, string expected)
    {
        new CandidateSituation(exemption, adapted, employee).ToString().Should().Be(expected);
    }
}

using Cdg.Inscription.Pieces;

namespace Cdg.Inscription.Tests.Pieces;

public sealed class SituationConditionTests
{
    public static TheoryData<bool, bool, bool> AllSituations()
    {
        var data = new TheoryData<bool, bool, bool>();
        foreach (var exemption in new[] { false, true })
        {
            foreach (var adapted in new[] { false, true })
            {
                foreach (var employee in new[] { false, true })
                {
                    data.Add(exemption, adapted, employee);
                }
            }
        }

        return data;
    }

    [Theory]
    [Trait("Rule", "PIECE-04")]
    [Trait("Rule", "PIECE-03")]
    [MemberData(nameof(AllSituations))]
    public void The_standard_conditions_hold_exactly_when_their_flag_says_so(bool exemption, bool adapted, bool employee)
    {
        var situation = new CandidateSituation(exemption, adapted, employee);

        SituationCondition.ClaimsParentOfThreeExemption.IsMetBy(situation).Should().Be(exemption);
        SituationCondition.DoesNotClaimDiplomaExemption.IsMetBy(situation).Should().Be(!exemption);
        SituationCondition.RequestsAdaptedExams.IsMetBy(situation).Should().Be(adapted);
        SituationCondition.IsPublicEmployee.IsMetBy(situation).Should().Be(employee);
    }

    [Fact]
    [Trait("Rule", "PIECE-04")]
    public void The_standard_conditions_are_worded_in_French()
    {
        SituationCondition.ClaimsParentOfThreeExemption.Description.Should().Be("si vous demandez la dispense de diplôme des parents de trois enfants ou plus");
        SituationCondition.DoesNotClaimDiplomaExemption.Description.Should().Be("sauf si vous demandez la dispense de diplôme des parents de trois enfants ou plus");
        SituationCondition.RequestsAdaptedExams.Description.Should().Be("si vous demandez un aménagement des épreuves");
        SituationCondition.IsPublicEmployee.Description.Should().Be("si vous êtes agent public");
        SituationCondition.IsPublicEmployee.ToString().Should().Be("si vous êtes agent public");
    }

    [Fact]
    [Trait("Rule", "PIECE-04")]
    public void A_host_can_write_its_own_condition()
    {
        var condition = new SituationCondition("  si vous êtes agent public et demandez un aménagement  ", s => s.IsPublicEmployee && s.RequestsAdaptedExams);

        condition.Description.Should().Be("si vous êtes agent public et demandez un aménagement");
        condition.IsMetBy(new CandidateSituation(requestsAdaptedExams: true, isPublicEmployee: true)).Should().BeTrue();
        condition.IsMetBy(new CandidateSituation(isPublicEmployee: true)).Should().BeFalse();
    }

    [Fact]
    public void A_condition_needs_a_description_and_a_predicate()
    {
        var noDescription = () => new SituationCondition(null!, _ => true);
        var noPredicate = () => new SituationCondition("si vous êtes agent public", null!);

        noDescription.Should().Throw<ArgumentNullException>().WithParameterName("description");
        noPredicate.Should().Throw<ArgumentNullException>().WithParameterName("predicate");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("si vous\nêtes agent public")]
    [InlineData("si vous êtes \u202Eagent public")]
    public void A_blank_or_unprintable_description_is_refused(string description)
    {
        var create = () => new SituationCondition(description, _ => true);

        create.Should().Throw<ArgumentException>().WithParameterName("description");
    }

    [Fact]
    public void A_description_longer_than_300_characters_is_refused()
    {
        var create = () => new SituationCondition(new string('a', 301), _ => true);

        create.Should().Throw<ArgumentException>().WithParameterName("description");
        new SituationCondition(new string('a', 300), _ => true).Description.Should().HaveLength(300);
    }

    [Fact]
    public void A_condition_is_not_checked_against_a_null_situation()
    {
        var check = () => SituationCondition.IsPublicEmployee.IsMetBy(null!);

        check.Should().Throw<ArgumentNullException>().WithParameterName("situation");
    }
}

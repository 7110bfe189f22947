namespace Cdg.Inscription.Tests;

/// <summary>
/// A violation is a value: hosts compare the violations of two checks and store them. It logs
/// with its rule ID and code, and a <see cref="RuleViolationException"/> always carries at
/// least one.
/// </summary>
public sealed class RuleViolationTests
{
    private static readonly RuleViolation Late = new(RuleViolationCodes.ClosureDeadlinePassed, "DEAD-01", "La date limite est passée.");

    public static TheoryData<RuleViolation> DifferentByOneField => new()
    {
        new RuleViolation("closure.other", "DEAD-01", Late.Message),
        new RuleViolation(Late.Code, "DEAD-02", Late.Message),
        new RuleViolation(Late.Code, "DEAD-01", "Un autre message."),
        new RuleViolation(Late.Code, "DEAD-01", Late.Message, FormFields.FamilyName),
    };

    [Fact]
    public void Violations_with_the_same_code_rule_and_message_are_equal()
    {
        var same = new RuleViolation(Late.Code, Late.RuleId, Late.Message);

        same.Should().Be(Late);
        same.GetHashCode().Should().Be(Late.GetHashCode());
        Late.Equals((object?)null).Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(DifferentByOneField))]
    public void Violations_that_differ_in_code_rule_message_or_field_are_not_equal(RuleViolation other)
    {
        other.Should().NotBe(Late);
        Late.Equals(other).Should().BeFalse();
    }

    [Fact]
    public void A_violation_logs_as_its_rule_its_code_and_its_message()
    {
        Late.ToString().Should().Be($"[DEAD-01] {RuleViolationCodes.ClosureDeadlinePassed}: La date limite est passée.");
    }

    [Fact]
    public void A_violation_of_a_form_field_names_the_field_and_logs_it_and_other_violations_name_none()
    {
        var blank = new RuleViolation(RuleViolationCodes.InputMissing, "LIFE-01", "Indiquez votre nom de famille.", FormFields.FamilyName);

        Late.Field.Should().BeNull();
        blank.Field.Should().Be("familyName");
        blank.Should().Be(new RuleViolation(RuleViolationCodes.InputMissing, "LIFE-01", "Indiquez votre nom de famille.", FormFields.FamilyName));
        blank.ToString().Should().Be("[LIFE-01] input.missing (familyName): Indiquez votre nom de famille.");
    }

    [Fact]
    public void A_refusal_carries_at_least_one_violation_and_no_null()
    {
        var none = () => new RuleViolationException([]);
        var withNull = () => new RuleViolationException([Late, null!]);

        none.Should().Throw<ArgumentException>().WithParameterName("violations").WithMessage("At least one violation is needed*");
        withNull.Should().Throw<ArgumentException>().WithParameterName("violations");
        new RuleViolationException([Late, Late]).Message.Should().Be("La date limite est passée. La date limite est passée.");
    }
}

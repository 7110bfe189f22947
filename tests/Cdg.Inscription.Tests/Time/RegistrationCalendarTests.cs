using Cdg.Inscription.Time;
using NodaTime;
using static Cdg.Inscription.Tests.Support.Scenario;

namespace Cdg.Inscription.Tests.Time;

public sealed class RegistrationCalendarTests
{
    private static readonly Duration OneTick = Duration.FromTicks(1);

    [Fact]
    [Trait("Rule", "DEAD-05")]
    public void Pre_registration_until_19_April_and_filing_until_27_April_is_a_valid_calendar()
    {
        var calendar = new RegistrationCalendar(new LocalDate(2023, 3, 1), new LocalDate(2023, 4, 19), new LocalDate(2023, 4, 27), new LocalDate(2023, 6, 15));

        calendar.PreRegistrationOpens.Should().Be(new LocalDate(2023, 3, 1));
        calendar.PreRegistrationDeadline.Should().Be(new Deadline(new LocalDate(2023, 4, 19)));
        calendar.FilingDeadline.Should().Be(new Deadline(new LocalDate(2023, 4, 27)));
        calendar.FilingDeadline.End.Should().Be(Instant.FromUtc(2023, 4, 27, 22, 0));
        calendar.FirstExam.Should().Be(new LocalDate(2023, 6, 15));
    }

    [Fact]
    [Trait("Rule", "DEAD-05")]
    public void The_statutory_delay_between_the_end_of_pre_registration_and_the_closing_date_is_eight_days()
    {
        RegistrationCalendar.StatutoryPreRegistrationLeadDays.Should().Be(8);
        Calendar().PreRegistrationLeadDays.Should().Be(8);
    }

    [Fact]
    [Trait("Rule", "DEAD-05")]
    public void A_pre_registration_window_closing_on_20_April_for_filing_until_27_April_is_refused()
    {
        var create = () => new RegistrationCalendar(new LocalDate(2023, 3, 1), new LocalDate(2023, 4, 20), new LocalDate(2023, 4, 27), new LocalDate(2023, 6, 15));

        var violation = create.Should().Throw<RuleViolationException>().Which.Violations.Should().ContainSingle().Which;
        violation.Code.Should().Be(RuleViolationCodes.CalendarPreRegistrationTooLate);
        violation.RuleId.Should().Be("DEAD-05");
        violation.Message.Should().Be(
            "La préinscription doit se terminer au plus tard 8 jours avant la clôture des inscriptions (27 avril 2023), soit le 19 avril 2023 ; elle se termine le 20 avril 2023.");
    }

    [Fact]
    [Trait("Rule", "DEAD-05")]
    public void The_exception_of_a_refused_calendar_carries_the_code_and_the_French_message()
    {
        var create = () => new RegistrationCalendar(new LocalDate(2023, 3, 1), new LocalDate(2023, 4, 20), new LocalDate(2023, 4, 27), new LocalDate(2023, 6, 15));

        var exception = create.Should().Throw<RuleViolationException>().Which;
        exception.Has(RuleViolationCodes.CalendarPreRegistrationTooLate).Should().BeTrue();
        exception.Has(RuleViolationCodes.CalendarFirstExamBeforeClosing).Should().BeFalse();
        exception.Message.Should().Be(exception.Violations[0].Message);
    }

    [Theory]
    [Trait("Rule", "DEAD-05")]
    [InlineData(8, 19)]
    [InlineData(8, 1)]
    [InlineData(3, 24)]
    [InlineData(3, 20)]
    [InlineData(0, 27)]
    [InlineData(0, 20)]
    public void A_window_that_closes_early_enough_for_the_delay_in_force_is_accepted(int leadDays, int closesInApril)
    {
        var calendar = new RegistrationCalendar(new LocalDate(2023, 3, 1), new LocalDate(2023, 4, closesInApril), new LocalDate(2023, 4, 27), new LocalDate(2023, 6, 15), leadDays);

        calendar.PreRegistrationDeadline.Date.Should().Be(new LocalDate(2023, 4, closesInApril));
        calendar.PreRegistrationLeadDays.Should().Be(leadDays);
    }

    [Theory]
    [Trait("Rule", "DEAD-05")]
    [InlineData(8, 20)]
    [InlineData(8, 27)]
    [InlineData(3, 25)]
    [InlineData(0, 28)]
    public void A_window_that_closes_too_late_for_the_delay_in_force_is_refused(int leadDays, int closesInApril)
    {
        var create = () => new RegistrationCalendar(new LocalDate(2023, 3, 1), new LocalDate(2023, 4, closesInApril), new LocalDate(2023, 4, 27), new LocalDate(2023, 6, 15), leadDays);

        create.Should().Throw<RuleViolationException>()
            .Which.Violations.Should().ContainSingle()
            .Which.Code.Should().Be(RuleViolationCodes.CalendarPreRegistrationTooLate);
    }

    [Fact]
    [Trait("Rule", "DEAD-05")]
    public void A_joint_exam_with_a_three_day_delay_accepts_pre_registration_until_20_April()
    {
        var calendar = new RegistrationCalendar(new LocalDate(2023, 3, 1), new LocalDate(2023, 4, 20), new LocalDate(2023, 4, 27), new LocalDate(2023, 6, 15), preRegistrationLeadDays: 3);

        calendar.PreRegistrationDeadline.End.Should().Be(Instant.FromUtc(2023, 4, 20, 22, 0));
    }

    [Theory]
    [Trait("Rule", "DEAD-05")]
    [InlineData(1, "1 jour avant la clôture des inscriptions (27 avril 2023), soit le 26 avril 2023")]
    [InlineData(0, "le jour de la clôture des inscriptions (27 avril 2023), soit le 27 avril 2023")]
    public void The_message_for_a_delay_of_one_day_or_none_reads_correctly(int leadDays, string expected)
    {
        var create = () => new RegistrationCalendar(new LocalDate(2023, 3, 1), new LocalDate(2023, 4, 28), new LocalDate(2023, 4, 27), new LocalDate(2023, 6, 15), leadDays);

        create.Should().Throw<RuleViolationException>().Which.Violations.Should().ContainSingle().Which.Message.Should().Be(
            $"La préinscription doit se terminer au plus tard {expected} ; elle se termine le 28 avril 2023.");
    }

    [Fact]
    [Trait("Rule", "DEAD-05")]
    public void The_message_for_another_delay_states_that_delay()
    {
        var create = () => new RegistrationCalendar(new LocalDate(2023, 3, 1), new LocalDate(2023, 4, 25), new LocalDate(2023, 4, 27), new LocalDate(2023, 6, 15), preRegistrationLeadDays: 3);

        create.Should().Throw<RuleViolationException>().Which.Violations.Should().ContainSingle().Which.Message.Should().Be(
            "La préinscription doit se terminer au plus tard 3 jours avant la clôture des inscriptions (27 avril 2023), soit le 24 avril 2023 ; elle se termine le 25 avril 2023.");
    }

    [Fact]
    [Trait("Rule", "DEAD-05")]
    public void A_window_that_closes_before_it_opens_is_refused()
    {
        var create = () => new RegistrationCalendar(new LocalDate(2023, 4, 10), new LocalDate(2023, 3, 1), new LocalDate(2023, 4, 27), new LocalDate(2023, 6, 15));

        var violation = create.Should().Throw<RuleViolationException>().Which.Violations.Should().ContainSingle().Which;
        violation.Code.Should().Be(RuleViolationCodes.CalendarPreRegistrationWindowInverted);
        violation.RuleId.Should().Be("DEAD-05");
        violation.Message.Should().Be("La fin de la préinscription (1er mars 2023) précède son ouverture (10 avril 2023).");
    }

    [Fact]
    [Trait("Rule", "DEAD-05")]
    public void A_window_of_a_single_day_is_accepted()
    {
        var calendar = new RegistrationCalendar(new LocalDate(2023, 4, 19), new LocalDate(2023, 4, 19), new LocalDate(2023, 4, 27), new LocalDate(2023, 6, 15));

        calendar.IsPreRegistrationOpenAt(Paris(2023, 4, 19, 12, 0)).Should().BeTrue();
    }

    [Fact]
    [Trait("Rule", "DEAD-05")]
    public void A_first_exam_before_the_closing_date_is_refused()
    {
        var create = () => new RegistrationCalendar(new LocalDate(2023, 3, 1), new LocalDate(2023, 4, 19), new LocalDate(2023, 4, 27), new LocalDate(2023, 4, 26));

        var violation = create.Should().Throw<RuleViolationException>().Which.Violations.Should().ContainSingle().Which;
        violation.Code.Should().Be(RuleViolationCodes.CalendarFirstExamBeforeClosing);
        violation.RuleId.Should().Be("DEAD-05");
        violation.Message.Should().Be("La première épreuve (26 avril 2023) ne peut pas précéder la clôture des inscriptions (27 avril 2023).");
    }

    [Fact]
    [Trait("Rule", "DEAD-05")]
    public void A_first_exam_on_the_closing_date_is_accepted()
    {
        var calendar = new RegistrationCalendar(new LocalDate(2023, 3, 1), new LocalDate(2023, 4, 19), new LocalDate(2023, 4, 27), new LocalDate(2023, 4, 27));

        calendar.FirstExam.Should().Be(calendar.FilingDeadline.Date);
    }

    [Fact]
    [Trait("Rule", "DEAD-05")]
    public void Several_faults_at_once_give_one_violation_each_in_the_order_they_are_checked()
    {
        var create = () => new RegistrationCalendar(new LocalDate(2023, 4, 25), new LocalDate(2023, 4, 22), new LocalDate(2023, 4, 27), new LocalDate(2023, 4, 1));

        var exception = create.Should().Throw<RuleViolationException>().Which;
        exception.Violations.Select(v => v.Code).Should().Equal(
            RuleViolationCodes.CalendarPreRegistrationWindowInverted,
            RuleViolationCodes.CalendarPreRegistrationTooLate,
            RuleViolationCodes.CalendarFirstExamBeforeClosing);
        exception.Violations.Should().OnlyContain(v => v.RuleId == "DEAD-05");
        exception.Message.Should().Be(string.Join(" ", exception.Violations.Select(v => v.Message)));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void A_negative_delay_is_a_programming_error(int leadDays)
    {
        var create = () => new RegistrationCalendar(new LocalDate(2023, 3, 1), new LocalDate(2023, 4, 19), new LocalDate(2023, 4, 27), new LocalDate(2023, 6, 15), leadDays);

        create.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("preRegistrationLeadDays").WithMessage("*from 0 to 366 days*");
    }

    [Fact]
    [Trait("Rule", "DEAD-05")]
    public void Pre_registration_is_open_from_the_first_instant_of_the_opening_day_in_Paris()
    {
        var calendar = Calendar();

        calendar.IsPreRegistrationOpenAt(Paris(2023, 3, 1, 0, 0)).Should().BeTrue();
        calendar.IsPreRegistrationOpenAt(Instant.FromUtc(2023, 2, 28, 23, 0)).Should().BeTrue();
    }

    [Fact]
    [Trait("Rule", "DEAD-05")]
    public void Pre_registration_is_not_open_one_tick_before_the_opening_day_starts_in_Paris()
    {
        Calendar().IsPreRegistrationOpenAt(Instant.FromUtc(2023, 2, 28, 23, 0) - OneTick).Should().BeFalse();
    }

    [Fact]
    [Trait("Rule", "DEAD-05")]
    public void Pre_registration_is_open_until_the_last_tick_of_the_closing_day_in_Paris()
    {
        var calendar = Calendar();

        calendar.IsPreRegistrationOpenAt(Paris(2023, 4, 19, 23, 59, 59, 999)).Should().BeTrue();
        calendar.IsPreRegistrationOpenAt(Instant.FromUtc(2023, 4, 19, 22, 0) - OneTick).Should().BeTrue();
    }

    [Fact]
    [Trait("Rule", "DEAD-05")]
    public void Pre_registration_is_closed_from_the_end_of_the_closing_day_in_Paris()
    {
        var calendar = Calendar();

        calendar.IsPreRegistrationOpenAt(Instant.FromUtc(2023, 4, 19, 22, 0)).Should().BeFalse();
        calendar.IsPreRegistrationOpenAt(Paris(2023, 4, 20, 0, 0)).Should().BeFalse();
        calendar.IsPreRegistrationOpenAt(Paris(2023, 4, 27, 12, 0)).Should().BeFalse();
    }

    [Fact]
    [Trait("Rule", "DEAD-05")]
    public void Pre_registration_is_open_in_the_middle_of_the_window()
    {
        Calendar().IsPreRegistrationOpenAt(Paris(2023, 4, 1, 12, 0)).Should().BeTrue();
    }

    [Fact]
    public void Calendars_with_the_same_dates_and_delay_are_equal()
    {
        var a = Calendar();
        var b = Calendar();

        a.Equals(b).Should().BeTrue();
        a.Equals((object)b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Calendars_that_differ_in_a_date_or_in_the_delay_are_not_equal()
    {
        var calendar = Calendar();

        calendar.Equals(new RegistrationCalendar(PreRegistrationOpens, PreRegistrationCloses, ClosingDate, FirstExam, 3)).Should().BeFalse();
        calendar.Equals(new RegistrationCalendar(PreRegistrationOpens.PlusDays(1), PreRegistrationCloses, ClosingDate, FirstExam)).Should().BeFalse();
        calendar.Equals(new RegistrationCalendar(PreRegistrationOpens, PreRegistrationCloses.PlusDays(-1), ClosingDate, FirstExam)).Should().BeFalse();
        calendar.Equals(new RegistrationCalendar(PreRegistrationOpens, PreRegistrationCloses, ClosingDate.PlusDays(1), FirstExam)).Should().BeFalse();
        calendar.Equals(new RegistrationCalendar(PreRegistrationOpens, PreRegistrationCloses, ClosingDate, FirstExam.PlusDays(1))).Should().BeFalse();
        calendar.Equals(null).Should().BeFalse();
    }
}

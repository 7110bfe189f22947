using Cdg.Inscription.Pieces;
using NodaTime;

namespace Cdg.Inscription.Tests.Pieces;

public sealed class ValidityWindowTests
{
    private static readonly LocalDate FirstExam = new(2023, 6, 15);

    [Fact]
    [Trait("Rule", "PIECE-04")]
    public void A_document_issued_six_months_before_the_first_exam_minus_one_day_is_the_oldest_accepted()
    {
        ValidityWindow.SixMonthsBeforeFirstExam.EarliestIssueFor(FirstExam).Should().Be(new LocalDate(2022, 12, 16));
    }

    [Theory]
    [Trait("Rule", "PIECE-04")]
    [InlineData(2022, 12, 16, true)]
    [InlineData(2023, 3, 1, true)]
    [InlineData(2023, 6, 15, true)]
    [InlineData(2022, 12, 15, false)]
    [InlineData(2022, 6, 15, false)]
    [InlineData(2023, 6, 16, false)]
    public void A_medical_certificate_must_be_issued_less_than_six_months_before_the_first_exam_and_not_after_it(int year, int month, int day, bool accepted)
    {
        ValidityWindow.SixMonthsBeforeFirstExam.Accepts(new LocalDate(year, month, day), FirstExam).Should().Be(accepted);
    }

    [Theory]
    [Trait("Rule", "PIECE-04")]
    [InlineData(2023, 8, 31, 2023, 3, 1)]
    [InlineData(2024, 3, 31, 2023, 10, 1)]
    [InlineData(2024, 1, 10, 2023, 7, 11)]
    public void The_earliest_date_of_issue_follows_the_calendar_months(int examYear, int examMonth, int examDay, int year, int month, int day)
    {
        var firstExam = new LocalDate(examYear, examMonth, examDay);
        var earliest = new LocalDate(year, month, day);

        ValidityWindow.SixMonthsBeforeFirstExam.EarliestIssueFor(firstExam).Should().Be(earliest);
        ValidityWindow.SixMonthsBeforeFirstExam.Accepts(earliest, firstExam).Should().BeTrue();
        ValidityWindow.SixMonthsBeforeFirstExam.Accepts(earliest.PlusDays(-1), firstExam).Should().BeFalse();
    }

    [Fact]
    [Trait("Rule", "PIECE-04")]
    public void A_host_can_set_another_period()
    {
        var window = new ValidityWindow(Period.FromMonths(3));

        window.MaximumAgeAtFirstExam.Should().Be(Period.FromMonths(3));
        window.EarliestIssueFor(FirstExam).Should().Be(new LocalDate(2023, 3, 16));
        window.Accepts(new LocalDate(2023, 3, 15), FirstExam).Should().BeFalse();
    }

    [Fact]
    public void A_one_day_period_accepts_only_the_day_of_the_first_exam()
    {
        var window = new ValidityWindow(Period.FromDays(1));

        window.Accepts(FirstExam, FirstExam).Should().BeTrue();
        window.Accepts(FirstExam.PlusDays(-1), FirstExam).Should().BeFalse();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(-180)]
    public void A_period_that_is_not_positive_is_refused(int days)
    {
        var create = () => new ValidityWindow(Period.FromDays(days));

        create.Should().Throw<ArgumentException>().WithParameterName("maximumAgeAtFirstExam");
    }

    [Fact]
    public void A_negative_number_of_months_is_refused()
    {
        var create = () => new ValidityWindow(Period.FromMonths(-6));

        create.Should().Throw<ArgumentException>().WithParameterName("maximumAgeAtFirstExam");
    }

    [Fact]
    public void A_window_needs_a_period()
    {
        var create = () => new ValidityWindow(null!);

        create.Should().Throw<ArgumentNullException>().WithParameterName("maximumAgeAtFirstExam");
    }

    [Fact]
    public void Windows_of_the_same_period_are_equal_whatever_its_units()
    {
        var twoWeeks = new ValidityWindow(Period.FromWeeks(2));
        var fourteenDays = new ValidityWindow(Period.FromDays(14));

        twoWeeks.Equals(fourteenDays).Should().BeTrue();
        twoWeeks.Equals((object)fourteenDays).Should().BeTrue();
        twoWeeks.GetHashCode().Should().Be(fourteenDays.GetHashCode());
        new ValidityWindow(Period.FromMonths(6)).Should().Be(ValidityWindow.SixMonthsBeforeFirstExam);
    }

    [Fact]
    public void Windows_of_different_periods_are_not_equal()
    {
        ValidityWindow.SixMonthsBeforeFirstExam.Equals(new ValidityWindow(Period.FromMonths(3))).Should().BeFalse();
        ValidityWindow.SixMonthsBeforeFirstExam.Equals(null).Should().BeFalse();
    }

    [Fact]
    [Trait("Rule", "PIECE-04")]
    public void A_validity_window_logs_as_the_age_it_allows()
    {
        ValidityWindow.SixMonthsBeforeFirstExam.ToString().Should().Be("issued less than P6M before the first exam");
    }
}

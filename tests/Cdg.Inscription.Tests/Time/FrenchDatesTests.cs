using Cdg.Inscription.Time;
using NodaTime;

namespace Cdg.Inscription.Tests.Time;

/// <summary>
/// Dates, times and durations as French notices write them: "1er" for the first of a month, hours
/// without a leading zero ("2 h 00"), instants in metropolitan time, durations in days, hours and
/// minutes, whatever the machine's culture.
/// </summary>
public sealed class FrenchDatesTests
{
    [Theory]
    [InlineData(2023, 5, 1, "1er mai 2023")]
    [InlineData(2023, 1, 1, "1er janvier 2023")]
    [InlineData(2023, 5, 2, "2 mai 2023")]
    [InlineData(2023, 4, 21, "21 avril 2023")]
    [InlineData(2023, 4, 27, "27 avril 2023")]
    [InlineData(2024, 2, 29, "29 février 2024")]
    public void A_date_reads_with_1er_for_the_first_of_the_month_and_the_number_otherwise(int year, int month, int day, string expected)
    {
        FrenchDates.Format(new LocalDate(year, month, day)).Should().Be(expected);
    }

    [Fact]
    public void Every_month_has_its_French_name_in_lowercase()
    {
        var months = Enumerable.Range(1, 12).Select(m => FrenchDates.Format(new LocalDate(2023, m, 15)));

        months.Should().Equal(
            "15 janvier 2023", "15 février 2023", "15 mars 2023", "15 avril 2023", "15 mai 2023", "15 juin 2023",
            "15 juillet 2023", "15 août 2023", "15 septembre 2023", "15 octobre 2023", "15 novembre 2023", "15 décembre 2023");
    }

    [Theory]
    [Trait("Rule", "DEAD-03")]
    [InlineData(2023, 4, 28, 2, 0, "28 avril 2023 à 2 h 00")]
    [InlineData(2023, 4, 28, 0, 5, "28 avril 2023 à 0 h 05")]
    [InlineData(2023, 4, 27, 9, 30, "27 avril 2023 à 9 h 30")]
    [InlineData(2023, 4, 27, 18, 0, "27 avril 2023 à 18 h 00")]
    [InlineData(2023, 5, 1, 23, 59, "1er mai 2023 à 23 h 59")]
    public void A_date_and_time_reads_with_the_hour_without_a_leading_zero_and_the_minutes_on_two_digits(int year, int month, int day, int hour, int minute, string expected)
    {
        FrenchDates.Format(new LocalDateTime(year, month, day, hour, minute)).Should().Be(expected);
    }

    [Fact]
    [Trait("Rule", "DEAD-03")]
    public void A_date_and_time_drops_the_seconds()
    {
        FrenchDates.Format(new LocalDateTime(2023, 4, 27, 23, 59, 59, 999)).Should().Be("27 avril 2023 à 23 h 59");
    }

    [Fact]
    [Trait("Rule", "DEAD-01")]
    public void An_instant_reads_in_metropolitan_time_and_says_so()
    {
        FrenchDates.Format(Instant.FromUtc(2023, 4, 27, 21, 59)).Should().Be("27 avril 2023 à 23 h 59 (heure métropolitaine)");
    }

    [Theory]
    [Trait("Rule", "DEAD-02")]
    [InlineData(2023, 1, 15, 8, 5, "15 janvier 2023 à 9 h 05 (heure métropolitaine)")]
    [InlineData(2023, 4, 30, 22, 0, "1er mai 2023 à 0 h 00 (heure métropolitaine)")]
    [InlineData(2023, 10, 29, 0, 30, "29 octobre 2023 à 2 h 30 (heure métropolitaine)")]
    [InlineData(2023, 10, 29, 1, 30, "29 octobre 2023 à 2 h 30 (heure métropolitaine)")]
    public void An_instant_reads_with_the_offset_in_force_in_Paris_on_that_day(int year, int month, int day, int hour, int minute, string expected)
    {
        FrenchDates.Format(Instant.FromUtc(year, month, day, hour, minute)).Should().Be(expected);
    }

    [Fact]
    public void A_duration_reads_in_days_hours_and_minutes()
    {
        var duration = Duration.FromDays(7) + Duration.FromHours(8) + Duration.FromMinutes(30);

        FrenchDates.Format(duration).Should().Be("7 jours, 8 heures et 30 minutes");
    }

    [Theory]
    [InlineData(1, 0, 0, "1 jour")]
    [InlineData(0, 1, 0, "1 heure")]
    [InlineData(0, 0, 1, "1 minute")]
    [InlineData(2, 0, 0, "2 jours")]
    [InlineData(0, 5, 0, "5 heures")]
    [InlineData(0, 0, 45, "45 minutes")]
    [InlineData(1, 1, 1, "1 jour, 1 heure et 1 minute")]
    [InlineData(2, 0, 1, "2 jours et 1 minute")]
    [InlineData(0, 3, 15, "3 heures et 15 minutes")]
    [InlineData(10, 23, 0, "10 jours et 23 heures")]
    public void A_duration_names_only_its_non_zero_parts_singular_or_plural(int days, int hours, int minutes, string expected)
    {
        var duration = Duration.FromDays(days) + Duration.FromHours(hours) + Duration.FromMinutes(minutes);

        FrenchDates.Format(duration).Should().Be(expected);
    }

    [Fact]
    public void A_duration_drops_its_seconds()
    {
        FrenchDates.Format(Duration.FromHours(1) + Duration.FromSeconds(59)).Should().Be("1 heure");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(59_999)]
    public void A_duration_under_a_minute_reads_less_than_a_minute(long milliseconds)
    {
        FrenchDates.Format(Duration.FromMilliseconds(milliseconds)).Should().Be("moins d'une minute");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(-60_000)]
    [InlineData(-86_400_000)]
    public void A_negative_duration_reads_as_less_than_a_minute(long milliseconds)
    {
        FrenchDates.Format(Duration.FromMilliseconds(milliseconds)).Should().Be("moins d'une minute");
    }

    [Fact]
    [Trait("Rule", "DEAD-01")]
    public void The_time_left_before_a_deadline_reads_in_French()
    {
        var deadline = new Deadline(new LocalDate(2023, 4, 27));

        FrenchDates.Format(deadline.TimeLeftAt(Instant.FromUtc(2023, 4, 20, 13, 30))).Should().Be("7 jours, 8 heures et 30 minutes");
        FrenchDates.Format(deadline.TimeLeftAt(deadline.End)).Should().Be("moins d'une minute");
    }
}

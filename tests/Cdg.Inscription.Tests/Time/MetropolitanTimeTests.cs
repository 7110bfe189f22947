using Cdg.Inscription.Time;
using NodaTime;

namespace Cdg.Inscription.Tests.Time;

public sealed class MetropolitanTimeTests
{
    private static readonly Duration OneTick = Duration.FromTicks(1);

    [Fact]
    [Trait("Rule", "DEAD-03")]
    public void Metropolitan_time_is_the_Europe_Paris_zone_of_the_tz_database()
    {
        MetropolitanTime.ZoneId.Should().Be("Europe/Paris");
        MetropolitanTime.Zone.Id.Should().Be("Europe/Paris");
        MetropolitanTime.Zone.Should().BeSameAs(DateTimeZoneProviders.Tzdb["Europe/Paris"]);
    }

    [Theory]
    [Trait("Rule", "DEAD-02")]
    [InlineData(2023, 4, 27, 2023, 4, 26, 22)]
    [InlineData(2023, 3, 25, 2023, 3, 24, 23)]
    [InlineData(2023, 3, 26, 2023, 3, 25, 23)]
    [InlineData(2023, 3, 27, 2023, 3, 26, 22)]
    [InlineData(2023, 10, 28, 2023, 10, 27, 22)]
    [InlineData(2023, 10, 29, 2023, 10, 28, 22)]
    [InlineData(2023, 10, 30, 2023, 10, 29, 23)]
    [InlineData(2024, 1, 1, 2023, 12, 31, 23)]
    public void A_date_starts_at_midnight_Paris_time_with_the_offset_in_force_then(int year, int month, int day, int utcYear, int utcMonth, int utcDay, int utcHour)
    {
        MetropolitanTime.StartOf(new LocalDate(year, month, day)).Should().Be(Instant.FromUtc(utcYear, utcMonth, utcDay, utcHour, 0));
    }

    [Theory]
    [Trait("Rule", "DEAD-01")]
    [Trait("Rule", "DEAD-02")]
    [InlineData(2023, 4, 27, 22)]
    [InlineData(2023, 3, 25, 23)]
    [InlineData(2023, 3, 26, 22)]
    [InlineData(2023, 10, 28, 22)]
    [InlineData(2023, 10, 29, 23)]
    public void A_date_ends_at_midnight_Paris_time_with_the_offset_in_force_then(int year, int month, int day, int utcHour)
    {
        MetropolitanTime.EndOf(new LocalDate(year, month, day)).Should().Be(Instant.FromUtc(year, month, day, utcHour, 0));
    }

    [Theory]
    [Trait("Rule", "DEAD-02")]
    [InlineData(2023, 3, 26, 23)]
    [InlineData(2023, 10, 29, 25)]
    [InlineData(2023, 3, 25, 24)]
    [InlineData(2023, 10, 28, 24)]
    [InlineData(2023, 4, 27, 24)]
    public void The_days_on_which_the_clocks_change_last_23_or_25_hours(int year, int month, int day, int hours)
    {
        var date = new LocalDate(year, month, day);

        (MetropolitanTime.EndOf(date) - MetropolitanTime.StartOf(date)).Should().Be(Duration.FromHours(hours));
    }

    [Fact]
    [Trait("Rule", "DEAD-02")]
    public void Every_day_of_2023_and_2024_ends_where_the_next_one_starts_and_every_instant_of_it_belongs_to_it()
    {
        for (var date = new LocalDate(2023, 1, 1); date < new LocalDate(2025, 1, 1); date = date.PlusDays(1))
        {
            MetropolitanTime.EndOf(date).Should().Be(MetropolitanTime.StartOf(date.PlusDays(1)));
            MetropolitanTime.DateAt(MetropolitanTime.StartOf(date)).Should().Be(date);
            MetropolitanTime.DateAt(MetropolitanTime.EndOf(date) - OneTick).Should().Be(date);
            MetropolitanTime.DateAt(MetropolitanTime.StartOf(date) - OneTick).Should().Be(date.PlusDays(-1));
        }
    }

    [Theory]
    [Trait("Rule", "DEAD-02")]
    [InlineData(2023, 3, 25, 22, 59, 2023, 3, 25)]
    [InlineData(2023, 3, 25, 23, 0, 2023, 3, 26)]
    [InlineData(2023, 3, 26, 0, 59, 2023, 3, 26)]
    [InlineData(2023, 3, 26, 1, 0, 2023, 3, 26)]
    [InlineData(2023, 3, 26, 21, 59, 2023, 3, 26)]
    [InlineData(2023, 3, 26, 22, 0, 2023, 3, 27)]
    [InlineData(2023, 10, 28, 21, 59, 2023, 10, 28)]
    [InlineData(2023, 10, 28, 22, 0, 2023, 10, 29)]
    [InlineData(2023, 10, 29, 0, 30, 2023, 10, 29)]
    [InlineData(2023, 10, 29, 1, 30, 2023, 10, 29)]
    [InlineData(2023, 10, 29, 22, 59, 2023, 10, 29)]
    [InlineData(2023, 10, 29, 23, 0, 2023, 10, 30)]
    public void The_date_at_an_instant_is_the_calendar_date_in_Paris(int year, int month, int day, int hour, int minute, int parisYear, int parisMonth, int parisDay)
    {
        MetropolitanTime.DateAt(Instant.FromUtc(year, month, day, hour, minute)).Should().Be(new LocalDate(parisYear, parisMonth, parisDay));
    }

    [Fact]
    [Trait("Rule", "DEAD-01")]
    public void The_date_at_the_last_tick_of_27_April_2023_is_still_the_27th()
    {
        MetropolitanTime.DateAt(Instant.FromUtc(2023, 4, 27, 22, 0) - OneTick).Should().Be(new LocalDate(2023, 4, 27));
        MetropolitanTime.DateAt(Instant.FromUtc(2023, 4, 27, 22, 0)).Should().Be(new LocalDate(2023, 4, 28));
    }
}

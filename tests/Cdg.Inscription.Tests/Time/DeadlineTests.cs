using Cdg.Inscription.Time;
using NodaTime;
using static Cdg.Inscription.Tests.Support.Scenario;

namespace Cdg.Inscription.Tests.Time;

public sealed class DeadlineTests
{
    private static readonly Duration OneTick = Duration.FromTicks(1);

    private static readonly Deadline ClosingDeadline = new(ClosingDate);

    [Fact]
    [Trait("Rule", "DEAD-01")]
    public void The_27_April_2023_deadline_ends_at_22_00_UTC_on_the_27th()
    {
        ClosingDeadline.Date.Should().Be(new LocalDate(2023, 4, 27));
        ClosingDeadline.End.Should().Be(Instant.FromUtc(2023, 4, 27, 22, 0, 0));
    }

    [Fact]
    [Trait("Rule", "DEAD-01")]
    public void An_action_at_23_59_59_999_Paris_time_on_the_closing_date_is_in_time()
    {
        ClosingDeadline.IsMetAt(Paris(2023, 4, 27, 23, 59, 59, 999)).Should().BeTrue();
    }

    [Fact]
    [Trait("Rule", "DEAD-01")]
    public void An_action_at_midnight_Paris_time_on_the_next_day_is_late()
    {
        ClosingDeadline.IsMetAt(Paris(2023, 4, 28, 0, 0, 0)).Should().BeFalse();
    }

    [Fact]
    [Trait("Rule", "DEAD-01")]
    public void An_action_one_tick_before_midnight_Paris_time_is_in_time()
    {
        ClosingDeadline.IsMetAt(Instant.FromUtc(2023, 4, 27, 22, 0) - OneTick).Should().BeTrue();
    }

    [Fact]
    [Trait("Rule", "DEAD-01")]
    public void An_action_one_nanosecond_before_midnight_Paris_time_is_in_time()
    {
        ClosingDeadline.IsMetAt(Instant.FromUtc(2023, 4, 27, 22, 0) - Duration.Epsilon).Should().BeTrue();
    }

    [Fact]
    [Trait("Rule", "DEAD-01")]
    public void An_action_at_the_end_instant_itself_is_late()
    {
        ClosingDeadline.IsMetAt(Instant.FromUtc(2023, 4, 27, 22, 0)).Should().BeFalse();
    }

    [Fact]
    [Trait("Rule", "DEAD-01")]
    public void An_action_one_tick_after_the_end_is_late()
    {
        ClosingDeadline.IsMetAt(Instant.FromUtc(2023, 4, 27, 22, 0) + OneTick).Should().BeFalse();
    }

    [Fact]
    [Trait("Rule", "DEAD-01")]
    public void An_action_earlier_on_the_closing_date_or_before_it_is_in_time()
    {
        ClosingDeadline.IsMetAt(Paris(2023, 4, 27, 0, 0)).Should().BeTrue();
        ClosingDeadline.IsMetAt(Paris(2023, 4, 1, 9, 30)).Should().BeTrue();
    }

    [Fact]
    [Trait("Rule", "DEAD-01")]
    public void The_time_left_is_the_duration_until_the_end()
    {
        var at = Paris(2023, 4, 20, 15, 30);

        ClosingDeadline.TimeLeftAt(at).Should().Be(Duration.FromDays(7) + Duration.FromHours(8) + Duration.FromMinutes(30));
        ClosingDeadline.TimeLeftAt(at).Should().Be(ClosingDeadline.End - at);
    }

    [Fact]
    [Trait("Rule", "DEAD-01")]
    public void One_tick_before_the_end_one_tick_is_left()
    {
        ClosingDeadline.TimeLeftAt(ClosingDeadline.End - OneTick).Should().Be(OneTick);
    }

    [Fact]
    [Trait("Rule", "DEAD-01")]
    public void No_time_is_left_at_the_end_and_after_it()
    {
        ClosingDeadline.TimeLeftAt(ClosingDeadline.End).Should().Be(Duration.Zero);
        ClosingDeadline.TimeLeftAt(ClosingDeadline.End + OneTick).Should().Be(Duration.Zero);
        ClosingDeadline.TimeLeftAt(Paris(2023, 5, 15, 10, 0)).Should().Be(Duration.Zero);
    }

    [Theory]
    [Trait("Rule", "DEAD-01")]
    [InlineData(2023, 4, 27, "le 27 avril 2023 avant minuit (heure métropolitaine)")]
    [InlineData(2023, 5, 1, "le 1er mai 2023 avant minuit (heure métropolitaine)")]
    [InlineData(2023, 8, 15, "le 15 août 2023 avant minuit (heure métropolitaine)")]
    [InlineData(2024, 2, 2, "le 2 février 2024 avant minuit (heure métropolitaine)")]
    [InlineData(2023, 12, 31, "le 31 décembre 2023 avant minuit (heure métropolitaine)")]
    public void The_deadline_is_described_in_French_as_the_notices_write_it(int year, int month, int day, string expected)
    {
        new Deadline(new LocalDate(year, month, day)).Describe().Should().Be(expected);
    }

    [Theory]
    [Trait("Rule", "DEAD-02")]
    [InlineData(2023, 10, 29, 23)]
    [InlineData(2023, 3, 26, 22)]
    [InlineData(2023, 3, 25, 23)]
    [InlineData(2023, 10, 28, 22)]
    [InlineData(2023, 1, 15, 23)]
    [InlineData(2023, 7, 14, 22)]
    [InlineData(2023, 12, 31, 23)]
    [InlineData(2024, 2, 29, 23)]
    public void A_deadline_ends_at_midnight_Paris_time_with_the_offset_in_force_on_its_date(int year, int month, int day, int endHourUtc)
    {
        new Deadline(new LocalDate(year, month, day)).End.Should().Be(Instant.FromUtc(year, month, day, endHourUtc, 0));
    }

    [Fact]
    [Trait("Rule", "DEAD-02")]
    public void On_the_night_summer_time_ends_the_last_tick_before_midnight_Paris_time_is_in_time()
    {
        var deadline = new Deadline(new LocalDate(2023, 10, 29));

        deadline.IsMetAt(Paris(2023, 10, 29, 23, 59, 59, 999)).Should().BeTrue();
        deadline.IsMetAt(Instant.FromUtc(2023, 10, 29, 23, 0) - OneTick).Should().BeTrue();
        deadline.IsMetAt(Instant.FromUtc(2023, 10, 29, 23, 0)).Should().BeFalse();
        deadline.IsMetAt(Paris(2023, 10, 30, 0, 0)).Should().BeFalse();
    }

    [Fact]
    [Trait("Rule", "DEAD-02")]
    public void On_the_night_summer_time_starts_the_last_tick_before_midnight_Paris_time_is_in_time()
    {
        var deadline = new Deadline(new LocalDate(2023, 3, 26));

        deadline.IsMetAt(Paris(2023, 3, 26, 23, 59, 59, 999)).Should().BeTrue();
        deadline.IsMetAt(Instant.FromUtc(2023, 3, 26, 22, 0) - OneTick).Should().BeTrue();
        deadline.IsMetAt(Instant.FromUtc(2023, 3, 26, 22, 0)).Should().BeFalse();
        deadline.IsMetAt(Paris(2023, 3, 27, 0, 0)).Should().BeFalse();
    }

    [Theory]
    [Trait("Rule", "DEAD-03")]
    [InlineData("Indian/Reunion", 2023, 4, 28, 2, 0)]
    [InlineData("America/Guadeloupe", 2023, 4, 27, 18, 0)]
    [InlineData("America/Martinique", 2023, 4, 27, 18, 0)]
    [InlineData("America/Cayenne", 2023, 4, 27, 19, 0)]
    [InlineData("America/Miquelon", 2023, 4, 27, 20, 0)]
    [InlineData("Indian/Mayotte", 2023, 4, 28, 1, 0)]
    [InlineData("Pacific/Noumea", 2023, 4, 28, 9, 0)]
    [InlineData("Pacific/Tahiti", 2023, 4, 27, 12, 0)]
    [InlineData("Pacific/Wallis", 2023, 4, 28, 10, 0)]
    [InlineData("Europe/Paris", 2023, 4, 28, 0, 0)]
    public void The_end_is_shown_in_the_candidate_s_own_zone(string zoneId, int year, int month, int day, int hour, int minute)
    {
        var end = ClosingDeadline.EndIn(DateTimeZoneProviders.Tzdb[zoneId]);

        end.LocalDateTime.Should().Be(new LocalDateTime(year, month, day, hour, minute));
        end.Zone.Id.Should().Be(zoneId);
    }

    [Theory]
    [Trait("Rule", "DEAD-03")]
    [InlineData("Indian/Reunion")]
    [InlineData("America/Guadeloupe")]
    [InlineData("America/Martinique")]
    [InlineData("America/Cayenne")]
    [InlineData("America/Miquelon")]
    [InlineData("Indian/Mayotte")]
    [InlineData("Pacific/Noumea")]
    [InlineData("Pacific/Tahiti")]
    [InlineData("Pacific/Wallis")]
    public void The_end_is_the_same_instant_whatever_the_zone(string zoneId)
    {
        ClosingDeadline.EndIn(DateTimeZoneProviders.Tzdb[zoneId]).ToInstant().Should().Be(Instant.FromUtc(2023, 4, 27, 22, 0));
    }

    [Fact]
    [Trait("Rule", "DEAD-03")]
    [Trait("Rule", "DEAD-01")]
    public void A_candidate_in_La_Reunion_is_in_time_until_02_00_local_time_on_the_28th()
    {
        var reunion = DateTimeZoneProviders.Tzdb["Indian/Reunion"];

        ClosingDeadline.IsMetAt(reunion.AtStrictly(new LocalDateTime(2023, 4, 28, 1, 59, 59, 999)).ToInstant()).Should().BeTrue();
        ClosingDeadline.IsMetAt(reunion.AtStrictly(new LocalDateTime(2023, 4, 28, 2, 0)).ToInstant()).Should().BeFalse();
    }

    [Fact]
    [Trait("Rule", "DEAD-03")]
    [Trait("Rule", "DEAD-01")]
    public void A_candidate_in_Guadeloupe_is_late_from_18_00_local_time_on_the_27th()
    {
        var guadeloupe = DateTimeZoneProviders.Tzdb["America/Guadeloupe"];

        ClosingDeadline.IsMetAt(guadeloupe.AtStrictly(new LocalDateTime(2023, 4, 27, 17, 59, 59, 999)).ToInstant()).Should().BeTrue();
        ClosingDeadline.IsMetAt(guadeloupe.AtStrictly(new LocalDateTime(2023, 4, 27, 18, 0)).ToInstant()).Should().BeFalse();
    }

    [Fact]
    [Trait("Rule", "DEAD-03")]
    public void The_deadline_is_described_to_a_candidate_in_La_Reunion_with_the_local_time_of_its_end()
    {
        ClosingDeadline.DescribeIn(DateTimeZoneProviders.Tzdb["Indian/Reunion"]).Should().Be(
            "le 27 avril 2023 avant minuit (heure métropolitaine), soit avant le 28 avril 2023 à 2 h 00, heure locale");
    }

    [Theory]
    [Trait("Rule", "DEAD-03")]
    [InlineData("America/Guadeloupe", "soit avant le 27 avril 2023 à 18 h 00, heure locale")]
    [InlineData("America/Cayenne", "soit avant le 27 avril 2023 à 19 h 00, heure locale")]
    [InlineData("America/Miquelon", "soit avant le 27 avril 2023 à 20 h 00, heure locale")]
    [InlineData("Indian/Mayotte", "soit avant le 28 avril 2023 à 1 h 00, heure locale")]
    [InlineData("Pacific/Noumea", "soit avant le 28 avril 2023 à 9 h 00, heure locale")]
    [InlineData("Pacific/Tahiti", "soit avant le 27 avril 2023 à 12 h 00, heure locale")]
    [InlineData("Pacific/Wallis", "soit avant le 28 avril 2023 à 10 h 00, heure locale")]
    public void The_overseas_description_keeps_the_metropolitan_wording_and_adds_the_local_time(string zoneId, string localPart)
    {
        var text = ClosingDeadline.DescribeIn(DateTimeZoneProviders.Tzdb[zoneId]);

        text.Should().StartWith("le 27 avril 2023 avant minuit (heure métropolitaine), ");
        text.Should().EndWith(localPart);
    }

    [Fact]
    [Trait("Rule", "DEAD-03")]
    public void The_end_in_a_null_zone_is_refused()
    {
        var endIn = () => ClosingDeadline.EndIn(null!);
        var describeIn = () => ClosingDeadline.DescribeIn(null!);

        endIn.Should().Throw<ArgumentNullException>().WithParameterName("zone");
        describeIn.Should().Throw<ArgumentNullException>().WithParameterName("zone");
    }

    [Theory]
    [Trait("Rule", "DEAD-04")]
    [InlineData(2023, 4, 27, true)]
    [InlineData(2023, 4, 26, true)]
    [InlineData(2023, 3, 1, true)]
    [InlineData(2023, 4, 28, false)]
    [InlineData(2023, 5, 2, false)]
    public void A_postmark_is_in_time_when_its_date_is_no_later_than_the_closing_date(int year, int month, int day, bool expected)
    {
        ClosingDeadline.IsMetByPostmark(new LocalDate(year, month, day)).Should().Be(expected);
    }

    [Fact]
    [Trait("Rule", "DEAD-04")]
    public void A_postmark_on_the_closing_date_is_in_time_although_the_end_instant_has_passed()
    {
        ClosingDeadline.IsMetAt(Paris(2023, 5, 2, 9, 0)).Should().BeFalse();
        ClosingDeadline.IsMetByPostmark(new LocalDate(2023, 4, 27)).Should().BeTrue();
    }

    [Fact]
    public void Deadlines_on_the_same_date_are_equal()
    {
        var a = new Deadline(new LocalDate(2023, 4, 27));
        var b = new Deadline(new LocalDate(2023, 4, 27));

        a.Equals(b).Should().BeTrue();
        a.Equals((object)b).Should().BeTrue();
        (a == b).Should().BeTrue();
        (a != b).Should().BeFalse();
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Deadlines_on_different_dates_differ()
    {
        var a = new Deadline(new LocalDate(2023, 4, 27));
        var b = new Deadline(new LocalDate(2023, 4, 28));

        a.Equals(b).Should().BeFalse();
        a.Equals((object)b).Should().BeFalse();
        a.Equals(null).Should().BeFalse();
        (a == b).Should().BeFalse();
        (a != b).Should().BeTrue();
    }

    [Fact]
    [Trait("Rule", "DEAD-01")]
    public void A_deadline_logs_as_its_date_and_the_instant_it_ends()
    {
        ClosingDeadline.ToString().Should().Be("2023-04-27 (ends 2023-04-27T22:00:00Z)");
    }
}

using FsCheck.Fluent;
using NodaTime;

namespace Cdg.Inscription.Tests.Api;

/// <summary>The generators of <see cref="WholeRange"/> reach the corners that they promise.</summary>
public sealed class WholeRangeTests
{
    [Fact]
    public void Strings_hold_lone_surrogates_and_supplementary_code_points()
    {
        var strings = WholeRange.Strings().Sample(2000, 10);

        strings.Should().HaveCount(2000);
        strings.Should().Contain(s => s.Length == 0);
        strings.Should().Contain(s => s.Where((c, i) => char.IsHighSurrogate(c) && (i + 1 == s.Length || !char.IsLowSurrogate(s[i + 1]))).Any()
            || s.Where((c, i) => char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(s[i - 1]))).Any());
        strings.Should().Contain(s => s.Where((c, i) => char.IsSurrogatePair(s, i)).Any());
    }

    [Fact]
    public void Dates_come_from_every_calendar_and_from_far_in_their_ranges()
    {
        var dates = WholeRange.Dates().Sample(5000, 10);

        dates.Select(d => d.Calendar.Id).Distinct().Should().BeEquivalentTo(CalendarSystem.Ids);
        dates.Should().Contain(d => d.Calendar == CalendarSystem.Iso && d.Year < 0).And.Contain(d => d.Year > 5000);
    }

    [Fact]
    public void Instants_come_from_the_whole_range()
    {
        var instants = WholeRange.Instants().Sample(2000, 10);

        instants.Should().Contain(i => i.InUtc().Year < -5000).And.Contain(i => i.InUtc().Year > 5000);
        instants.Should().OnlyContain(i => i >= Instant.MinValue && i <= Instant.MaxValue);
    }
}

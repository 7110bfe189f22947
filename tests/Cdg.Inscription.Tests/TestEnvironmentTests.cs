using System.Globalization;
using Cdg.Inscription.Tests.Support;

namespace Cdg.Inscription.Tests;

/// <summary>The suite runs in the culture and the time zone that the run asked for, so that the runs in other cultures and zones test something.</summary>
public sealed class TestEnvironmentTests
{
    [Fact]
    [Trait("Rule", "DEAD-03")]
    public void Tests_run_in_the_culture_that_the_run_asked_for()
    {
        if (TestEnvironment.RequestedCulture is { } requested)
        {
            CultureInfo.CurrentCulture.Should().Be(requested);
            CultureInfo.CurrentUICulture.Should().Be(requested);
        }
        else
        {
            Environment.GetEnvironmentVariable(TestEnvironment.CultureVariable).Should().BeNullOrEmpty();
        }
    }

    [Fact]
    [Trait("Rule", "DEAD-03")]
    public void Tests_run_in_the_machine_time_zone_that_TZ_names()
    {
        var tz = Environment.GetEnvironmentVariable("TZ");
        if (!string.IsNullOrEmpty(tz) && !tz.StartsWith(':'))
        {
            TimeZoneInfo.Local.Id.Should().Be(tz);
        }
        else
        {
            TimeZoneInfo.Local.Should().NotBeNull();
        }
    }
}

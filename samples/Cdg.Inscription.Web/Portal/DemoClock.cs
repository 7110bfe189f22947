using NodaTime;

namespace Cdg.Inscription.Web.Portal;

/// <summary>
/// The system clock shifted so that the demo sessions, whose dates are fixed, can be walked on any
/// day: <c>Demo:Now</c> pins the instant of start, from which time runs on; <c>Demo:Shift</c>
/// (a <see cref="TimeSpan"/>) shifts the system clock by a fixed amount.
/// </summary>
public sealed class DemoClock : IClock
{
    private readonly IClock _system;
    private readonly Duration _shift;

    /// <summary>A clock shifted by <paramref name="shift"/> from <paramref name="system"/>.</summary>
    /// <param name="system">The underlying clock.</param>
    /// <param name="shift">The shift.</param>
    public DemoClock(IClock system, Duration shift)
    {
        _system = system;
        _shift = shift;
    }

    /// <summary>The clock that the settings describe.</summary>
    /// <param name="now">The setting <c>Demo:Now</c>, an ISO instant, or null.</param>
    /// <param name="shift">The setting <c>Demo:Shift</c>, a time span, or null.</param>
    /// <returns>The clock.</returns>
    public static DemoClock FromSettings(string? now, string? shift)
    {
        var system = SystemClock.Instance;
        if (!string.IsNullOrWhiteSpace(now))
        {
            var start = NodaTime.Text.InstantPattern.ExtendedIso.Parse(now).Value;
            return new DemoClock(system, start - system.GetCurrentInstant());
        }

        return new DemoClock(
            system,
            string.IsNullOrWhiteSpace(shift) ? Duration.Zero : Duration.FromTimeSpan(TimeSpan.Parse(shift, System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <inheritdoc />
    public Instant GetCurrentInstant() => _system.GetCurrentInstant() + _shift;
}

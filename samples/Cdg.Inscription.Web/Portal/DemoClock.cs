using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Cdg.Inscription.Web.Portal;

/// <summary>
/// The system clock shifted so that the demo sessions, whose dates are fixed, can be walked on any
/// day. <c>Demo:Now</c> (an ISO instant, set in <c>appsettings.json</c>) is the demo's instant at
/// the first start; the shift is kept in the data folder, so that after a restart time goes on from
/// where it was rather than back to <c>Demo:Now</c>, and the stored events stay in order.
/// <c>Demo:Shift</c> (a <see cref="TimeSpan"/>) gives the shift itself instead; with neither, the
/// clock is the system's.
/// </summary>
public sealed class DemoClock : IClock
{
    private const string ShiftFile = "demo-clock.txt";
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
    /// <param name="dataFolder">The app's data folder, where the shift of <c>Demo:Now</c> is kept.</param>
    /// <returns>The clock.</returns>
    public static DemoClock FromSettings(string? now, string? shift, string dataFolder)
    {
        var system = SystemClock.Instance;
        if (!string.IsNullOrWhiteSpace(shift))
        {
            return new DemoClock(system, Duration.FromTimeSpan(TimeSpan.Parse(shift, CultureInfo.InvariantCulture)));
        }

        if (string.IsNullOrWhiteSpace(now))
        {
            return new DemoClock(system, Duration.Zero);
        }

        // The file holds the setting it was computed for: a new Demo:Now starts the demo again.
        var path = Path.Combine(dataFolder, ShiftFile);
        var kept = File.Exists(path) ? File.ReadAllText(path).Split('|') : [];
        if (kept.Length == 2 && kept[0] == now && long.TryParse(kept[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var ticks))
        {
            return new DemoClock(system, Duration.FromTicks(ticks));
        }

        var first = InstantPattern.ExtendedIso.Parse(now).Value - system.GetCurrentInstant();
        File.WriteAllText(path, $"{now}|{first.BclCompatibleTicks.ToString(CultureInfo.InvariantCulture)}");
        return new DemoClock(system, first);
    }

    /// <inheritdoc />
    public Instant GetCurrentInstant() => _system.GetCurrentInstant() + _shift;
}

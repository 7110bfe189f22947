using System.Globalization;
using Cdg.Inscription.Time;
using NodaTime;
using NodaTime.Text;

namespace Cdg.Inscription.Sample;

/// <summary>Instants given and shown as wall-clock times in Paris (metropolitan time).</summary>
internal static class ParisTime
{
    // "24/04/2023 21:55:00", with milliseconds only when there are some: "27/04/2023 23:59:59.999".
    private static readonly LocalDateTimePattern Pattern =
        LocalDateTimePattern.Create("dd'/'MM'/'uuuu HH':'mm':'ss.FFF", CultureInfo.InvariantCulture);

    /// <summary>The instant at which the clocks of Paris show the given date and time.</summary>
    public static Instant At(int year, int month, int day, int hour, int minute, int second = 0, int millisecond = 0) =>
        MetropolitanTime.Zone.AtStrictly(new LocalDateTime(year, month, day, hour, minute, second, millisecond)).ToInstant();

    /// <summary>An instant as the clocks of Paris show it, independent of the machine's culture.</summary>
    public static string Format(Instant instant) =>
        Pattern.Format(instant.InZone(MetropolitanTime.Zone).LocalDateTime);
}

using System.Globalization;
using NodaTime;

namespace Cdg.Inscription.Time;

/// <summary>
/// Dates, times and durations in French, as notices write them, independent of the machine's
/// culture and of the ICU data the host has (a container with invariant globalization would
/// otherwise print English month names).
/// </summary>
public static class FrenchDates
{
    private static readonly string[] Months =
    [
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ];

    /// <summary>A date without article.</summary>
    /// <param name="date">A date of the ISO calendar, in any year.</param>
    /// <returns>For example <c>27 avril 2023</c>, <c>1er mai 2023</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not of the ISO calendar.</exception>
    public static string Format(LocalDate date) =>
        $"{(SupportedRange.CheckIso(date, nameof(date)).Day == 1 ? "1er" : Number(date.Day))} {Months[date.Month - 1]} {Number(date.Year)}";

    /// <summary>A date and a time to the minute.</summary>
    /// <param name="dateTime">A local date and time.</param>
    /// <returns>For example <c>28 avril 2023 à 2 h 00</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="dateTime"/> is not of the ISO calendar.</exception>
    public static string Format(LocalDateTime dateTime) =>
        $"{Format(dateTime.Date)} à {Number(dateTime.Hour)} h {dateTime.Minute.ToString("00", CultureInfo.InvariantCulture)}";

    /// <summary>An instant in metropolitan time, to the minute, as a history shows it.</summary>
    /// <param name="instant">An instant.</param>
    /// <returns>For example <c>27 avril 2023 à 23 h 59 (heure métropolitaine)</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="instant"/> is outside <see cref="SupportedRange"/>.</exception>
    public static string Format(Instant instant) =>
        $"{Format(SupportedRange.Check(instant, nameof(instant)).InZone(MetropolitanTime.Zone).LocalDateTime)} (heure métropolitaine)";

    /// <summary>A duration in days, hours and minutes, seconds dropped.</summary>
    /// <param name="duration">A duration; a negative one reads as none.</param>
    /// <returns>For example <c>7 jours, 8 heures et 30 minutes</c>, or <c>moins d'une minute</c>.</returns>
    public static string Format(Duration duration)
    {
        if (duration < Duration.Zero)
        {
            duration = Duration.Zero;
        }

        var parts = new[] { Count(duration.Days, "jour"), Count(duration.Hours, "heure"), Count(duration.Minutes, "minute") }
            .Where(p => p.Length > 0)
            .ToArray();
        return parts.Length switch
        {
            0 => "moins d'une minute",
            1 => parts[0],
            _ => $"{string.Join(", ", parts.Take(parts.Length - 1))} et {parts[parts.Length - 1]}",
        };
    }

    private static string Count(long count, string unit) => count switch
    {
        0 => string.Empty,
        1 => $"1 {unit}",
        _ => $"{Number(count)} {unit}s",
    };

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}

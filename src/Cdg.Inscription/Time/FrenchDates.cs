using NodaTime;

namespace Cdg.Inscription.Time;

/// <summary>
/// French wording of dates and times for messages, independent of the machine's culture and of
/// the ICU data that the host has (an invariant-globalization container would print English).
/// </summary>
internal static class FrenchDates
{
    private static readonly string[] Months =
    [
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ];

    /// <summary>"27 avril 2023", "1er mai 2023".</summary>
    internal static string Format(LocalDate date) =>
        $"{(date.Day == 1 ? "1er" : date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture))} {Months[date.Month - 1]} {date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>"27 avril 2023 à 23 h 59", "28 avril 2023 à 02 h 00".</summary>
    internal static string Format(LocalDateTime dateTime) =>
        $"{Format(dateTime.Date)} à {dateTime.Hour:00} h {dateTime.Minute:00}";
}

using NodaTime;

namespace Cdg.Inscription.Time;

/// <summary>
/// Metropolitan time ("heure métropolitaine"): the <c>Europe/Paris</c> zone of the tz database, in
/// which every date of a registration calendar is read, for candidates overseas too (DEAD-03).
/// </summary>
public static class MetropolitanTime
{
    /// <summary>The tz database ID of metropolitan time.</summary>
    public const string ZoneId = "Europe/Paris";

    /// <summary>The <c>Europe/Paris</c> zone of NodaTime's built-in tz database.</summary>
    public static DateTimeZone Zone { get; } = DateTimeZoneProviders.Tzdb[ZoneId];

    /// <summary>The first instant of a date in metropolitan time.</summary>
    /// <param name="date">A date of the ISO calendar.</param>
    /// <returns>The instant at which <paramref name="date"/> starts in Paris.</returns>
    public static Instant StartOf(LocalDate date) => Zone.AtStartOfDay(date).ToInstant();

    /// <summary>
    /// The instant at which a date ends in metropolitan time, which is the start of the next day:
    /// "avant minuit" on <paramref name="date"/> means strictly before this instant (DEAD-01), with
    /// the offset in force on that date (DEAD-02).
    /// </summary>
    /// <param name="date">A date of the ISO calendar.</param>
    /// <returns>The instant at which <paramref name="date"/> ends in Paris.</returns>
    public static Instant EndOf(LocalDate date) => StartOf(date.PlusDays(1));

    /// <summary>The date in metropolitan time at an instant.</summary>
    /// <param name="instant">Any instant.</param>
    /// <returns>The calendar date in Paris at <paramref name="instant"/>.</returns>
    public static LocalDate DateAt(Instant instant) => instant.InZone(Zone).Date;
}

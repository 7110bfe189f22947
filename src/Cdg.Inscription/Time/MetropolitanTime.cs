using NodaTime;

namespace Cdg.Inscription.Time;

/// <summary>
/// Metropolitan time ("heure métropolitaine"): the <c>Europe/Paris</c> zone of the tz database, in
/// which every date of a registration calendar is read, for candidates overseas too (DEAD-03).
/// </summary>
/// <remarks>
/// The zone comes from NodaTime's built-in tz database (<see cref="DateTimeZoneProviders.Tzdb"/>)
/// unless the host supplies another provider with <see cref="UseProvider"/>, for example one read
/// from a newer <c>tzdb.nzd</c> file when France changes its rules before NodaTime ships them.
/// </remarks>
public static class MetropolitanTime
{
    /// <summary>The tz database ID of metropolitan time.</summary>
    public const string ZoneId = "Europe/Paris";

    private static volatile ZoneSource _source = new(DateTimeZoneProviders.Tzdb);

    /// <summary>The provider in use and its zone, read as one: what a cache of computed instants is keyed on.</summary>
    internal static ZoneSource Source => _source;

    /// <summary>The <c>Europe/Paris</c> zone of the provider in use: NodaTime's built-in tz database unless <see cref="UseProvider"/> set another.</summary>
    public static DateTimeZone Zone => _source.Zone;

    /// <summary>The version of the tz data in use, as its provider states it (for example <c>TZDB: 2026f (mapping: 49)</c>).</summary>
    public static string ProviderVersion => _source.Provider.VersionId;

    /// <summary>
    /// Reads metropolitan time from another time-zone provider from now on, for the whole process:
    /// every deadline, date and instant that the library computes afterwards uses its
    /// <c>Europe/Paris</c> zone. Call it once, when the host starts.
    /// </summary>
    /// <param name="provider">A provider that knows <c>Europe/Paris</c>, such as a <c>TzdbDateTimeZoneSource</c> read from a file.</param>
    /// <exception cref="ArgumentNullException"><paramref name="provider"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="provider"/> has no <c>Europe/Paris</c> zone.</exception>
    public static void UseProvider(IDateTimeZoneProvider provider)
    {
        Preconditions.CheckNotNull(provider, nameof(provider));
        Preconditions.CheckArgument(provider.GetZoneOrNull(ZoneId) is not null, nameof(provider), $"The provider has no {ZoneId} zone.");
        _source = new ZoneSource(provider);
    }

    /// <summary>The first instant of a date in metropolitan time.</summary>
    /// <param name="date">A date of the ISO calendar.</param>
    /// <returns>The instant at which <paramref name="date"/> starts in Paris.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside <see cref="SupportedRange"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not of the ISO calendar.</exception>
    public static Instant StartOf(LocalDate date) => Zone.AtStartOfDay(SupportedRange.Check(date, nameof(date))).ToInstant();

    /// <summary>
    /// The instant at which a date ends in metropolitan time, which is the start of the next day:
    /// "avant minuit" on <paramref name="date"/> means strictly before this instant (DEAD-01), with
    /// the offset in force on that date (DEAD-02).
    /// </summary>
    /// <param name="date">A date of the ISO calendar.</param>
    /// <returns>The instant at which <paramref name="date"/> ends in Paris.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside <see cref="SupportedRange"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not of the ISO calendar.</exception>
    public static Instant EndOf(LocalDate date) => Zone.AtStartOfDay(SupportedRange.Check(date, nameof(date)).PlusDays(1)).ToInstant();

    /// <summary>The date in metropolitan time at an instant.</summary>
    /// <param name="instant">An instant of <see cref="SupportedRange"/>.</param>
    /// <returns>The calendar date in Paris at <paramref name="instant"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="instant"/> is outside <see cref="SupportedRange"/>.</exception>
    public static LocalDate DateAt(Instant instant) => SupportedRange.Check(instant, nameof(instant)).InZone(Zone).Date;
}

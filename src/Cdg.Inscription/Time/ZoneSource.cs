using NodaTime;

namespace Cdg.Inscription.Time;

/// <summary>A time-zone provider and its <c>Europe/Paris</c> zone, swapped as one so that a reader never sees one without the other.</summary>
/// <param name="provider">A provider that knows <c>Europe/Paris</c>.</param>
internal sealed class ZoneSource(IDateTimeZoneProvider provider)
{
    /// <summary>The provider.</summary>
    public IDateTimeZoneProvider Provider { get; } = provider;

    /// <summary>Its <c>Europe/Paris</c> zone.</summary>
    public DateTimeZone Zone { get; } = provider[MetropolitanTime.ZoneId];
}

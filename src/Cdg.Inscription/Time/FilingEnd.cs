using NodaTime;

namespace Cdg.Inscription.Time;

/// <summary>The end of a calendar's filing deadline, as computed with one zone source.</summary>
/// <param name="Source">The zone source it was computed with.</param>
/// <param name="End">The first instant that is too late.</param>
internal sealed record FilingEnd(ZoneSource Source, Instant End);

using NodaTime;

namespace Cdg.Inscription.Time;

/// <summary>
/// The end of one deadline, kept for the zone source in use instead of converted in
/// <c>Europe/Paris</c> on every question: what a session asks on every command and checklist.
/// Safe to share between threads: the cached pair is immutable and replaced whole; a change of
/// provider (<see cref="MetropolitanTime.UseProvider"/>) makes it computed again.
/// </summary>
/// <param name="deadline">The deadline.</param>
internal sealed class DeadlineEnd(Deadline deadline)
{
    private volatile Entry? _entry;

    /// <summary>The deadline.</summary>
    internal Deadline Deadline { get; } = deadline;

    /// <summary>Whether an action at <paramref name="instant"/> is in time: <see cref="Deadline.IsMetAt"/>.</summary>
    internal bool IsMetAt(Instant instant)
    {
        var source = MetropolitanTime.Source;
        var entry = _entry;
        if (entry is null || entry.Source != source)
        {
            entry = new Entry(source, source.Zone.AtStartOfDay(Deadline.Date.PlusDays(1)).ToInstant());
            _entry = entry;
        }

        return instant < entry.End;
    }

    private sealed record Entry(ZoneSource Source, Instant End);
}

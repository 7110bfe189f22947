using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Dossiers.Events;
using Cdg.Inscription.Serialization.SystemTextJson.Contract;
using Cdg.Inscription.Sessions;

namespace Cdg.Inscription.Serialization.SystemTextJson.Reading;

/// <summary>
/// Rebuilds a dossier from events that were read, through <see cref="Dossier.Rehydrate(ExamSession, IEnumerable{DossierEvent})"/>
/// and its consistency checks. What those checks refuse, and what they would only call an
/// <see cref="ArgumentException"/>, becomes a <see cref="StoredEventException"/> that names the event.
/// </summary>
internal static class HistoryReader
{
    internal static Dossier Rehydrate(ExamSession session, DossierSnapshot? snapshot, IReadOnlyList<DossierEvent> events)
    {
        if (snapshot is null && events.Count == 0)
        {
            throw new StoredEventException(null, null, null, "The stored history is empty: a dossier's history starts with its pre-registration.");
        }

        if (snapshot is not null && snapshot.SessionCode != session.Code)
        {
            throw new StoredEventException(snapshot.Version, StoredEventException.SnapshotTypeName, Fields.SessionCode, $"The dossier belongs to the session '{snapshot.SessionCode}', not '{session.Code}'.");
        }

        var expected = (snapshot?.Version ?? 0) + 1;
        var previousAt = snapshot?.UpdatedAt;
        foreach (var e in events)
        {
            var type = DossierEventTypes.Of(e);
            if (e.Sequence != expected)
            {
                throw new StoredEventException(e.Sequence, type, Fields.Sequence, $"Expected the event numbered {expected}, found {e.Sequence}: an event is missing, repeated or out of order.");
            }

            if (expected == 1 && e is not PreRegistered)
            {
                throw new StoredEventException(e.Sequence, type, Fields.Type, "A history starts with its pre-registration.");
            }

            if (expected > 1 && e is PreRegistered)
            {
                throw new StoredEventException(e.Sequence, type, Fields.Type, "Only the first event of a history is a pre-registration.");
            }

            if (e is PreRegistered p && p.SessionCode != session.Code)
            {
                throw new StoredEventException(e.Sequence, type, Fields.SessionCode, $"The dossier belongs to the session '{p.SessionCode}', not '{session.Code}'.");
            }

            if (previousAt is { } before && e.At < before)
            {
                throw new StoredEventException(e.Sequence, type, Fields.At, $"The event is dated {e.At}, before the one it follows ({before}).");
            }

            previousAt = e.At;
            expected++;
        }

        try
        {
            return Replay(session, snapshot, events, events.Count);
        }
        catch (ArgumentException exception)
        {
            throw Locate(session, snapshot, events, exception);
        }
    }

    private static Dossier Replay(ExamSession session, DossierSnapshot? snapshot, IReadOnlyList<DossierEvent> events, int count) =>
        snapshot is null
            ? Dossier.Rehydrate(session, events.Take(count))
            : Dossier.Rehydrate(session, snapshot, events.Take(count));

    /// <summary>Finds the first event after which the dossier is refused: the one to name.</summary>
    private static StoredEventException Locate(ExamSession session, DossierSnapshot? snapshot, IReadOnlyList<DossierEvent> events, ArgumentException whole)
    {
        var problem = $"The dossier it leads to is not consistent: {ReadContext.ReasonOf(whole)}";
        if (snapshot is not null && !Accepted(session, snapshot, events, 0))
        {
            return new StoredEventException(snapshot.Version, StoredEventException.SnapshotTypeName, null, $"The snapshot is not consistent: {ReadContext.ReasonOf(whole)}", whole);
        }

        for (var count = 1; count <= events.Count; count++)
        {
            if (!Accepted(session, snapshot, events, count))
            {
                var e = events[count - 1];
                return new StoredEventException(e.Sequence, DossierEventTypes.Of(e), null, problem, whole);
            }
        }

        return new StoredEventException(null, null, null, problem, whole);
    }

    private static bool Accepted(ExamSession session, DossierSnapshot? snapshot, IReadOnlyList<DossierEvent> events, int count)
    {
        try
        {
            Replay(session, snapshot, events, count);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}

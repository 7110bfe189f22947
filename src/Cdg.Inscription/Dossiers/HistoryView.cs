using System.Collections;
using Cdg.Inscription.Dossiers.Events;

namespace Cdg.Inscription.Dossiers;

/// <summary>
/// The history as it stood when it was asked for: the first <see cref="Count"/> events of an
/// append-only list. A command that appends later does not change the view, nor breaks an
/// enumeration in progress; no event is copied.
/// </summary>
internal sealed class HistoryView : IReadOnlyList<DossierEvent>
{
    private readonly List<DossierEvent> _events;

    internal HistoryView(List<DossierEvent> events)
    {
        _events = events;
        Count = events.Count;
    }

    public int Count { get; }

    public DossierEvent this[int index] =>
        index >= 0 && index < Count ? _events[index] : throw new ArgumentOutOfRangeException(nameof(index), index, $"The history held {Count} events.");

    public IEnumerator<DossierEvent> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return _events[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

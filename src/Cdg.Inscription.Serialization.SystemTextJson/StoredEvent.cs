namespace Cdg.Inscription.Serialization.SystemTextJson;

/// <summary>
/// One event as a host stores it: a row of its event table, or a document of its event store. The
/// <see cref="Json"/> holds the whole event, envelope included; <see cref="Type"/> and
/// <see cref="Sequence"/> repeat what it says, for the host's columns and keys, and reading checks
/// that they agree with it.
/// </summary>
/// <remarks>This type is immutable.</remarks>
public sealed class StoredEvent
{
    /// <summary>Creates a stored event from what the host read.</summary>
    /// <param name="type">The event's type name, one of <see cref="DossierEventTypes"/>.</param>
    /// <param name="sequence">The event's sequence number: 1, 2, 3…</param>
    /// <param name="json">The event's JSON object, as <see cref="DossierJson.ToStored(Dossiers.Events.DossierEvent)"/> wrote it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="type"/> or <paramref name="json"/> is null.</exception>
    public StoredEvent(string type, long sequence, string json)
    {
        Type = type ?? throw new ArgumentNullException(nameof(type));
        Sequence = sequence;
        Json = json ?? throw new ArgumentNullException(nameof(json));
    }

    /// <summary>The event's stable type name (<c>"file-added"</c>…): for a column, never a CLR name.</summary>
    public string Type { get; }

    /// <summary>The event's sequence number, for the host's primary key and its optimistic concurrency.</summary>
    public long Sequence { get; }

    /// <summary>The event as one JSON object (docs/storage.md): what to store, byte for byte.</summary>
    public string Json { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Sequence} {Type}";
}

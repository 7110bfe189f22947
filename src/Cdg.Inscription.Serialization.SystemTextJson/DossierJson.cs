using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Dossiers.Events;
using Cdg.Inscription.Serialization.SystemTextJson.Reading;
using Cdg.Inscription.Serialization.SystemTextJson.Writing;
using Cdg.Inscription.Sessions;

namespace Cdg.Inscription.Serialization.SystemTextJson;

/// <summary>
/// The storage contract of Cdg.Inscription: a dossier's events and its snapshot as versioned JSON,
/// and back (docs/storage.md). Writing gives the same bytes for the same events; reading goes
/// through the library's factories, constructors and <see cref="Dossier.Rehydrate(ExamSession, IEnumerable{DossierEvent})"/>,
/// and throws <see cref="StoredEventException"/>, naming the event and the field, for anything wrong.
/// </summary>
/// <remarks>This type is thread-safe: it holds no state.</remarks>
public static class DossierJson
{
    /// <summary>The schema version that this version of the package writes, and the highest it reads.</summary>
    public const int SchemaVersion = 1;

    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowTrailingCommas = false, AllowDuplicateProperties = false, MaxDepth = 16 };

    /// <summary>
    /// Options for hosts that put events or snapshots in their own documents (ASP.NET Core, Marten,
    /// EF Core JSON columns): the converters of this package (<see cref="DossierEventJsonConverter"/>,
    /// <see cref="DossierSnapshotJsonConverter"/>) over <see cref="TypeInfoResolver"/>, with the
    /// contract's escaping. Read-only.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>
    /// The source-generated metadata of <see cref="DossierEvent"/>, <see cref="DossierSnapshot"/> and
    /// a history (<c>IReadOnlyList&lt;DossierEvent&gt;</c>): no reflection, so trimmed and native AOT
    /// hosts can combine it with their own context (<c>JsonTypeInfoResolver.Combine</c>).
    /// </summary>
    public static IJsonTypeInfoResolver TypeInfoResolver => DossierJsonContext.Default;

    /// <summary>The metadata of an event, for <c>JsonSerializer.Serialize(e, DossierJson.EventTypeInfo)</c> without reflection.</summary>
    public static JsonTypeInfo<DossierEvent> EventTypeInfo { get; } = (JsonTypeInfo<DossierEvent>)Options.GetTypeInfo(typeof(DossierEvent));

    /// <summary>The metadata of a snapshot, for <c>JsonSerializer.Serialize(s, DossierJson.SnapshotTypeInfo)</c> without reflection.</summary>
    public static JsonTypeInfo<DossierSnapshot> SnapshotTypeInfo { get; } = (JsonTypeInfo<DossierSnapshot>)Options.GetTypeInfo(typeof(DossierSnapshot));

    /// <summary>The metadata of a history: a JSON array of events, oldest first.</summary>
    public static JsonTypeInfo<IReadOnlyList<DossierEvent>> HistoryTypeInfo { get; } = (JsonTypeInfo<IReadOnlyList<DossierEvent>>)Options.GetTypeInfo(typeof(IReadOnlyList<DossierEvent>));

    /// <summary>Writes one event as a <see cref="StoredEvent"/>: its type name, its sequence and its JSON.</summary>
    /// <param name="dossierEvent">An event of a dossier's history.</param>
    /// <returns>What to store.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dossierEvent"/> is null.</exception>
    /// <exception cref="NotSupportedException">The event is of a type that this version of the package does not know.</exception>
    public static StoredEvent ToStored(DossierEvent dossierEvent)
    {
        var json = WriteEvent(dossierEvent);
        return new StoredEvent(EventWriter.TypeNameOf(dossierEvent), dossierEvent.Sequence, json);
    }

    /// <summary>Writes events as <see cref="StoredEvent"/>s, in order: after a command, <c>ToStored(dossier.EventsSince(version))</c>.</summary>
    /// <param name="events">Events of a dossier's history.</param>
    /// <returns>What to append.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null or holds null.</exception>
    /// <exception cref="NotSupportedException">An event is of a type that this version of the package does not know.</exception>
    public static IReadOnlyList<StoredEvent> ToStored(IEnumerable<DossierEvent> events) =>
        (events ?? throw new ArgumentNullException(nameof(events))).Select(ToStored).ToArray();

    /// <summary>Reads one stored event back, checking that its type and sequence agree with its JSON.</summary>
    /// <param name="stored">What the host stored.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stored"/> is null.</exception>
    /// <exception cref="StoredEventException">The stored event cannot be read back.</exception>
    public static DossierEvent FromStored(StoredEvent stored)
    {
        if (stored is null)
        {
            throw new ArgumentNullException(nameof(stored));
        }

        using var document = Parse(stored.Json, stored.Sequence, stored.Type);
        return EventReader.Read(document.RootElement, stored);
    }

    /// <summary>Writes one event as its JSON object.</summary>
    /// <param name="dossierEvent">An event of a dossier's history.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dossierEvent"/> is null.</exception>
    /// <exception cref="NotSupportedException">The event is of a type that this version of the package does not know.</exception>
    public static string WriteEvent(DossierEvent dossierEvent) =>
        JsonOutput.Write(dossierEvent ?? throw new ArgumentNullException(nameof(dossierEvent)), EventWriter.Write);

    /// <summary>Reads one event's JSON object.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="StoredEventException">The JSON cannot be read back as an event.</exception>
    public static DossierEvent ReadEvent(string json)
    {
        using var document = Parse(json ?? throw new ArgumentNullException(nameof(json)), null, null);
        return EventReader.Read(document.RootElement, null);
    }

    /// <summary>Writes a whole history as one JSON array of events, oldest first.</summary>
    /// <param name="history">The events, in order (<see cref="Dossier.History"/>).</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null or holds null.</exception>
    /// <exception cref="NotSupportedException">An event is of a type that this version of the package does not know.</exception>
    public static string WriteHistory(IEnumerable<DossierEvent> history) =>
        JsonOutput.Write(history ?? throw new ArgumentNullException(nameof(history)), static (writer, events) =>
        {
            writer.WriteStartArray();
            foreach (var e in events)
            {
                EventWriter.Write(writer, e ?? throw new ArgumentNullException(nameof(history), "The history holds a null event."));
            }

            writer.WriteEndArray();
        });

    /// <summary>Reads a JSON array of events, as <see cref="WriteHistory"/> wrote it; their order is checked by <see cref="RehydrateHistory"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The events.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="StoredEventException">The JSON cannot be read back as events.</exception>
    public static IReadOnlyList<DossierEvent> ReadHistory(string json)
    {
        using var document = Parse(json ?? throw new ArgumentNullException(nameof(json)), null, null);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new StoredEventException(null, null, null, $"Expected a JSON array of events, found {JsonFields.Describe(document.RootElement)}.");
        }

        return document.RootElement.EnumerateArray().Select(e => EventReader.Read(e, null)).ToArray();
    }

    /// <summary>Rebuilds a dossier from a history that <see cref="WriteHistory"/> wrote.</summary>
    /// <param name="session">The dossier's exam session.</param>
    /// <param name="historyJson">The JSON array of every event, from the pre-registration on.</param>
    /// <returns>The dossier as it was after the last event.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="StoredEventException">An event cannot be read, or the history does not hold together.</exception>
    public static Dossier RehydrateHistory(ExamSession session, string historyJson) =>
        HistoryReader.Rehydrate(session ?? throw new ArgumentNullException(nameof(session)), null, ReadHistory(historyJson));

    /// <summary>Rebuilds a dossier from its stored events: the rows of its event table, in order.</summary>
    /// <param name="session">The dossier's exam session.</param>
    /// <param name="history">Every stored event, from the pre-registration on, by sequence.</param>
    /// <returns>The dossier as it was after the last event.</returns>
    /// <exception cref="ArgumentNullException">An argument is null, or <paramref name="history"/> holds null.</exception>
    /// <exception cref="StoredEventException">An event cannot be read, or the history does not hold together.</exception>
    public static Dossier Rehydrate(ExamSession session, IEnumerable<StoredEvent> history) =>
        HistoryReader.Rehydrate(session ?? throw new ArgumentNullException(nameof(session)), null, ReadAll(history, nameof(history)));

    /// <summary>Rebuilds a dossier from a stored snapshot and the events stored after it.</summary>
    /// <param name="session">The dossier's exam session.</param>
    /// <param name="snapshotJson">The snapshot, as <see cref="WriteSnapshot"/> wrote it.</param>
    /// <param name="laterEvents">The stored events after the snapshot's version, by sequence; may be empty.</param>
    /// <returns>The dossier as it was after the last event.</returns>
    /// <exception cref="ArgumentNullException">An argument is null, or <paramref name="laterEvents"/> holds null.</exception>
    /// <exception cref="StoredEventException">The snapshot or an event cannot be read, or they do not hold together.</exception>
    public static Dossier Rehydrate(ExamSession session, string snapshotJson, IEnumerable<StoredEvent> laterEvents)
    {
        var snapshot = ReadSnapshot(snapshotJson);
        return HistoryReader.Rehydrate(session ?? throw new ArgumentNullException(nameof(session)), snapshot, ReadAll(laterEvents, nameof(laterEvents)));
    }

    /// <summary>Writes a snapshot (<see cref="Dossier.ToSnapshot"/>) as one JSON object.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> is null.</exception>
    public static string WriteSnapshot(DossierSnapshot snapshot) =>
        JsonOutput.Write(snapshot ?? throw new ArgumentNullException(nameof(snapshot)), SnapshotWriter.Write);

    /// <summary>
    /// Reads a snapshot's JSON object; each value is checked, and whether they hold together as a
    /// dossier is checked when it is rehydrated (<see cref="Rehydrate(ExamSession, string, IEnumerable{StoredEvent})"/>).
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The snapshot.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="StoredEventException">The JSON cannot be read back as a snapshot.</exception>
    public static DossierSnapshot ReadSnapshot(string json)
    {
        using var document = Parse(json ?? throw new ArgumentNullException(nameof(json)), null, StoredEventException.SnapshotTypeName);
        return SnapshotReader.Read(document.RootElement);
    }

    private static DossierEvent[] ReadAll(IEnumerable<StoredEvent> stored, string paramName) =>
        (stored ?? throw new ArgumentNullException(paramName)).Select(s => FromStored(s ?? throw new ArgumentNullException(paramName, "A stored event is null."))).ToArray();

    private static JsonDocument Parse(string json, long? sequence, string? typeName)
    {
        try
        {
            return JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException exception)
        {
            throw new StoredEventException(sequence, typeName, null, $"The stored text is not valid JSON: {exception.Message}", exception);
        }
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            Encoder = JsonOutput.WriterOptions.Encoder,
            TypeInfoResolver = DossierJsonContext.Default,
        };
        options.Converters.Add(new DossierEventJsonConverter());
        options.Converters.Add(new DossierSnapshotJsonConverter());
        options.MakeReadOnly();
        return options;
    }
}

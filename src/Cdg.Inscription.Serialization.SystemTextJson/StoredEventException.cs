namespace Cdg.Inscription.Serialization.SystemTextJson;

/// <summary>
/// The one exception that this package throws for stored data that it cannot read back into a
/// dossier: JSON that does not parse, an unknown event type, a schema version written by a later
/// version of the package, a missing or malformed field, a value that the library's own factories
/// and constructors refuse (a dossier number, a piece code, an e-mail address…), or a history that
/// does not hold together (a sequence gap, a second pre-registration, an instant that goes back, a
/// state that <c>Dossier.Rehydrate</c> refuses). Its message and its properties name the event's
/// <see cref="Sequence"/>, its <see cref="TypeName"/> and the <see cref="Field"/>, as far as the
/// data let them be read.
/// </summary>
/// <remarks>
/// For a snapshot, <see cref="TypeName"/> is <c>"snapshot"</c> and <see cref="Sequence"/> is the
/// snapshot's version. The exception that the data caused, if any (a <see cref="System.Text.Json.JsonException"/>,
/// an <see cref="ArgumentException"/> or a <see cref="FormatException"/> of the library), is the
/// <see cref="Exception.InnerException"/>. Writing never throws it: a programming error (a null
/// argument) throws the usual <see cref="ArgumentException"/> family.
/// </remarks>
public sealed class StoredEventException : Exception
{
    /// <summary>The <see cref="TypeName"/> of an error in a stored snapshot.</summary>
    public const string SnapshotTypeName = "snapshot";

    internal StoredEventException(long? sequence, string? typeName, string? field, string problem, Exception? innerException = null)
        : base(MessageOf(sequence, typeName, field, problem), innerException)
    {
        Sequence = sequence;
        TypeName = typeName;
        Field = field;
        Problem = problem;
    }

    /// <summary>The sequence number of the event (or the version of the snapshot); null when it could not be read.</summary>
    public long? Sequence { get; }

    /// <summary>The stored type name of the event (<c>"file-added"</c>…), or <see cref="SnapshotTypeName"/>; null when it could not be read.</summary>
    public string? TypeName { get; }

    /// <summary>The path of the field at fault, from the event's object (<c>"file.sha256"</c>, <c>"candidate.address.city"</c>); null when no one field is.</summary>
    public string? Field { get; }

    /// <summary>What is wrong, in one sentence, without the location that <see cref="Exception.Message"/> adds.</summary>
    public string Problem { get; }

    private static string MessageOf(long? sequence, string? typeName, string? field, string problem)
    {
        var what = typeName == SnapshotTypeName
            ? sequence is { } version ? $"The stored snapshot at version {version}" : "The stored snapshot"
            : (sequence is { } n ? $"The stored event {n}" : "A stored event") + (typeName is null ? string.Empty : $" ({typeName})");
        return field is null ? $"{what}: {problem}" : $"{what}, field '{field}': {problem}";
    }
}

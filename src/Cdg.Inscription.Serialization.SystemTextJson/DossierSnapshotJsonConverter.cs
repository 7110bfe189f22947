using System.Text.Json;
using System.Text.Json.Serialization;
using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Serialization.SystemTextJson.Reading;
using Cdg.Inscription.Serialization.SystemTextJson.Writing;

namespace Cdg.Inscription.Serialization.SystemTextJson;

/// <summary>
/// Writes and reads a <see cref="DossierSnapshot"/> as the contract's JSON object, for hosts that
/// embed snapshots in their own documents; registered in <see cref="DossierJson.Options"/> and
/// <see cref="DossierJsonContext"/>.
/// </summary>
/// <remarks>This type is thread-safe: it holds no state.</remarks>
public sealed class DossierSnapshotJsonConverter : JsonConverter<DossierSnapshot>
{
    /// <summary>Reads one snapshot.</summary>
    /// <param name="reader">The reader, at the start of the snapshot's object.</param>
    /// <param name="typeToConvert">The <see cref="DossierSnapshot"/> type.</param>
    /// <param name="options">Not used: the contract does not depend on them.</param>
    /// <returns>The snapshot.</returns>
    /// <exception cref="StoredEventException">The JSON cannot be read back as a snapshot.</exception>
    /// <exception cref="JsonException">The reader does not hold valid JSON.</exception>
    public override DossierSnapshot Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return SnapshotReader.Read(document.RootElement);
    }

    /// <summary>Writes one snapshot.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The snapshot.</param>
    /// <param name="options">Not used: the contract does not depend on them.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="value"/> is null.</exception>
    public override void Write(Utf8JsonWriter writer, DossierSnapshot value, JsonSerializerOptions options) =>
        SnapshotWriter.Write(writer ?? throw new ArgumentNullException(nameof(writer)), value ?? throw new ArgumentNullException(nameof(value)));
}

using System.Text.Json;
using System.Text.Json.Serialization;
using Cdg.Inscription.Dossiers.Events;
using Cdg.Inscription.Serialization.SystemTextJson.Reading;
using Cdg.Inscription.Serialization.SystemTextJson.Writing;

namespace Cdg.Inscription.Serialization.SystemTextJson;

/// <summary>
/// Writes and reads any <see cref="DossierEvent"/> as the contract's JSON object, for hosts that
/// embed events in their own documents; registered in <see cref="DossierJson.Options"/> and
/// <see cref="DossierJsonContext"/>.
/// </summary>
/// <remarks>This type is thread-safe: it holds no state.</remarks>
public sealed class DossierEventJsonConverter : JsonConverter<DossierEvent>
{
    /// <summary>Reads one event.</summary>
    /// <param name="reader">The reader, at the start of the event's object.</param>
    /// <param name="typeToConvert">A <see cref="DossierEvent"/> type.</param>
    /// <param name="options">Not used: the contract does not depend on them.</param>
    /// <returns>The event.</returns>
    /// <exception cref="StoredEventException">The JSON cannot be read back as an event.</exception>
    /// <exception cref="JsonException">The reader does not hold valid JSON.</exception>
    public override DossierEvent Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return EventReader.Read(document.RootElement, null);
    }

    /// <summary>Writes one event.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The event.</param>
    /// <param name="options">Not used: the contract does not depend on them.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="value"/> is null.</exception>
    /// <exception cref="NotSupportedException">The event is of a type that this version of the package does not know.</exception>
    public override void Write(Utf8JsonWriter writer, DossierEvent value, JsonSerializerOptions options) =>
        EventWriter.Write(writer ?? throw new ArgumentNullException(nameof(writer)), value ?? throw new ArgumentNullException(nameof(value)));
}

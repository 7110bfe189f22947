using System.Text.Json.Serialization;

namespace Cdg.Inscription.Benchmarks.Storage.Plain;

/// <summary>System.Text.Json's source generator on the plain records: the baseline.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(PlainEvent[]))]
[JsonSerializable(typeof(PlainSnapshot))]
internal sealed partial class PlainJsonContext : JsonSerializerContext
{
}

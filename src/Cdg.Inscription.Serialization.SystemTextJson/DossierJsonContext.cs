using System.Text.Json.Serialization;
using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Dossiers.Events;

namespace Cdg.Inscription.Serialization.SystemTextJson;

/// <summary>
/// The source-generated metadata of the contract's types, over the package's converters: no
/// reflection. Internal, since the generator also emits metadata for the types the events hold;
/// hosts reach it through <see cref="DossierJson.TypeInfoResolver"/> and the typed
/// <see cref="DossierJson.EventTypeInfo"/>, <see cref="DossierJson.SnapshotTypeInfo"/> and
/// <see cref="DossierJson.HistoryTypeInfo"/>.
/// </summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata, Converters = [typeof(DossierEventJsonConverter), typeof(DossierSnapshotJsonConverter)])]
[JsonSerializable(typeof(DossierEvent))]
[JsonSerializable(typeof(DossierSnapshot))]
[JsonSerializable(typeof(IReadOnlyList<DossierEvent>))]
internal sealed partial class DossierJsonContext : JsonSerializerContext
{
}

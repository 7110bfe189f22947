using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Cdg.Inscription.Serialization.SystemTextJson.Tests.Support;

/// <summary>docs/storage.schema.json, loaded once, and its definitions as schemas to validate against.</summary>
internal static class StorageSchema
{
    internal const string RelativePath = "docs/storage.schema.json";

    /// <summary>
    /// One evaluation at a time: JsonSchema.Net 7 keeps evaluation state in the shared schema, and two
    /// test classes validating at once made an event match two alternatives of the root's oneOf now and then.
    /// </summary>
    private static readonly object Gate = new();

    private static readonly Lazy<(JsonSchema Root, JsonNode Node)> Loaded = new(() =>
    {
        var text = File.ReadAllText(RepositoryPath.Of(RelativePath));
        return (JsonSchema.FromText(text), JsonNode.Parse(text)!);
    });

    /// <summary>The schema as a JSON document, to read its lists.</summary>
    internal static JsonNode Node => Loaded.Value.Node;

    internal static Uri Id => new(Node["$id"]!.GetValue<string>());

    /// <summary>The errors of validating <paramref name="json"/> against <c>$defs/<paramref name="definition"/></c>, or the root when null; empty when valid.</summary>
    internal static IReadOnlyList<string> Errors(string json, string? definition = null)
    {
        var options = new EvaluationOptions { OutputFormat = OutputFormat.List };
        options.SchemaRegistry.Register(Loaded.Value.Root);
        var schema = definition is null
            ? Loaded.Value.Root
            : JsonSchema.FromText($$"""{"$schema":"https://json-schema.org/draft/2020-12/schema","$ref":"{{Id}}#/$defs/{{definition}}"}""");
        EvaluationResults results;
        lock (Gate)
        {
            results = schema.Evaluate(JsonNode.Parse(json), options);
        }

        return results.IsValid
            ? []
            : (results.Details ?? []).Where(d => d.HasErrors).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}")).DefaultIfEmpty("invalid").ToArray();
    }

    /// <summary>The values of an <c>enum</c> of <c>$defs</c>.</summary>
    internal static IReadOnlyList<string> EnumOf(string definition) =>
        Node["$defs"]![definition]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()).ToArray();

    /// <summary>The type name that each alternative of <c>$defs/event</c> requires, in order.</summary>
    internal static IReadOnlyList<string> EventAlternatives() =>
        Node["$defs"]!["event"]!["oneOf"]!.AsArray()
            .Select(r => r!["$ref"]!.GetValue<string>().Split('/').Last())
            .Select(name => Node["$defs"]![name]!["properties"]!["type"]!["const"]!.GetValue<string>())
            .ToArray();

    internal static string Serialize(JsonNode node) => node.ToJsonString(new JsonSerializerOptions());
}

using System.Text.Json;

namespace Cdg.Inscription.Serialization.SystemTextJson.Tests.Support;

/// <summary>
/// Says which rule of docs/storage.md ("Compatibility") a change to a golden file breaks, from the
/// fields and values of the golden JSON and of what the code now writes.
/// </summary>
internal static class CompatibilityRules
{
    internal const string Rules = "docs/storage.md, \"Compatibility\"";

    internal static string Explain(string golden, string actual)
    {
        var before = Flatten(golden);
        var after = Flatten(actual);
        var removed = before.Keys.Where(k => !after.ContainsKey(k)).ToArray();
        var added = after.Keys.Where(k => !before.ContainsKey(k)).ToArray();
        var changed = before.Keys.Where(k => after.TryGetValue(k, out var value) && value != before[k]).ToArray();

        if (changed.Contains("type"))
        {
            return $"The type name changed from {before["type"]} to {after["type"]}: a stored type name never changes, and a new kind of event gets a new name (rule 2, {Rules}).";
        }

        if (changed.Contains("schemaVersion"))
        {
            return $"The schema version changed from {before["schemaVersion"]} to {after["schemaVersion"]}: keep this golden file as the old version's, add the new version's beside it, and read the old one through an upcaster (rule 3, {Rules}).";
        }

        if (removed.Length > 0 && added.Length > 0)
        {
            return $"The fields {List(removed)} are gone and {List(added)} appeared: a renamed field, which needs a new schema version and an upcaster from the old one, since stored data holds the old name (rule 3, {Rules}).";
        }

        if (removed.Length > 0)
        {
            return $"The fields {List(removed)} are no longer written: stored data holds them, and a field is never removed; only renamed, with a new schema version and an upcaster (rule 3, {Rules}).";
        }

        if (added.Length > 0)
        {
            return $"The fields {List(added)} are new: a later version may add a field only as optional (rule 1, {Rules}). Check that the old golden file still reads without it, then rewrite the golden files with {RepositoryPath.UpdateGoldenVariable}=1 and describe the field in docs/storage.md and docs/storage.schema.json.";
        }

        if (changed.Length > 0)
        {
            return $"The values of {List(changed)} are written differently ({string.Join("; ", changed.Select(k => $"{before[k]} became {after[k]}"))}): the encoding of a stored value never changes, or data already stored would read back as something else ({Rules}).";
        }

        return $"The same fields and values, but other bytes (order or escaping): the writer gives the same bytes for the same events, always ({Rules}).";
    }

    private static string List(IEnumerable<string> paths) => string.Join(", ", paths.Select(p => $"'{p}'"));

    private static Dictionary<string, string> Flatten(string json)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(json);
        Flatten(document.RootElement, string.Empty, values);
        return values;
    }

    private static void Flatten(JsonElement element, string path, Dictionary<string, string> values)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Flatten(property.Value, path.Length == 0 ? property.Name : $"{path}.{property.Name}", values);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Flatten(item, $"{path}[{index++}]", values);
                }

                break;
            default:
                values[path] = element.GetRawText();
                break;
        }
    }
}

using System.Text.Json;
using Cdg.Inscription.Serialization.SystemTextJson.Contract;
using NodaTime;
using NodaTime.Text;

namespace Cdg.Inscription.Serialization.SystemTextJson.Reading;

/// <summary>
/// The fields of one JSON object of the contract, read by name (in any order; unknown fields are
/// ignored, so that a later version may add optional ones). Each read either gives a value of the
/// right kind or throws a <see cref="StoredEventException"/> that names the field by its path.
/// A JSON <c>null</c> counts as absent.
/// </summary>
internal readonly struct JsonFields
{
    private readonly JsonElement _object;
    private readonly string _path;

    private JsonFields(JsonElement element, string path, ReadContext context)
    {
        _object = element;
        _path = path;
        Context = context;
    }

    internal ReadContext Context { get; }

    internal static JsonFields Of(JsonElement element, string path, ReadContext context) =>
        element.ValueKind == JsonValueKind.Object
            ? new JsonFields(element, path, context)
            : throw context.Fail(path.Length == 0 ? null : path, $"Expected a JSON object, found {Describe(element)}.");

    internal string PathOf(string name) => _path.Length == 0 ? name : _path + "." + name;

    internal bool TryGet(string name, out JsonElement value) =>
        _object.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;

    internal JsonElement Required(string name) =>
        TryGet(name, out var value) ? value : throw Context.Fail(PathOf(name), "The field is missing.");

    internal string String(string name) => AsString(Required(name), PathOf(name), Context);

    internal string? OptionalString(string name) => TryGet(name, out var value) ? AsString(value, PathOf(name), Context) : null;

    internal long Int64(string name)
    {
        var value = Required(name);
        return value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number)
            ? number
            : throw Context.Fail(PathOf(name), $"Expected an integer, found {Describe(value)}.");
    }

    internal bool Boolean(string name)
    {
        var value = Required(name);
        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Context.Fail(PathOf(name), $"Expected true or false, found {Describe(value)}."),
        };
    }

    internal Guid Guid(string name)
    {
        var text = String(name);
        return System.Guid.TryParseExact(text, "D", out var id)
            ? id
            : throw Context.Fail(PathOf(name), $"Expected a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx), found '{text}'.");
    }

    internal Instant Instant(string name) => ParseInstant(String(name), PathOf(name));

    internal Instant? OptionalInstant(string name) => OptionalString(name) is { } text ? ParseInstant(text, PathOf(name)) : null;

    internal LocalDate LocalDate(string name) => ParseDate(String(name), PathOf(name));

    internal LocalDate? OptionalLocalDate(string name) => OptionalString(name) is { } text ? ParseDate(text, PathOf(name)) : null;

    internal T Enum<T>(string name, NameTable<T> table)
        where T : struct, Enum
    {
        var text = String(name);
        return table.TryParse(text, out var value)
            ? value
            : throw Context.Fail(PathOf(name), $"'{text}' is not one of {string.Join(", ", table.Names.Select(n => $"'{n}'"))}.");
    }

    internal JsonFields Object(string name) => Of(Required(name), PathOf(name), Context);

    internal JsonFields? OptionalObject(string name) => TryGet(name, out var value) ? Of(value, PathOf(name), Context) : null;

    /// <summary>The items of an array field, each read by <paramref name="read"/> with its path (<c>files[2]</c>).</summary>
    internal IReadOnlyList<T> Array<T>(string name, Func<JsonElement, string, T> read)
    {
        var value = Required(name);
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw Context.Fail(PathOf(name), $"Expected a JSON array, found {Describe(value)}.");
        }

        var items = new List<T>(value.GetArrayLength());
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            items.Add(read(item, $"{PathOf(name)}[{index}]"));
            index++;
        }

        return items;
    }

    internal IReadOnlyList<string> Strings(string name)
    {
        var context = Context;
        return Array(name, (item, path) => AsString(item, path, context));
    }

    /// <summary>
    /// Calls a factory or constructor of the library; the <see cref="ArgumentException"/> or
    /// <see cref="FormatException"/> it throws becomes a <see cref="StoredEventException"/> naming
    /// the field: the parameter's name (which the contract's field names follow), or <paramref name="field"/>.
    /// </summary>
    internal T Build<T>(Func<T> create, string? field = null)
    {
        try
        {
            return create();
        }
        catch (ArgumentException exception)
        {
            var name = field ?? (exception.ParamName is { Length: > 0 } parameter ? PathOf(parameter) : _path);
            throw Context.Fail(name.Length == 0 ? null : name, ReadContext.ReasonOf(exception), exception);
        }
        catch (FormatException exception)
        {
            throw Context.Fail(field ?? (_path.Length == 0 ? null : _path), exception.Message, exception);
        }
    }

    internal static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => $"the number {element.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"the value {element.GetRawText()}",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    private static string AsString(JsonElement value, string path, ReadContext context) =>
        value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw context.Fail(path, $"Expected a string, found {Describe(value)}.");

    private Instant ParseInstant(string text, string path)
    {
        var result = InstantPattern.ExtendedIso.Parse(text);
        return result.Success
            ? result.Value
            : throw Context.Fail(path, $"Expected an ISO-8601 instant in UTC (2023-04-27T21:59:59.9999999Z), found '{text}'.", result.Exception);
    }

    private LocalDate ParseDate(string text, string path)
    {
        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success
            ? result.Value
            : throw Context.Fail(path, $"Expected a date as yyyy-MM-dd, found '{text}'.", result.Exception);
    }
}

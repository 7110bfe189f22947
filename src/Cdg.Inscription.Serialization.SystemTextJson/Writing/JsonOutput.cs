using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Cdg.Inscription.Serialization.SystemTextJson.Writing;

/// <summary>
/// How the contract writes its bytes: compact, UTF-8, with only the escaping that JSON needs (French
/// text stays readable: « é », not <c>\u00E9</c>). The same input always gives the same bytes.
/// </summary>
internal static class JsonOutput
{
    internal static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>Runs <paramref name="write"/> on a fresh writer and returns what it wrote, as text.</summary>
    internal static string Write<T>(T value, Action<Utf8JsonWriter, T> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            write(writer, value);
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }
}

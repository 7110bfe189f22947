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

    /// <summary>This thread's buffer and writer, reused from one call to the next; null while in use (a nested call) or not made yet.</summary>
    [ThreadStatic]
    private static (MemoryStream Stream, Utf8JsonWriter Writer)? _cached;

    /// <summary>Runs <paramref name="write"/> on a writer and returns what it wrote, as text.</summary>
    internal static string Write<T>(T value, Action<Utf8JsonWriter, T> write)
    {
        var (stream, writer) = _cached ?? (new MemoryStream(4096), new Utf8JsonWriter(Stream.Null, WriterOptions));
        _cached = null;
        try
        {
            stream.SetLength(0);
            writer.Reset(stream);
            write(writer, value);
            writer.Flush();
            return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
        }
        finally
        {
            writer.Reset(Stream.Null);
            if (stream.Capacity <= 1 << 16)
            {
                _cached = (stream, writer);
            }
        }
    }
}

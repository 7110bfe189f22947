using Cdg.Inscription.Files.Inspection;

namespace Cdg.Inscription.Files.Pdf;

/// <summary>
/// Reads indirect objects and stream data at the offsets that a cross-reference gives, as a
/// reader does: the object's header must be there, its value is read whole (its names recorded),
/// and a stream's data are taken by their <c>/Length</c>, or up to <c>endstream</c> when the
/// length does not lead to it, as qpdf recovers them.
/// </summary>
internal sealed class PdfObjectReader
{
    /// <summary>The most bytes of one object's value, outside its stream data; a larger object is damage.</summary>
    internal const int MaxObjectBytes = 8 * 1024 * 1024;

    /// <summary>The most bytes of one stream's data that are read to be decoded.</summary>
    internal const int MaxStreamBytes = PdfScanner.MaxObjectStreamBytes;

    /// <summary>The bytes first read for an object; most objects are smaller.</summary>
    private const int FirstWindowBytes = 4096;

    private static readonly byte[] EndStream = PdfBytes.Ascii("endstream");

    /// <summary>Creates a reader.</summary>
    /// <param name="content">The file: seekable.</param>
    /// <param name="found">Where the faults that names mean are recorded.</param>
    internal PdfObjectReader(Stream content, FormatReport found)
    {
        Window = new PdfFileWindow(content);
        Parser = new PdfParser(found);
    }

    /// <summary>The window onto the file.</summary>
    internal PdfFileWindow Window { get; }

    /// <summary>The parser of the window's bytes.</summary>
    internal PdfParser Parser { get; }

    /// <summary>How many bytes the objects read spanned, from their header to the end of their value.</summary>
    internal long BytesParsed { get; private set; }

    /// <summary>Whether the last read failed because the object is larger than <see cref="MaxObjectBytes"/>.</summary>
    internal bool TooLarge { get; private set; }

    /// <summary>Reads the object that starts at an offset.</summary>
    /// <param name="offset">The offset that the cross-reference gives.</param>
    /// <param name="number">The object number it gives; -1 for any.</param>
    /// <param name="generation">The generation it gives; -1 for any.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <param name="worthReading">Where the objects that will be read next end, to read no further ahead.</param>
    /// <returns>What was read; a null value when no such object starts there.</returns>
    internal async Task<PdfObjectRead> ReadObjectAsync(long offset, long number, long generation, CancellationToken cancellationToken, long worthReading = long.MaxValue)
    {
        TooLarge = false;
        if (offset < 0 || offset >= Window.Length)
        {
            return default;
        }

        var size = FirstWindowBytes;
        while (true)
        {
            await Window.LoadAsync(offset, size, cancellationToken, worthReading).ConfigureAwait(false);
            var start = Window.IndexOf(offset);
            Parser.Reset(Window.Bytes, start, Window.Count, Window.ReachesEnd);
            var value = Parser.ReadIndirectObject(number, generation, out var isStream);
            var lineEndInWindow = !isStream || Parser.Position + 2 <= Window.Count || Window.ReachesEnd;
            if (!Parser.NeedMore && lineEndInWindow)
            {
                BytesParsed += Parser.Position - start;
                return value is null
                    ? default
                    : new PdfObjectRead(value, Parser.ObjectNumber, isStream, isStream ? DataStart(Window.Start + Parser.Position) : -1);
            }

            var available = Window.Start + Window.Count - offset;
            if (available >= MaxObjectBytes)
            {
                TooLarge = true;
                return default;
            }

            size = (int)Math.Min(MaxObjectBytes, Math.Max(available, size) * 4);
        }
    }

    /// <summary>
    /// Reads a stream's data: by a <c>/Length</c> after which white space and <c>endstream</c>
    /// follow; otherwise up to the first <c>endstream</c>, without the line end before it.
    /// </summary>
    /// <param name="length">The stream's length, when known; null otherwise.</param>
    /// <param name="dataStart">Where the data start.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The data; null when they exceed <see cref="MaxStreamBytes"/> or no <c>endstream</c> ends them.</returns>
    internal async Task<byte[]?> ReadStreamDataAsync(long? length, long dataStart, CancellationToken cancellationToken)
    {
        TooLarge = false;
        if (length is >= 0 && dataStart + length <= Window.Length)
        {
            if (length > MaxStreamBytes)
            {
                TooLarge = true;
                return null;
            }

            var wanted = (int)length + 64 + EndStream.Length;
            await Window.LoadAsync(dataStart, wanted, cancellationToken, dataStart + wanted).ConfigureAwait(false);
            var end = Window.IndexOf(dataStart + length.Value);
            var after = PdfBytes.SkipWhitespace(Window.Bytes, end, Window.Count);
            if (StartsWith(Window.Bytes, after, Window.Count, EndStream))
            {
                return Copy(Window.IndexOf(dataStart), (int)length);
            }
        }

        await Window.LoadAsync(dataStart, MaxStreamBytes + 2 + EndStream.Length, cancellationToken).ConfigureAwait(false);
        var from = Window.IndexOf(dataStart);
        var found = IndexOf(Window.Bytes, from, Window.Count, EndStream);
        if (found < 0)
        {
            TooLarge = Window.Count - from > MaxStreamBytes;
            return null;
        }

        var stop = found;
        if (stop > from && Window.Bytes[stop - 1] == '\n')
        {
            stop--;
        }

        if (stop > from && Window.Bytes[stop - 1] == '\r')
        {
            stop--;
        }

        if (stop - from > MaxStreamBytes)
        {
            TooLarge = true;
            return null;
        }

        return Copy(from, stop - from);
    }

    /// <summary>The offset where the data start after <c>stream</c>: past CR LF, LF or a lone CR.</summary>
    private long DataStart(long afterKeyword)
    {
        var i = Window.IndexOf(afterKeyword);
        var bytes = Window.Bytes;
        if (i < Window.Count && bytes[i] == '\r')
        {
            i++;
        }

        if (i < Window.Count && bytes[i] == '\n')
        {
            i++;
        }

        return Window.Start + i;
    }

    private byte[] Copy(int from, int count)
    {
        var data = new byte[count];
        Buffer.BlockCopy(Window.Bytes, from, data, 0, count);
        return data;
    }

    /// <summary>Whether <paramref name="pattern"/> starts at <paramref name="at"/> and ends by <paramref name="end"/>.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <param name="at">Where the pattern would start.</param>
    /// <param name="end">Where the bytes end.</param>
    /// <param name="pattern">The bytes looked for.</param>
    /// <returns>True when they are there.</returns>
    internal static bool StartsWith(byte[] bytes, int at, int end, byte[] pattern)
    {
        if (at + pattern.Length > end)
        {
            return false;
        }

        for (var k = 0; k < pattern.Length; k++)
        {
            if (bytes[at + k] != pattern[k])
            {
                return false;
            }
        }

        return true;
    }

    private static int IndexOf(byte[] bytes, int start, int end, byte[] pattern)
    {
#if NET
        var found = bytes.AsSpan(start, end - start).IndexOf(pattern);
        return found < 0 ? -1 : start + found;
#else
        for (var i = start; i + pattern.Length <= end; i++)
        {
            if (StartsWith(bytes, i, end, pattern))
            {
                return i;
            }
        }

        return -1;
#endif
    }
}

namespace Cdg.Inscription.Files.Pdf;

/// <summary>
/// The cross-reference of a PDF as a reader resolves it: every revision's table or stream, from
/// the last <c>startxref</c> through the <c>/Prev</c> chain and a hybrid file's <c>/XRefStm</c>.
/// It gathers the objects in use that any revision places at an offset (type 1), and the object
/// streams that compressed objects are said to be in (type 2).
/// </summary>
/// <remarks>
/// A section that is not where an offset points, a cycle in the chain, more than
/// <see cref="MaxSections"/> sections, a table or stream that cannot be read, a compressed object
/// said to be in itself, or more objects than the file could hold, is damage:
/// <see cref="ReadAsync"/> returns false, and the file is refused.
/// </remarks>
internal sealed class PdfCrossReference
{
    /// <summary>The most sections followed.</summary>
    internal const int MaxSections = 1024;

    private static readonly byte[] XrefKeyword = PdfBytes.Ascii("xref");
    private static readonly byte[] TrailerKeyword = PdfBytes.Ascii("trailer");
    private static readonly byte[] InUseKeyword = PdfBytes.Ascii("n");
    private static readonly byte[] FreeKeyword = PdfBytes.Ascii("f");

    private readonly PdfObjectReader _reader;
    private readonly long _maxEntries;
    private readonly HashSet<long> _visited = [];
    private readonly Dictionary<long, long> _offsets = [];

    /// <summary>Creates the cross-reference of a file.</summary>
    /// <param name="reader">The reader of the file's objects.</param>
    internal PdfCrossReference(PdfObjectReader reader)
    {
        _reader = reader;

        // An object takes at least "1 0 obj null endobj": no file holds more in use than this.
        _maxEntries = (reader.Window.Length / 8) + 16;
    }

    /// <summary>The objects in use at an offset, of every revision.</summary>
    internal List<PdfCrossReferenceEntry> InUse { get; } = [];

    /// <summary>The numbers of the object streams that compressed objects are said to be in.</summary>
    internal HashSet<long> ObjectStreams { get; } = [];

    /// <summary>How many bytes the cross-reference streams decoded to.</summary>
    internal long DecodedBytes { get; private set; }

    /// <summary>Whether a cross-reference stream decodes to more than the limits allow.</summary>
    internal bool TooLarge { get; private set; }

    /// <summary>The offset of an object of the newest revision that places it, for an indirect <c>/Length</c>.</summary>
    /// <param name="number">The object number.</param>
    /// <returns>Its entry's offset; null when no revision places it.</returns>
    internal long? OffsetOf(long number) => _offsets.TryGetValue(number, out var offset) ? offset : null;

    /// <summary>Reads every section, from the last one back.</summary>
    /// <param name="startXref">The offset that the last <c>startxref</c> gives.</param>
    /// <param name="maxDecodedBytes">The most bytes that cross-reference streams may decode to.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>False when the cross-reference is damaged.</returns>
    internal async Task<bool> ReadAsync(long startXref, long maxDecodedBytes, CancellationToken cancellationToken)
    {
        var pending = new Stack<long>();
        pending.Push(startXref);
        while (pending.Count > 0)
        {
            var offset = pending.Pop();
            if (!_visited.Add(offset) || _visited.Count > MaxSections)
            {
                return false;
            }

            var trailer = await ReadSectionAsync(offset, maxDecodedBytes, cancellationToken).ConfigureAwait(false);
            if (trailer is null || InUse.Count > _maxEntries)
            {
                return false;
            }

            // The previous revision is read after this one's cross-reference stream, whose entries come first.
            if (trailer[PdfName.Prev] is { } previous)
            {
                if (previous.Kind != PdfValueKind.Integer)
                {
                    return false;
                }

                pending.Push(previous.Integer);
            }

            if (trailer[PdfName.XRefStm] is { } stream)
            {
                if (stream.Kind != PdfValueKind.Integer)
                {
                    return false;
                }

                pending.Push(stream.Integer);
            }
        }

        return true;
    }

    /// <summary>Reads the section at an offset: a table and its trailer, or a stream.</summary>
    /// <returns>The trailer, or the stream's dictionary; null when the section is damaged.</returns>
    private async Task<PdfValue?> ReadSectionAsync(long offset, long maxDecodedBytes, CancellationToken cancellationToken)
    {
        if (offset < 0 || offset >= _reader.Window.Length)
        {
            return null;
        }

        var parser = _reader.Parser;
        await Load(offset, cancellationToken).ConfigureAwait(false);
        if (parser.Next() == PdfTokenKind.Keyword && parser.IsKeyword(XrefKeyword))
        {
            return await ReadTableAsync(_reader.Window.Start + parser.Position, cancellationToken).ConfigureAwait(false);
        }

        return await ReadStreamAsync(offset, maxDecodedBytes, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads the subsections of a table, then its trailer.</summary>
    private async Task<PdfValue?> ReadTableAsync(long position, CancellationToken cancellationToken)
    {
        var parser = _reader.Parser;
        while (true)
        {
            await Load(position, cancellationToken).ConfigureAwait(false);
            var token = parser.Next();
            if (token == PdfTokenKind.Keyword && parser.IsKeyword(TrailerKeyword))
            {
                position = _reader.Window.Start + parser.Position;
                return await ReadTrailerAsync(position, cancellationToken).ConfigureAwait(false);
            }

            if (token != PdfTokenKind.Integer || parser.Integer < 0)
            {
                return null;
            }

            var first = parser.Integer;
            if (parser.Next() != PdfTokenKind.Integer || parser.Integer < 0 || parser.Integer > _maxEntries)
            {
                return null;
            }

            var count = parser.Integer;
            position = _reader.Window.Start + parser.Position;
            for (var k = 0L; k < count; k++)
            {
                await Load(position, cancellationToken).ConfigureAwait(false);
                if (parser.Next() != PdfTokenKind.Integer)
                {
                    return null;
                }

                var entryOffset = parser.Integer;
                if (parser.Next() != PdfTokenKind.Integer)
                {
                    return null;
                }

                var generation = parser.Integer;
                if (parser.Next() != PdfTokenKind.Keyword)
                {
                    return null;
                }

                if (parser.IsKeyword(InUseKeyword))
                {
                    Add(first + k, generation, entryOffset);
                }
                else if (!parser.IsKeyword(FreeKeyword))
                {
                    return null;
                }

                position = _reader.Window.Start + parser.Position;
            }

            if (InUse.Count > _maxEntries)
            {
                return null;
            }
        }
    }

    /// <summary>Reads a trailer dictionary.</summary>
    private async Task<PdfValue?> ReadTrailerAsync(long position, CancellationToken cancellationToken)
    {
        var parser = _reader.Parser;
        var size = 4096;
        while (true)
        {
            await _reader.Window.LoadAsync(position, size, cancellationToken).ConfigureAwait(false);
            parser.Reset(_reader.Window.Bytes, _reader.Window.IndexOf(position), _reader.Window.Count, _reader.Window.ReachesEnd);
            var trailer = parser.ReadValue(1);
            if (!parser.NeedMore)
            {
                return trailer is { Kind: PdfValueKind.Dictionary } ? trailer : null;
            }

            if (size >= PdfObjectReader.MaxObjectBytes)
            {
                return null;
            }

            size *= 4;
        }
    }

    /// <summary>Reads a cross-reference stream: <c>/Type /XRef</c>, <c>/W</c>, <c>/Index</c>, its decoded entries.</summary>
    private async Task<PdfValue?> ReadStreamAsync(long offset, long maxDecodedBytes, CancellationToken cancellationToken)
    {
        var read = await _reader.ReadObjectAsync(offset, -1, -1, cancellationToken).ConfigureAwait(false);
        if (read.Value is not { Kind: PdfValueKind.Dictionary } dictionary || !read.IsStream || dictionary[PdfName.Type] is not { Kind: PdfValueKind.Name, Name: PdfName.XRef })
        {
            return null;
        }

        var widths = Integers(dictionary[PdfName.W]);
        var size = dictionary.IntegerOf(PdfName.Size);
        var index = dictionary[PdfName.Index] is null ? DefaultIndex(size) : Integers(dictionary[PdfName.Index]);
        if (widths is not { Count: 3 } || widths.Any(w => w is < 0 or > 8) || size is null or < 0 || index is null || index.Count % 2 != 0 || index.Any(i => i < 0))
        {
            return null;
        }

        var steps = PdfFilterStep.Of(dictionary);
        var data = steps is null ? null : await _reader.ReadStreamDataAsync(dictionary.IntegerOf(PdfName.Length), read.DataStart, cancellationToken).ConfigureAwait(false);
        if (data is null)
        {
            TooLarge |= _reader.TooLarge;
            return null;
        }

        var limit = (int)Math.Min(PdfObjectReader.MaxStreamBytes, Math.Max(0, maxDecodedBytes - DecodedBytes));
        var outcome = PdfDecoder.Decode(data, steps!, limit, out var entries, out var decodedBytes);
        DecodedBytes += decodedBytes;
        if (outcome != PdfDecodeOutcome.Decoded || DecodedBytes > maxDecodedBytes)
        {
            TooLarge |= outcome == PdfDecodeOutcome.TooLarge || DecodedBytes > maxDecodedBytes;
            return null;
        }

        return ReadEntries(entries, widths, index) ? dictionary : null;
    }

    /// <summary>Reads the entries of a decoded cross-reference stream.</summary>
    private bool ReadEntries(byte[] entries, List<long> widths, List<long> index)
    {
        var entryBytes = (int)(widths[0] + widths[1] + widths[2]);
        var at = 0L;
        for (var pair = 0; pair < index.Count; pair += 2)
        {
            var first = index[pair];
            var count = index[pair + 1];
            if (entryBytes == 0 || count > (entries.Length - at) / entryBytes)
            {
                return false;
            }

            for (var k = 0L; k < count; k++)
            {
                var type = widths[0] == 0 ? 1 : Field(entries, ref at, (int)widths[0]);
                var second = Field(entries, ref at, (int)widths[1]);
                var third = Field(entries, ref at, (int)widths[2]);
                var number = first + k;
                if (type == 1)
                {
                    Add(number, third, second);
                }
                else if (type == 2)
                {
                    if (second == number)
                    {
                        // A compressed object said to be in itself.
                        return false;
                    }

                    ObjectStreams.Add(second);
                }
            }

            if (InUse.Count > _maxEntries)
            {
                return false;
            }
        }

        return true;
    }

    private void Add(long number, long generation, long offset)
    {
        if (number == 0)
        {
            return;
        }

        InUse.Add(new PdfCrossReferenceEntry(offset, number, generation));
        if (!_offsets.ContainsKey(number))
        {
            _offsets[number] = offset;
        }
    }

    /// <summary>Loads a window at a position for the short tokens of a table.</summary>
    private async Task Load(long position, CancellationToken cancellationToken)
    {
        var window = _reader.Window;
        await window.LoadAsync(position, 256, cancellationToken).ConfigureAwait(false);
        _reader.Parser.Reset(window.Bytes, window.IndexOf(position), window.Count, window.ReachesEnd);
    }

    private static long Field(byte[] entries, ref long at, int width)
    {
        var value = 0L;
        for (var k = 0; k < width; k++)
        {
            value = (value << 8) | entries[at++];
        }

        return value;
    }

    /// <summary>The subsections of a stream without <c>/Index</c>: objects 0 to <c>/Size</c> - 1.</summary>
    private static List<long>? DefaultIndex(long? size) => size is { } count ? [0, count] : null;

    private static List<long>? Integers(PdfValue? value)
    {
        if (value is not { Kind: PdfValueKind.Array, Items: { } items })
        {
            return null;
        }

        var integers = new List<long>(items.Count);
        foreach (var item in items)
        {
            if (item.Kind != PdfValueKind.Integer)
            {
                return null;
            }

            integers.Add(item.Integer);
        }

        return integers;
    }
}

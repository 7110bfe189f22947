using Cdg.Inscription.Files.Inspection;

namespace Cdg.Inscription.Files.Pdf;

/// <summary>
/// The reader's view of a PDF: besides the sequential scan, the objects that a reader loads,
/// found as it finds them, through the cross-reference. Every object in use that any revision
/// places at an offset is read there whole, its names recorded, so that an object hidden in
/// another stream's data is seen; every stream that is an object stream (named by a compressed
/// entry, or with <c>/N</c> and <c>/First</c>, or <c>/Type /ObjStm</c>) is decoded through its
/// filters and predictor, whatever its <c>/Type</c>, and each of its objects read where its
/// header places it.
/// </summary>
/// <remarks>
/// <para>
/// Damage, refused as <see cref="FileFaults.Damaged"/>: no <c>startxref</c> before the last
/// <c>%%EOF</c>, a cross-reference that cannot be resolved (<see cref="PdfCrossReference"/>), an
/// offset where that object does not start, an object larger than
/// <see cref="PdfObjectReader.MaxObjectBytes"/> or not PDF syntax, objects that overlap so much
/// that reading them would take more than <see cref="MaxParsedBytes"/>, an object stream that
/// cannot be decoded (LZW, another filter, corrupt data) or whose objects are cut off, and a
/// compressed object whose object stream is not one.
/// </para>
/// <para>
/// Bounds: the decoded bytes of every stream decoded here count against
/// <see cref="FileInspectionOptions.MaxInflatedBytes"/> together, and one object stream may not
/// decode to more than <see cref="PdfScanner.MaxObjectStreamBytes"/>: past either, the file is a
/// <see cref="FileFaults.CompressionBomb"/>. Memory holds one window of the file, one object
/// stream, and 16 bytes for each object in use. Time is linear in the size of the file.
/// </para>
/// </remarks>
internal static class PdfReaderView
{
    /// <summary>How many bytes before the last <c>%%EOF</c> are searched for <c>startxref</c>.</summary>
    private const int StartXrefWindow = 1024;

    /// <summary>How close the next object must start to be read in the same read, and how far past the last one a read goes.</summary>
    private const int CloseObjectBytes = 4096;

    private static readonly byte[] StartXrefKeyword = PdfBytes.Ascii("startxref");

    /// <summary>The most bytes that reading the objects may span: twice the file, and a little more.</summary>
    /// <param name="length">The length of the file, or of an object stream's data.</param>
    /// <returns>The bound.</returns>
    internal static long MaxParsedBytes(long length) => (2 * length) + (1 << 20);

    /// <summary>Reads the file as a reader does, recording what it finds in <paramref name="report"/>.</summary>
    /// <param name="content">The file: seekable.</param>
    /// <param name="endOfFile">The offset of its last <c>%%EOF</c>.</param>
    /// <param name="report">Where to record what was found.</param>
    /// <param name="maxDecodedBytes">The most bytes that the streams decoded here may decode to, together.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>How many bytes of the file were read.</returns>
    internal static async Task<long> CheckAsync(Stream content, long endOfFile, FormatReport report, long maxDecodedBytes, CancellationToken cancellationToken)
    {
        var reader = new PdfObjectReader(content, report);
        var fault = await ReadAsync(reader, endOfFile, report, maxDecodedBytes, cancellationToken).ConfigureAwait(false);
        if (fault != FileFaults.None)
        {
            report.Add(fault);
        }

        return reader.Window.BytesRead;
    }

    private static async Task<FileFaults> ReadAsync(PdfObjectReader reader, long endOfFile, FormatReport report, long maxDecodedBytes, CancellationToken cancellationToken)
    {
        var startXref = await StartXrefAsync(reader, endOfFile, cancellationToken).ConfigureAwait(false);
        if (startXref < 0)
        {
            return FileFaults.Damaged;
        }

        var crossReference = new PdfCrossReference(reader);
        if (!await crossReference.ReadAsync(startXref, maxDecodedBytes, cancellationToken).ConfigureAwait(false))
        {
            return crossReference.TooLarge ? FileFaults.CompressionBomb : FileFaults.Damaged;
        }

        var objectStreams = new PdfObjectStreams(report, maxDecodedBytes - crossReference.DecodedBytes);
        var entries = crossReference.InUse;
        entries.Sort((a, b) => a.Offset != b.Offset ? a.Offset.CompareTo(b.Offset) : a.Number != b.Number ? a.Number.CompareTo(b.Number) : a.Generation.CompareTo(b.Generation));
        var maxParsed = MaxParsedBytes(reader.Window.Length);
        var readAhead = ReadAhead(entries);
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (i > 0 && entry == entries[i - 1])
            {
                continue;
            }

            var read = await reader.ReadObjectAsync(entry.Offset, entry.Number, entry.Generation, cancellationToken, readAhead[i]).ConfigureAwait(false);
            if (read.Value is null || reader.BytesParsed > maxParsed)
            {
                return FileFaults.Damaged;
            }

            if (read.IsStream && read.Value.Kind == PdfValueKind.Dictionary && IsObjectStream(read.Value, crossReference.ObjectStreams.Contains(entry.Number)))
            {
                var length = await LengthAsync(reader, crossReference, read.Value, cancellationToken).ConfigureAwait(false);
                var data = await reader.ReadStreamDataAsync(length, read.DataStart, cancellationToken).ConfigureAwait(false);
                var fault = data is null
                    ? (reader.TooLarge ? FileFaults.CompressionBomb : FileFaults.Damaged)
                    : objectStreams.Read(entry.Number, read.Value, data);
                if (fault != FileFaults.None)
                {
                    return fault;
                }
            }
        }

        // A compressed object whose object stream is not one that was read: a reader cannot find it.
        return crossReference.ObjectStreams.IsSubsetOf(objectStreams.Numbers) ? FileFaults.None : FileFaults.Damaged;
    }

    /// <summary>
    /// For each object, sorted by offset, where reading ahead stops: a little past the last of the
    /// objects that follow it closely. A wide gap between two offsets is the data of a stream (an
    /// image, a page's content), which the view does not need.
    /// </summary>
    private static long[] ReadAhead(List<PdfCrossReferenceEntry> entries)
    {
        var ends = new long[entries.Count];
        for (var i = entries.Count - 1; i >= 0; i--)
        {
            var close = i + 1 < entries.Count && entries[i + 1].Offset - entries[i].Offset <= CloseObjectBytes;
            ends[i] = close ? ends[i + 1] : entries[i].Offset + CloseObjectBytes;
        }

        return ends;
    }

    /// <summary>Whether a stream is read as an object stream: named by a compressed entry, or with the keys or type of one.</summary>
    private static bool IsObjectStream(PdfValue dictionary, bool named) =>
        named
        || (dictionary[PdfName.N] is not null && dictionary[PdfName.First] is not null)
        || dictionary[PdfName.Type] is { Kind: PdfValueKind.Name, Name: PdfName.ObjStm };

    /// <summary>A stream's <c>/Length</c>: direct, or the integer object that a reference names; null when neither.</summary>
    private static async Task<long?> LengthAsync(PdfObjectReader reader, PdfCrossReference crossReference, PdfValue dictionary, CancellationToken cancellationToken)
    {
        switch (dictionary[PdfName.Length])
        {
            case { Kind: PdfValueKind.Integer } direct:
                return direct.Integer;
            case { Kind: PdfValueKind.Reference } reference when crossReference.OffsetOf(reference.Integer) is { } offset:
                var read = await reader.ReadObjectAsync(offset, reference.Integer, reference.Generation, cancellationToken).ConfigureAwait(false);
                return read.Value is { Kind: PdfValueKind.Integer } length && !read.IsStream ? length.Integer : null;
            default:
                return null;
        }
    }

    /// <summary>The offset that the last <c>startxref</c> before the last <c>%%EOF</c> gives; -1 when there is none.</summary>
    private static async Task<long> StartXrefAsync(PdfObjectReader reader, long endOfFile, CancellationToken cancellationToken)
    {
        var window = reader.Window;
        var start = Math.Max(0, endOfFile - StartXrefWindow);
        await window.LoadAsync(start, (int)(endOfFile - start), cancellationToken).ConfigureAwait(false);
        var end = window.IndexOf(endOfFile);
        var from = window.IndexOf(start);
        for (var i = end - StartXrefKeyword.Length; i >= from; i--)
        {
            if (PdfObjectReader.StartsWith(window.Bytes, i, end, StartXrefKeyword))
            {
                var parser = reader.Parser;
                parser.Reset(window.Bytes, i + StartXrefKeyword.Length, end, endIsFileEnd: true);
                return parser.Next() == PdfTokenKind.Integer && parser.Integer >= 0 ? parser.Integer : -1;
            }
        }

        return -1;
    }
}

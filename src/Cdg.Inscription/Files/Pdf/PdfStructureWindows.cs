using Cdg.Inscription.Files.Inspection;

namespace Cdg.Inscription.Files.Pdf;

/// <summary>
/// The windows of a PDF that <see cref="PdfStructure"/> reads, in one buffer and with as few reads
/// as the format allows: the head and the tail, in one read when the file is small enough for its
/// every window to fit in <see cref="MaxBytesRead"/> bytes, else in two; then the window where
/// <c>startxref</c> points, read only when the tail does not hold it already.
/// </summary>
internal sealed class PdfStructureWindows
{
    /// <summary>How many bytes of the start are read for the header.</summary>
    internal const int HeadBytes = 16;

    /// <summary>How many bytes of the end are read for <c>startxref</c> and <c>%%EOF</c>.</summary>
    internal const int TailBytes = 2048;

    /// <summary>The most bytes of the window where <c>startxref</c> points.</summary>
    internal const int CrossReferenceBytes = 2048 + 1;

    /// <summary>The most bytes read, whatever the size of the file: the three windows.</summary>
    internal const int MaxBytesRead = HeadBytes + TailBytes + CrossReferenceBytes;

    private readonly Stream _content;

    /// <summary>Whether <see cref="Bytes"/> holds the whole file, each byte at its offset.</summary>
    private readonly bool _wholeFile;

    private PdfStructureWindows(Stream content, long length, byte[] bytes, bool wholeFile, int headCount, long tailOffset, int tailIndex, int tailEnd)
    {
        _content = content;
        _wholeFile = wholeFile;
        Length = length;
        Bytes = bytes;
        HeadCount = headCount;
        TailOffset = tailOffset;
        TailIndex = tailIndex;
        TailEnd = tailEnd;
    }

    /// <summary>The file's length.</summary>
    internal long Length { get; }

    /// <summary>The buffer that holds the windows.</summary>
    internal byte[] Bytes { get; }

    /// <summary>How many bytes of the head were read, from <c>Bytes[0]</c>.</summary>
    internal int HeadCount { get; }

    /// <summary>The offset in the file of the tail's first byte.</summary>
    internal long TailOffset { get; }

    /// <summary>Where the tail starts in <see cref="Bytes"/>.</summary>
    internal int TailIndex { get; }

    /// <summary>Where the tail ends in <see cref="Bytes"/>: the end of the bytes read.</summary>
    internal int TailEnd { get; }

    /// <summary>Reads the head and the tail of a file.</summary>
    /// <param name="content">The file: seekable.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The windows.</returns>
    internal static async Task<PdfStructureWindows> ReadAsync(Stream content, CancellationToken cancellationToken)
    {
        var length = content.Length;
        var tailOffset = Math.Max(0, length - TailBytes);
        if (length <= MaxBytesRead)
        {
            // The windows overlap, or nearly: one read of the whole file.
            var whole = new byte[length];
            var read = await StreamWindow.ReadIntoAsync(content, 0, whole, 0, whole.Length, cancellationToken).ConfigureAwait(false);
            return new PdfStructureWindows(content, length, whole, wholeFile: true, Math.Min(HeadBytes, read), tailOffset, (int)Math.Min(tailOffset, read), read);
        }

        var bytes = new byte[MaxBytesRead];
        var headCount = await StreamWindow.ReadIntoAsync(content, 0, bytes, 0, HeadBytes, cancellationToken).ConfigureAwait(false);
        var tailCount = await StreamWindow.ReadIntoAsync(content, tailOffset, bytes, HeadBytes, TailBytes, cancellationToken).ConfigureAwait(false);
        return new PdfStructureWindows(content, length, bytes, wholeFile: false, headCount, tailOffset, HeadBytes, HeadBytes + tailCount);
    }

    /// <summary>
    /// The window of <see cref="CrossReferenceBytes"/> bytes from <paramref name="offset"/>, fewer
    /// at the end of the file: from the bytes already read when they hold it, else read.
    /// </summary>
    /// <param name="offset">Where the window starts, within the file.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>Where the window starts and ends in <see cref="Bytes"/>.</returns>
    internal async Task<(int Start, int End)> CrossReferenceAsync(long offset, CancellationToken cancellationToken)
    {
        var end = Math.Min(offset + CrossReferenceBytes, Length);
        if (_wholeFile)
        {
            return ((int)Math.Min(offset, TailEnd), (int)Math.Min(end, TailEnd));
        }

        if (offset >= TailOffset)
        {
            // The tail reaches the end of the file, so it holds the window whole.
            return ((int)(offset - TailOffset) + TailIndex, (int)Math.Min((end - TailOffset) + TailIndex, TailEnd));
        }

        var read = await StreamWindow.ReadIntoAsync(_content, offset, Bytes, HeadBytes + TailBytes, (int)(end - offset), cancellationToken).ConfigureAwait(false);
        return (HeadBytes + TailBytes, HeadBytes + TailBytes + read);
    }
}

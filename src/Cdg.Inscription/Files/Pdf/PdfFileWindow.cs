namespace Cdg.Inscription.Files.Pdf;

/// <summary>
/// A window onto a seekable file, for the reads of the reader's view: it keeps one block of the
/// file and reads another only when asked for bytes outside it, and counts the bytes it reads.
/// </summary>
internal sealed class PdfFileWindow
{
    /// <summary>How many bytes are read at least, so that the small objects that follow one another come in one read.</summary>
    internal const int BlockBytes = 64 * 1024;

    private readonly Stream _content;
    private byte[] _buffer = new byte[BlockBytes];

    /// <summary>Creates a window onto a file.</summary>
    /// <param name="content">The file: seekable.</param>
    internal PdfFileWindow(Stream content)
    {
        _content = content;
        Length = content.Length;
    }

    /// <summary>The file's length.</summary>
    internal long Length { get; }

    /// <summary>The bytes of the window.</summary>
    internal byte[] Bytes => _buffer;

    /// <summary>The offset in the file of <c>Bytes[0]</c>.</summary>
    internal long Start { get; private set; }

    /// <summary>How many bytes of <see cref="Bytes"/> hold the file's.</summary>
    internal int Count { get; private set; }

    /// <summary>Whether the window reaches the end of the file.</summary>
    internal bool ReachesEnd => Start + Count == Length;

    /// <summary>How many bytes were read from the file.</summary>
    internal long BytesRead { get; private set; }

    /// <summary>Where an offset of the file is in <see cref="Bytes"/>.</summary>
    /// <param name="offset">The offset, within the window.</param>
    /// <returns>Its index.</returns>
    internal int IndexOf(long offset) => (int)(offset - Start);

    /// <summary>Makes the window hold <paramref name="count"/> bytes from <paramref name="offset"/>, or as many as the file has.</summary>
    /// <param name="offset">The first byte wanted, within the file.</param>
    /// <param name="count">How many are wanted.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <param name="worthReading">Where the bytes that may be needed next end: a read of a new block stops there, or at <see cref="BlockBytes"/>.</param>
    /// <returns>A task that completes when they are in the window.</returns>
    internal async Task LoadAsync(long offset, int count, CancellationToken cancellationToken, long worthReading = long.MaxValue)
    {
        var wanted = (int)Math.Min(count, Length - offset);
        if (offset >= Start && offset + wanted <= Start + Count)
        {
            return;
        }

        var ahead = Math.Min(BlockBytes, Math.Max(0, worthReading - offset));
        var size = (int)Math.Min(Math.Max(wanted, ahead), Length - offset);
        if (size > _buffer.Length)
        {
            _buffer = new byte[size];
        }

        _content.Position = offset;
        var read = 0;
        while (read < size)
        {
            var n = await _content.ReadAsync(_buffer, read, size - read, cancellationToken).ConfigureAwait(false);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        Start = offset;
        Count = read;
        BytesRead += read;
    }
}

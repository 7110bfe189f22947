using Cdg.Inscription.Files.Inspection;

namespace Cdg.Inscription.Files.Jpeg;

/// <summary>
/// The first <see cref="WindowBytes"/> bytes of a JPEG, read once, from which the structural check
/// reads the segment headers: one read for the headers of most files instead of one per segment.
/// A header beyond the window is read from the file by itself, as before.
/// </summary>
internal sealed class JpegHeaderWindow
{
    /// <summary>How many bytes of the start of the file are read at once.</summary>
    internal const int WindowBytes = 4096;

    private readonly Stream _content;
    private readonly byte[] _bytes;
    private readonly int _count;
    private readonly bool _reachesEnd;

    private JpegHeaderWindow(Stream content, byte[] bytes, int count, bool reachesEnd)
    {
        _content = content;
        _bytes = bytes;
        _count = count;
        _reachesEnd = reachesEnd;
    }

    /// <summary>Reads the first <see cref="WindowBytes"/> bytes of a file, or as many as it has.</summary>
    /// <param name="content">The file: seekable.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The window.</returns>
    internal static async Task<JpegHeaderWindow> ReadAsync(Stream content, CancellationToken cancellationToken)
    {
        var length = content.Length;
        var bytes = new byte[(int)Math.Min(WindowBytes, length)];
        var count = await StreamWindow.ReadIntoAsync(content, 0, bytes, 0, bytes.Length, cancellationToken).ConfigureAwait(false);
        return new JpegHeaderWindow(content, bytes, count, reachesEnd: count == length);
    }

    /// <summary>
    /// Up to <paramref name="count"/> bytes from <paramref name="offset"/>, fewer when the file ends
    /// first: from the window when it holds them, else read from the file.
    /// </summary>
    /// <param name="offset">Where to start, within the file.</param>
    /// <param name="count">How many bytes at most.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The bytes; shorter than <paramref name="count"/> at the end of the file.</returns>
    internal Task<byte[]> ReadAsync(long offset, int count, CancellationToken cancellationToken)
    {
        if (offset < 0 || (offset + count > _count && !_reachesEnd))
        {
            return StreamWindow.ReadAsync(_content, offset, count, cancellationToken);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var start = (int)Math.Min(offset, _count);
        var bytes = new byte[(int)Math.Min(offset + count, _count) - start];
        Buffer.BlockCopy(_bytes, start, bytes, 0, bytes.Length);
        return Task.FromResult(bytes);
    }
}

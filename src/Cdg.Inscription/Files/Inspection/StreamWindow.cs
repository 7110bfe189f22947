namespace Cdg.Inscription.Files.Inspection;

/// <summary>Reads a window of a seekable stream: the bounded reads of the structural checks.</summary>
internal static class StreamWindow
{
    /// <summary>
    /// Reads up to <paramref name="count"/> bytes from <paramref name="offset"/>, fewer when the
    /// stream ends first.
    /// </summary>
    /// <param name="content">A seekable stream.</param>
    /// <param name="offset">Where to start; clamped to the stream's length.</param>
    /// <param name="count">How many bytes at most.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The bytes read; shorter than <paramref name="count"/> at the end of the stream.</returns>
    public static async Task<byte[]> ReadAsync(Stream content, long offset, int count, CancellationToken cancellationToken)
    {
        var length = content.Length;
        offset = Math.Max(0, Math.Min(offset, length));
        var size = (int)Math.Min(count, length - offset);
        var buffer = new byte[size];
        content.Position = offset;
        var read = 0;
        while (read < size)
        {
            var n = await content.ReadAsync(buffer, read, size - read, cancellationToken).ConfigureAwait(false);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        if (read < size)
        {
            Array.Resize(ref buffer, read);
        }

        return buffer;
    }
}

namespace Cdg.Inscription.Files.Inspection;

/// <summary>Reads a window of a seekable stream: the bounded reads of the structural checks.</summary>
/// <remarks>
/// A <see cref="FileStream"/> opened for synchronous I/O (<see cref="FileStream.IsAsync"/> false,
/// the default of <c>File.OpenRead</c>) is read synchronously: its <c>ReadAsync</c> would only
/// move the same blocking read to a thread-pool thread and wait for it, which costs about 20 µs
/// per window against 1 to 3 µs for the read itself (docs/performance.md, "Structural checks").
/// A stream opened with <see cref="FileOptions.Asynchronous"/>, and every other stream, is read
/// asynchronously.
/// </remarks>
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
            cancellationToken.ThrowIfCancellationRequested();
            var n = content is FileStream { IsAsync: false }
                ? content.Read(buffer, read, size - read)
                : await content.ReadAsync(buffer, read, size - read, cancellationToken).ConfigureAwait(false);
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

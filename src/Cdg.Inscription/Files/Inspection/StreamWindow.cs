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
        var buffer = new byte[(int)Math.Min(count, length - offset)];
        var read = await ReadIntoAsync(content, offset, buffer, 0, buffer.Length, cancellationToken).ConfigureAwait(false);
        if (read < buffer.Length)
        {
            Array.Resize(ref buffer, read);
        }

        return buffer;
    }

    /// <summary>
    /// Reads <paramref name="count"/> bytes from <paramref name="offset"/> into
    /// <paramref name="buffer"/> at <paramref name="index"/>, fewer when the stream ends first.
    /// </summary>
    /// <param name="content">A seekable stream.</param>
    /// <param name="offset">Where to start, within the stream.</param>
    /// <param name="buffer">Where the bytes go.</param>
    /// <param name="index">Where in <paramref name="buffer"/> the first byte goes.</param>
    /// <param name="count">How many bytes at most; <paramref name="buffer"/> has room for them.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>How many bytes were read: fewer than <paramref name="count"/> at the end of the stream.</returns>
    public static async Task<int> ReadIntoAsync(Stream content, long offset, byte[] buffer, int index, int count, CancellationToken cancellationToken)
    {
        content.Position = offset;
        var read = 0;
        while (read < count)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var n = content is FileStream { IsAsync: false }
                ? content.Read(buffer, index + read, count - read)
                : await content.ReadAsync(buffer, index + read, count - read, cancellationToken).ConfigureAwait(false);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        return read;
    }
}

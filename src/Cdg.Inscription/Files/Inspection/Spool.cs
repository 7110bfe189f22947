using System.Buffers;

namespace Cdg.Inscription.Files.Inspection;

/// <summary>
/// Copies a stream that cannot seek into one that can, within a size limit: in memory up to
/// <see cref="MemoryLimit"/>, in a temporary file deleted on close beyond it.
/// </summary>
internal static class Spool
{
    /// <summary>The most bytes kept in memory before the copy moves to a temporary file: 1 Mio.</summary>
    public const int MemoryLimit = 1024 * 1024;

    /// <summary>
    /// Copies <paramref name="content"/> from where it is to its end, reading at most one chunk
    /// past <paramref name="maxSize"/> bytes.
    /// </summary>
    /// <param name="content">A readable stream.</param>
    /// <param name="maxSize">The most bytes to copy.</param>
    /// <param name="cancellationToken">Cancels the copy.</param>
    /// <returns>The copy, at position 0, to dispose; null when the content is larger than <paramref name="maxSize"/>.</returns>
    public static async Task<Stream?> CopyAsync(Stream content, long maxSize, CancellationToken cancellationToken)
    {
        Stream spool = new MemoryStream();
        var buffer = ArrayPool<byte>.Shared.Rent(FileInspector.ChunkSize);
        try
        {
            long total = 0;
            while (true)
            {
                var wanted = (int)Math.Min(buffer.Length, maxSize + 1 - total);
                var read = await content.ReadAsync(buffer, 0, wanted, cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                total += read;
                if (total > maxSize)
                {
                    spool.Dispose();
                    return null;
                }

                if (total > MemoryLimit && spool is MemoryStream memory)
                {
                    spool = await MoveToFileAsync(memory, cancellationToken).ConfigureAwait(false);
                }

                await spool.WriteAsync(buffer, 0, read, cancellationToken).ConfigureAwait(false);
            }

            spool.Position = 0;
            return spool;
        }
        catch
        {
            spool.Dispose();
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static async Task<Stream> MoveToFileAsync(MemoryStream memory, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), "cdg-inscription-" + Path.GetRandomFileName());
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 4096, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            memory.Position = 0;
            await memory.CopyToAsync(file, 81920, cancellationToken).ConfigureAwait(false);
            return file;
        }
        catch
        {
            file.Dispose();
            throw;
        }
        finally
        {
            memory.Dispose();
        }
    }
}

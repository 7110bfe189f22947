namespace Cdg.Inscription.AspNetCore.Uploads;

/// <summary>Where the host keeps the bytes of accepted files (a folder, a bucket, a table), by file ID; the dossier keeps only the <c>FileRecord</c>.</summary>
public interface IFileContentStore
{
    /// <summary>Stores a file's bytes.</summary>
    /// <param name="fileId">The ID of the file (<c>FileRecord.Id</c>).</param>
    /// <param name="content">The bytes, from their start.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes once the bytes are stored.</returns>
    Task SaveAsync(Guid fileId, Stream content, CancellationToken cancellationToken);

    /// <summary>Deletes a file's bytes; nothing happens when there are none.</summary>
    /// <param name="fileId">The ID of the file.</param>
    /// <param name="cancellationToken">Cancels the deletion.</param>
    /// <returns>A task that completes once the bytes are gone.</returns>
    Task DeleteAsync(Guid fileId, CancellationToken cancellationToken);
}

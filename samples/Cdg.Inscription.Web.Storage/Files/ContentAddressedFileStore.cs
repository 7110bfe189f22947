using System.Security.Cryptography;
using Cdg.Inscription.AspNetCore.Uploads;
using Cdg.Inscription.Files;

namespace Cdg.Inscription.Web.Storage.Files;

/// <summary>
/// The accepted files' bytes on disk, outside the web root, by their SHA-256: <c>sha256/ab/abcd…</c>.
/// Two uploads of the same bytes share one blob. A small file <c>ids/{fileId}</c> says which blob a
/// file ID uses, and an empty one <c>users/{sha256}/{fileId}</c> that the blob has that user, so that
/// a deletion removes the blob when its last user goes, without reading the other files' IDs.
/// </summary>
public sealed class ContentAddressedFileStore : IFileContentStore
{
    private readonly string _blobs;
    private readonly string _ids;
    private readonly string _users;
    private readonly Lock _gate = new();

    /// <summary>Creates the store over a folder, created when missing.</summary>
    /// <param name="root">The folder; keep it outside the web root.</param>
    public ContentAddressedFileStore(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        _blobs = Path.Combine(root, "sha256");
        _ids = Path.Combine(root, "ids");
        _users = Path.Combine(root, "users");
        Directory.CreateDirectory(_blobs);
        Directory.CreateDirectory(_ids);
    }

    /// <inheritdoc />
    public async Task SaveAsync(Guid fileId, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var temporary = Path.Combine(_blobs, $"{Guid.NewGuid():N}.tmp");
        string hash;
        await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        {
            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new byte[81920];
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                sha.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }

            hash = Convert.ToHexStringLower(sha.GetHashAndReset());
        }

        var blob = BlobPath(hash);
        lock (_gate)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(blob)!);
            if (File.Exists(blob))
            {
                File.Delete(temporary);
            }
            else
            {
                File.Move(temporary, blob);
            }

            File.WriteAllText(IdPath(fileId), hash);
            Directory.CreateDirectory(Path.Combine(_users, hash));
            File.WriteAllBytes(UserPath(hash, fileId), []);
        }
    }

    /// <inheritdoc />
    public Task DeleteAsync(Guid fileId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var id = IdPath(fileId);
            if (!File.Exists(id))
            {
                return Task.CompletedTask;
            }

            var hash = File.ReadAllText(id);
            File.Delete(id);
            File.Delete(UserPath(hash, fileId));
            var users = Path.Combine(_users, hash);
            if (!Directory.EnumerateFileSystemEntries(users).Any())
            {
                Directory.Delete(users);
                File.Delete(BlobPath(hash));
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Opens the bytes of an accepted file for reading.</summary>
    /// <param name="record">The file, as the dossier records it.</param>
    /// <returns>The bytes, or null when they are not stored.</returns>
    public Stream? Open(FileRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var blob = BlobPath(record.Sha256);
        return File.Exists(blob) ? new FileStream(blob, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true) : null;
    }

    private string BlobPath(string hash) => Path.Combine(_blobs, hash[..2], hash);

    private string IdPath(Guid fileId) => Path.Combine(_ids, fileId.ToString("N"));

    private string UserPath(string hash, Guid fileId) => Path.Combine(_users, hash, fileId.ToString("N"));
}

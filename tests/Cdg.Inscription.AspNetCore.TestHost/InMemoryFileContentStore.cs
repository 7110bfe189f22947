using System.Collections.Concurrent;
using Cdg.Inscription.AspNetCore.Uploads;

namespace Cdg.Inscription.AspNetCore.TestHost;

/// <summary>The bytes of accepted files, in memory, by file ID.</summary>
public sealed class InMemoryFileContentStore : IFileContentStore
{
    private readonly ConcurrentDictionary<Guid, byte[]> _files = new();

    /// <summary>The IDs of the files whose bytes are kept.</summary>
    public ICollection<Guid> Ids => _files.Keys;

    /// <summary>The bytes of a file.</summary>
    public byte[]? Get(Guid fileId) => _files.TryGetValue(fileId, out var bytes) ? bytes : null;

    /// <inheritdoc />
    public async Task SaveAsync(Guid fileId, Stream content, CancellationToken cancellationToken)
    {
        using var copy = new MemoryStream();
        await content.CopyToAsync(copy, cancellationToken);
        _files[fileId] = copy.ToArray();
    }

    /// <inheritdoc />
    public Task DeleteAsync(Guid fileId, CancellationToken cancellationToken)
    {
        _files.TryRemove(fileId, out _);
        return Task.CompletedTask;
    }
}

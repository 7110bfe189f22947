using System.Security.Cryptography;
using Cdg.Inscription.Web.Storage.Files;

namespace Cdg.Inscription.Web.Storage.Tests.Files;

/// <summary>The files on disk by their SHA-256: the same bytes are one blob, deleted with their last file.</summary>
public sealed class ContentAddressedFileStoreTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"cdg-files-{Guid.NewGuid():N}");

    private string[] Blobs => Directory.GetFiles(Path.Combine(_root, "sha256"), "*", SearchOption.AllDirectories);

    [Fact]
    public async Task The_same_bytes_saved_twice_are_one_blob_whose_path_is_their_sha256()
    {
        var store = new ContentAddressedFileStore(_root);
        var bytes = "%PDF-1.7 identité"u8.ToArray();
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));

        await store.SaveAsync(Guid.NewGuid(), new MemoryStream(bytes), TestContext.Current.CancellationToken);
        await store.SaveAsync(Guid.NewGuid(), new MemoryStream(bytes), TestContext.Current.CancellationToken);

        Blobs.Should().Equal(Path.Combine(_root, "sha256", hash[..2], hash));
        (await File.ReadAllBytesAsync(Blobs[0], TestContext.Current.CancellationToken)).Should().Equal(bytes);
    }

    [Fact]
    public async Task Deleting_one_file_keeps_a_blob_another_file_still_uses_and_the_last_one_removes_it()
    {
        var store = new ContentAddressedFileStore(_root);
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        await store.SaveAsync(first, new MemoryStream([1, 2, 3]), TestContext.Current.CancellationToken);
        await store.SaveAsync(second, new MemoryStream([1, 2, 3]), TestContext.Current.CancellationToken);

        await store.DeleteAsync(first, TestContext.Current.CancellationToken);
        Blobs.Should().ContainSingle();

        await store.DeleteAsync(second, TestContext.Current.CancellationToken);
        Blobs.Should().BeEmpty();
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}

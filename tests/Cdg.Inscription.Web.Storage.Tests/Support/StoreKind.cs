using Cdg.Inscription.Web.Storage.Memory;
using Cdg.Inscription.Web.Storage.Relational;

namespace Cdg.Inscription.Web.Storage.Tests.Support;

/// <summary>A fresh, initialised store of one kind, and what to clean after it.</summary>
internal sealed class StoreKind : IAsyncDisposable
{
    private readonly Func<ValueTask> _cleanup;

    private StoreKind(IPortalStore store, Func<ValueTask> cleanup)
    {
        Store = store;
        _cleanup = cleanup;
    }

    public IPortalStore Store { get; }

    public static async Task<StoreKind> SqliteAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"cdg-storage-{Guid.NewGuid():N}", "data");
        var store = new SqlitePortalStore($"Data Source={Path.Combine(folder, "portal.db")}");
        await store.InitializeAsync(CancellationToken.None);
        return new StoreKind(store, () =>
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);
            return ValueTask.CompletedTask;
        });
    }

    public static async Task<StoreKind> PostgresAsync()
    {
        var schema = await PostgresSchema.CreateAsync();
        var store = new PostgresPortalStore(schema.ConnectionString);
        await store.InitializeAsync(CancellationToken.None);
        return new StoreKind(store, async () =>
        {
            await store.DisposeAsync();
            await schema.DisposeAsync();
        });
    }

    public static Task<StoreKind> MemoryAsync() => Task.FromResult(new StoreKind(new MemoryPortalStore(), () => ValueTask.CompletedTask));

    public ValueTask DisposeAsync() => _cleanup();
}

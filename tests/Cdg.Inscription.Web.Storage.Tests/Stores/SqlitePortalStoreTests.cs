using Cdg.Inscription.Web.Storage.Tests.Support;

namespace Cdg.Inscription.Web.Storage.Tests.Stores;

/// <summary>The contract on a SQLite file in a temporary folder that does not exist yet.</summary>
public sealed class SqlitePortalStoreTests : PortalStoreContract
{
    internal override Task<StoreKind> CreateAsync() => StoreKind.SqliteAsync();
}

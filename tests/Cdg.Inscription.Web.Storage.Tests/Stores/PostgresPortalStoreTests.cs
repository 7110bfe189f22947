using Cdg.Inscription.Web.Storage.Tests.Support;

namespace Cdg.Inscription.Web.Storage.Tests.Stores;

/// <summary>The contract on PostgreSQL (<c>CDG_POSTGRES</c>), each test in a schema of its own.</summary>
public sealed class PostgresPortalStoreTests : PortalStoreContract
{
    internal override Task<StoreKind> CreateAsync() => StoreKind.PostgresAsync();
}

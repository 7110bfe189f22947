using Cdg.Inscription.Web.Storage.Tests.Support;

namespace Cdg.Inscription.Web.Storage.Tests.Stores;

/// <summary>The contract on the memory store that the page tests run on.</summary>
public sealed class MemoryPortalStoreTests : PortalStoreContract
{
    internal override Task<StoreKind> CreateAsync() => StoreKind.MemoryAsync();
}

using Cdg.Inscription.Web.Storage.Tests.Support;

namespace Cdg.Inscription.Web.Storage.Tests.Load;

/// <summary>The load on a SQLite file (WAL).</summary>
public sealed class SqliteRunnerLoadTests : RunnerLoadContract
{
    internal override string Name => "SQLite";

    internal override Task<StoreKind> CreateAsync() => StoreKind.SqliteAsync();
}

using Cdg.Inscription.Web.Storage.Tests.Support;

namespace Cdg.Inscription.Web.Storage.Tests.Load;

/// <summary>The load on PostgreSQL, in a schema of its own, through a pool of 10 connections.</summary>
public sealed class PostgresRunnerLoadTests : RunnerLoadContract
{
    internal override string Name => "PostgreSQL";

    internal override Task<StoreKind> CreateAsync() => StoreKind.PostgresAsync();
}

using Npgsql;

namespace Cdg.Inscription.Web.Tests.Load;

/// <summary>A schema of its own for one test on the server of <c>CDG_POSTGRES</c>, dropped afterwards; a server that cannot be reached fails the test, it is never skipped.</summary>
internal sealed class LoadPostgresSchema : IAsyncDisposable
{
    /// <summary>The server used when <c>CDG_POSTGRES</c> is not set.</summary>
    public const string DefaultConnectionString = "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres;Database=postgres";

    private readonly string _admin;

    private LoadPostgresSchema(string admin, string name, string connectionString)
    {
        _admin = admin;
        Name = name;
        ConnectionString = connectionString;
    }

    /// <summary>The schema's name.</summary>
    public string Name { get; }

    /// <summary>The connection string into the schema (<c>SearchPath</c>), with a pool of 10 connections.</summary>
    public string ConnectionString { get; }

    /// <summary>Creates the schema.</summary>
    /// <returns>The schema.</returns>
    public static async Task<LoadPostgresSchema> CreateAsync()
    {
        var admin = Environment.GetEnvironmentVariable("CDG_POSTGRES") is { Length: > 0 } configured ? configured : DefaultConnectionString;
        var name = $"cdg_webload_{Guid.NewGuid():N}";
        try
        {
            await using var connection = new NpgsqlConnection(admin);
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE SCHEMA {name}", connection);
            await create.ExecuteNonQueryAsync();
        }
        catch (Exception unreachable) when (unreachable is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            throw new InvalidOperationException(
                $"PostgreSQL cannot be reached with CDG_POSTGRES ('{new NpgsqlConnectionStringBuilder(admin) { Password = null }}'): start a server or set CDG_POSTGRES. The PostgreSQL tests fail rather than skip. {unreachable.Message}",
                unreachable);
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { SearchPath = name, MaxPoolSize = 10 };
        return new LoadPostgresSchema(admin, name, builder.ConnectionString);
    }

    /// <summary>Drops the schema and everything in it.</summary>
    /// <returns>A task.</returns>
    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {Name} CASCADE", connection);
        await drop.ExecuteNonQueryAsync();
    }
}

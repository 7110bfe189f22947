using Npgsql;

namespace Cdg.Inscription.Web.Storage.Tests.Support;

/// <summary>A schema of its own for one test class on the server of <c>CDG_POSTGRES</c>, dropped afterwards; a server that cannot be reached fails the test, it is never skipped.</summary>
internal sealed class PostgresSchema : IAsyncDisposable
{
    public const string DefaultConnectionString = "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres;Database=postgres";

    private readonly string _admin;

    private PostgresSchema(string admin, string name, string connectionString)
    {
        _admin = admin;
        Name = name;
        ConnectionString = connectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task<PostgresSchema> CreateAsync()
    {
        var admin = Environment.GetEnvironmentVariable("CDG_POSTGRES") is { Length: > 0 } configured ? configured : DefaultConnectionString;
        var name = $"cdg_test_{Guid.NewGuid():N}";
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
        return new PostgresSchema(admin, name, builder.ConnectionString);
    }

    public async ValueTask DisposeAsync()
    {
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {Name} CASCADE", connection);
        await drop.ExecuteNonQueryAsync();
    }
}

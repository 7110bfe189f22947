using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Cdg.Inscription.Web.Storage.Relational;

/// <summary>The portal's store in one SQLite file (<c>Storage:Kind=sqlite</c>, the default): WAL, a busy timeout, the file's folder created on first run.</summary>
public sealed class SqlitePortalStore : RelationalPortalStore
{
    private const int ConstraintViolation = 19; // SQLITE_CONSTRAINT: a key already taken
    private readonly string _connectionString;

    /// <summary>Creates the store.</summary>
    /// <param name="connectionString">A <c>Microsoft.Data.Sqlite</c> connection string, such as <c>Data Source=data/portal.db</c>.</param>
    public SqlitePortalStore(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { Pooling = true, DefaultTimeout = 30 };
        _connectionString = builder.ToString();
        var file = builder.DataSource;
        if (!string.IsNullOrEmpty(file) && !string.Equals(file, ":memory:", StringComparison.Ordinal) && !file.StartsWith("file:", StringComparison.Ordinal))
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (folder is not null)
            {
                Directory.CreateDirectory(folder);
            }
        }
    }

    /// <inheritdoc />
    protected override string IdentityColumn => "integer PRIMARY KEY AUTOINCREMENT";

    /// <inheritdoc />
    public override async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using (var connection = await OpenAsync(cancellationToken))
        {
            await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL;", cancellationToken);
        }

        await base.InitializeAsync(cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, "PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON;", cancellationToken);
        return connection;
    }

    /// <inheritdoc />
    protected override bool IsUniqueViolation(DbException exception) =>
        exception is SqliteException { SqliteErrorCode: ConstraintViolation };
}

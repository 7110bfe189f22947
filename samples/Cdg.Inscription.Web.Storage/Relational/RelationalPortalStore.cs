using System.Data.Common;
using Cdg.Inscription.AspNetCore.Storage;
using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Serialization.SystemTextJson;

namespace Cdg.Inscription.Web.Storage.Relational;

/// <summary>
/// The portal's store over ADO.NET, one row per event as in <c>docs/hosting.md</c>: the primary keys
/// are the guards (<c>dossier_event (dossier_number, sequence)</c>, <c>idempotency_key (key)</c>), and
/// the outbox is written in the same transaction as the events. The dialects change only the types
/// and how a unique-key violation is recognised.
/// </summary>
public abstract partial class RelationalPortalStore : IPortalStore
{
    /// <summary>The column that numbers the outbox's rows, in the dialect.</summary>
    protected abstract string IdentityColumn { get; }

    /// <summary>Opens a new connection (pooled by the provider).</summary>
    /// <param name="cancellationToken">Cancels the opening.</param>
    /// <returns>The open connection.</returns>
    protected abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Whether the database refused a row because its key was taken.</summary>
    /// <param name="exception">The database's error.</param>
    /// <returns>True for a unique-key (or primary-key) violation.</returns>
    protected abstract bool IsUniqueViolation(DbException exception);

    /// <inheritdoc />
    public virtual async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, $"""
            CREATE TABLE IF NOT EXISTS dossier (
                number text PRIMARY KEY, session_code text NOT NULL, version bigint NOT NULL);
            CREATE TABLE IF NOT EXISTS dossier_event (
                dossier_number text NOT NULL REFERENCES dossier (number), sequence bigint NOT NULL,
                type text NOT NULL, data text NOT NULL, PRIMARY KEY (dossier_number, sequence));
            CREATE TABLE IF NOT EXISTS idempotency_key (
                key text PRIMARY KEY, dossier_number text NOT NULL REFERENCES dossier (number));
            CREATE TABLE IF NOT EXISTS outbox (
                id {IdentityColumn}, key text NOT NULL UNIQUE, recipient text NOT NULL,
                subject text NOT NULL, body text NOT NULL, sent_at bigint NULL);
            CREATE TABLE IF NOT EXISTS candidate_password (
                dossier_number text PRIMARY KEY, password_hash text NOT NULL);
            CREATE TABLE IF NOT EXISTS reset_token (
                dossier_number text PRIMARY KEY, token_hash text NOT NULL, expires_at bigint NOT NULL);
            CREATE TABLE IF NOT EXISTS staff_account (
                login text PRIMARY KEY, display_name text NOT NULL, password_hash text NOT NULL);
            """, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<StoredDossier?> ReadAsync(DossierNumber number, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var dossier = Command(connection, null, "SELECT session_code FROM dossier WHERE number = @number", ("@number", number.Value));
        if (await dossier.ExecuteScalarAsync(cancellationToken) is not string sessionCode)
        {
            return null;
        }

        await using var select = Command(
            connection, null, "SELECT sequence, type, data FROM dossier_event WHERE dossier_number = @number ORDER BY sequence", ("@number", number.Value));
        await using var rows = await select.ExecuteReaderAsync(cancellationToken);
        var events = new List<StoredEvent>();
        while (await rows.ReadAsync(cancellationToken))
        {
            events.Add(new StoredEvent(rows.GetString(1), rows.GetInt64(0), rows.GetString(2)));
        }

        return new StoredDossier(sessionCode, null, events);
    }

    /// <inheritdoc />
    public async Task AppendAsync(DossierAppend append, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(append);
        var number = append.Number.Value;
        var newVersion = append.ExpectedVersion + append.Events.Count;
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var changed = append.ExpectedVersion == 0
                ? await ExecuteAsync(connection, transaction, "INSERT INTO dossier (number, session_code, version) VALUES (@number, @session, @version)", cancellationToken,
                    ("@number", number), ("@session", append.SessionCode), ("@version", newVersion))
                : await ExecuteAsync(connection, transaction, "UPDATE dossier SET version = @version WHERE number = @number AND version = @expected", cancellationToken,
                    ("@number", number), ("@version", newVersion), ("@expected", append.ExpectedVersion));
            if (changed == 0)
            {
                throw new DossierConcurrencyException(append.Number, append.ExpectedVersion);
            }

            foreach (var e in append.Events)
            {
                await ExecuteAsync(connection, transaction, "INSERT INTO dossier_event (dossier_number, sequence, type, data) VALUES (@number, @sequence, @type, @data)", cancellationToken,
                    ("@number", number), ("@sequence", e.Sequence), ("@type", e.Type), ("@data", e.Json));
            }

            foreach (var m in append.Messages)
            {
                await InsertOutboxAsync(connection, transaction, Outbox.OutboxMessage.EventKey(m.DossierNumber, m.Sequence), m.To, m.Subject, m.Body, cancellationToken);
            }

            if (append.IdempotencyKey is { } key)
            {
                await ExecuteAsync(connection, transaction, "INSERT INTO idempotency_key (key, dossier_number) VALUES (@key, @number)", cancellationToken,
                    ("@key", key), ("@number", number));
            }

            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbException taken) when (IsUniqueViolation(taken))
        {
            throw new DossierConcurrencyException(append.Number, append.ExpectedVersion, taken);
        }
    }

    /// <inheritdoc />
    public async Task<DossierNumber?> FindIdempotencyKeyAsync(string idempotencyKey, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var select = Command(connection, null, "SELECT dossier_number FROM idempotency_key WHERE key = @key", ("@key", idempotencyKey));
        return await select.ExecuteScalarAsync(cancellationToken) is string number ? DossierNumber.Parse(number) : null;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<DossierNumber>> ListDossiersAsync(string sessionCode, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var select = Command(connection, null, "SELECT number FROM dossier WHERE session_code = @session", ("@session", sessionCode));
        await using var rows = await select.ExecuteReaderAsync(cancellationToken);
        var numbers = new List<string>();
        while (await rows.ReadAsync(cancellationToken))
        {
            numbers.Add(rows.GetString(0));
        }

        // Sorted here, ordinally: the databases' collations differ.
        return [.. numbers.Order(StringComparer.Ordinal).Select(DossierNumber.Parse)];
    }

    /// <inheritdoc />
    public async Task<long> CountEventsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var count = Command(connection, null, "SELECT COUNT(*) FROM dossier_event");
        return Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Runs a statement.</summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="transaction">The transaction, if any.</param>
    /// <param name="sql">The SQL, with <c>@name</c> parameters.</param>
    /// <param name="cancellationToken">Cancels the statement.</param>
    /// <param name="parameters">The parameters' names and values (null for SQL NULL).</param>
    /// <returns>The rows changed.</returns>
    protected static async Task<int> ExecuteAsync(
        DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Builds a parameterised command.</summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="transaction">The transaction, if any.</param>
    /// <param name="sql">The SQL, with <c>@name</c> parameters.</param>
    /// <param name="parameters">The parameters' names and values (null for SQL NULL).</param>
    /// <returns>The command, for the caller to dispose.</returns>
    protected static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(parameters);
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}

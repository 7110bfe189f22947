using System.Data.Common;
using Cdg.Inscription.Web.Storage.Outbox;
using NodaTime;

namespace Cdg.Inscription.Web.Storage.Relational;

/// <content>The outbox: one row per e-mail, unique by key, pending until marked sent.</content>
public abstract partial class RelationalPortalStore
{
    /// <inheritdoc />
    public async Task EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await using var connection = await OpenAsync(cancellationToken);
        await InsertOutboxAsync(connection, null, message.Key, message.To, message.Subject, message.Body, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<OutboxMessage>> ReadPendingAsync(int max, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var select = Command(
            connection, null, "SELECT id, key, recipient, subject, body FROM outbox WHERE sent_at IS NULL ORDER BY id LIMIT @max", ("@max", (long)max));
        await using var rows = await select.ExecuteReaderAsync(cancellationToken);
        var messages = new List<OutboxMessage>();
        while (await rows.ReadAsync(cancellationToken))
        {
            messages.Add(new OutboxMessage(rows.GetInt64(0), rows.GetString(1), rows.GetString(2), rows.GetString(3), rows.GetString(4)));
        }

        return messages;
    }

    /// <inheritdoc />
    public async Task MarkSentAsync(long id, Instant sentAt, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, "UPDATE outbox SET sent_at = @sent WHERE id = @id AND sent_at IS NULL", cancellationToken,
            ("@id", id), ("@sent", sentAt.ToUnixTimeMilliseconds()));
    }

    private static Task<int> InsertOutboxAsync(
        DbConnection connection, DbTransaction? transaction, string key, string to, string subject, string body, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, transaction, """
            INSERT INTO outbox (key, recipient, subject, body) VALUES (@key, @to, @subject, @body)
            ON CONFLICT (key) DO NOTHING
            """, cancellationToken, ("@key", key), ("@to", to), ("@subject", subject), ("@body", body));
}

using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Web.Storage.Accounts;
using NodaTime;

namespace Cdg.Inscription.Web.Storage.Relational;

/// <content>The accounts: candidates' passwords, reset tokens, staff.</content>
public abstract partial class RelationalPortalStore
{
    private const string UpsertPassword = """
        INSERT INTO candidate_password (dossier_number, password_hash) VALUES (@number, @hash)
        ON CONFLICT (dossier_number) DO UPDATE SET password_hash = excluded.password_hash
        """;

    /// <inheritdoc />
    public async Task SetCandidatePasswordAsync(DossierNumber number, string passwordHash, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, UpsertPassword, cancellationToken, ("@number", number.Value), ("@hash", passwordHash));
    }

    /// <inheritdoc />
    public async Task<string?> FindCandidatePasswordAsync(DossierNumber number, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var select = Command(connection, null, "SELECT password_hash FROM candidate_password WHERE dossier_number = @number", ("@number", number.Value));
        return await select.ExecuteScalarAsync(cancellationToken) as string;
    }

    /// <inheritdoc />
    public async Task SaveResetTokenAsync(DossierNumber number, string tokenHash, Instant expiresAt, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, """
            INSERT INTO reset_token (dossier_number, token_hash, expires_at) VALUES (@number, @hash, @expires)
            ON CONFLICT (dossier_number) DO UPDATE SET token_hash = excluded.token_hash, expires_at = excluded.expires_at
            """, cancellationToken, ("@number", number.Value), ("@hash", tokenHash), ("@expires", expiresAt.ToUnixTimeMilliseconds()));
    }

    /// <inheritdoc />
    public async Task<bool> TryResetPasswordAsync(DossierNumber number, string tokenHash, Instant now, string newPasswordHash, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var used = await ExecuteAsync(connection, transaction,
            "DELETE FROM reset_token WHERE dossier_number = @number AND token_hash = @hash AND expires_at > @now", cancellationToken,
            ("@number", number.Value), ("@hash", tokenHash), ("@now", now.ToUnixTimeMilliseconds()));
        if (used == 0)
        {
            return false;
        }

        await ExecuteAsync(connection, transaction, UpsertPassword, cancellationToken, ("@number", number.Value), ("@hash", newPasswordHash));
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <inheritdoc />
    public async Task SaveStaffAsync(StaffAccount account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        await using var connection = await OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, """
            INSERT INTO staff_account (login, display_name, password_hash) VALUES (@login, @name, @hash)
            ON CONFLICT (login) DO UPDATE SET display_name = excluded.display_name, password_hash = excluded.password_hash
            """, cancellationToken, ("@login", account.Login), ("@name", account.DisplayName), ("@hash", account.PasswordHash));
    }

    /// <inheritdoc />
    public async Task<StaffAccount?> FindStaffAsync(string login, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var select = Command(connection, null, "SELECT login, display_name, password_hash FROM staff_account WHERE login = @login", ("@login", login));
        await using var rows = await select.ExecuteReaderAsync(cancellationToken);
        return await rows.ReadAsync(cancellationToken) ? new StaffAccount(rows.GetString(0), rows.GetString(1), rows.GetString(2)) : null;
    }
}

using Cdg.Inscription.AspNetCore.Storage;
using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Web.Storage.Accounts;
using Cdg.Inscription.Web.Storage.Outbox;
using NodaTime;

namespace Cdg.Inscription.Web.Storage;

/// <summary>
/// Everything the reference host keeps in its database: the dossiers' events (through
/// <see cref="IDossierStore"/>), the accounts that sign in, and the outbox of e-mails.
/// </summary>
public interface IPortalStore : IDossierStore
{
    /// <summary>Creates the tables that are missing; harmless when they exist.</summary>
    /// <param name="cancellationToken">Cancels the creation.</param>
    /// <returns>A task that completes once the schema is there.</returns>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>The dossiers of a session, by number.</summary>
    /// <param name="sessionCode">The session's code.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The numbers, in ascending order.</returns>
    Task<IReadOnlyList<DossierNumber>> ListDossiersAsync(string sessionCode, CancellationToken cancellationToken);

    /// <summary>How many events are stored, over every dossier: what a load test compares with the accepted commands.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The count of event rows.</returns>
    Task<long> CountEventsAsync(CancellationToken cancellationToken);

    /// <summary>Records or replaces a candidate's password hash (<c>PasswordHasher</c>).</summary>
    /// <param name="number">The candidate's dossier.</param>
    /// <param name="passwordHash">The hash, never the password.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes once the hash is stored.</returns>
    Task SetCandidatePasswordAsync(DossierNumber number, string passwordHash, CancellationToken cancellationToken);

    /// <summary>A candidate's password hash.</summary>
    /// <param name="number">The candidate's dossier.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The hash, or null when the dossier has no password.</returns>
    Task<string?> FindCandidatePasswordAsync(DossierNumber number, CancellationToken cancellationToken);

    /// <summary>Records a password reset: the hash of the token sent by e-mail, until when it holds. A new one replaces the last.</summary>
    /// <param name="number">The candidate's dossier.</param>
    /// <param name="tokenHash">The SHA-256 of the token, in hexadecimal; the token itself is only in the e-mail.</param>
    /// <param name="expiresAt">The instant the token stops working.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes once the reset is stored.</returns>
    Task SaveResetTokenAsync(DossierNumber number, string tokenHash, Instant expiresAt, CancellationToken cancellationToken);

    /// <summary>Uses a reset token once: when it is the dossier's and still holds at <paramref name="now"/>, replaces the password and forgets the token, in one transaction.</summary>
    /// <param name="number">The candidate's dossier.</param>
    /// <param name="tokenHash">The SHA-256 of the token given, in hexadecimal.</param>
    /// <param name="now">The current instant.</param>
    /// <param name="newPasswordHash">The hash of the new password.</param>
    /// <param name="cancellationToken">Cancels the use.</param>
    /// <returns>True when the password was replaced; false when the token is unknown, spent or expired.</returns>
    Task<bool> TryResetPasswordAsync(DossierNumber number, string tokenHash, Instant now, string newPasswordHash, CancellationToken cancellationToken);

    /// <summary>Records or replaces a staff account.</summary>
    /// <param name="account">The account.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes once the account is stored.</returns>
    Task SaveStaffAsync(StaffAccount account, CancellationToken cancellationToken);

    /// <summary>A staff account by its login, compared ordinally.</summary>
    /// <param name="login">The login.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The account, or null.</returns>
    Task<StaffAccount?> FindStaffAsync(string login, CancellationToken cancellationToken);

    /// <summary>Writes to the outbox an e-mail that no event causes (a password reset); a key already there is ignored.</summary>
    /// <param name="message">The message; its <see cref="OutboxMessage.Id"/> is ignored.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes once the message is stored.</returns>
    Task EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken);

    /// <summary>The messages not sent yet, oldest first.</summary>
    /// <param name="max">How many at most.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The messages.</returns>
    Task<IReadOnlyList<OutboxMessage>> ReadPendingAsync(int max, CancellationToken cancellationToken);

    /// <summary>Marks a message sent, so that it is not sent again.</summary>
    /// <param name="id">The message's <see cref="OutboxMessage.Id"/>.</param>
    /// <param name="sentAt">When it was handed to the mail system.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes once the mark is stored.</returns>
    Task MarkSentAsync(long id, Instant sentAt, CancellationToken cancellationToken);
}

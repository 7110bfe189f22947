using Cdg.Inscription.Dossiers;

namespace Cdg.Inscription.AspNetCore.Storage;

/// <summary>
/// The host's storage of dossiers: its database, the rows of the JSON storage package. The package
/// holds no SQL; <c>docs/hosting.md</c> shows one implementation over SQLite.
/// </summary>
public interface IDossierStore
{
    /// <summary>Reads a dossier's session code, latest snapshot and later events.</summary>
    /// <param name="number">The dossier.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>What is stored, or null when there is no such dossier.</returns>
    Task<StoredDossier?> ReadAsync(DossierNumber number, CancellationToken cancellationToken);

    /// <summary>
    /// Appends the events, the messages and the idempotency key in one transaction, on the condition
    /// that the stored version is still <see cref="DossierAppend.ExpectedVersion"/> (for 0: that the
    /// number is free) and that the key was never recorded.
    /// </summary>
    /// <param name="append">What to append.</param>
    /// <param name="cancellationToken">Cancels the append, which then stores nothing.</param>
    /// <returns>A task that completes once the transaction is committed.</returns>
    /// <exception cref="DossierConcurrencyException">Another request appended first, took the number or used the key; nothing was stored.</exception>
    Task AppendAsync(DossierAppend append, CancellationToken cancellationToken);

    /// <summary>Finds the dossier whose events a form post's idempotency key was recorded with.</summary>
    /// <param name="idempotencyKey">The key.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The dossier's number, or null when the key was never recorded.</returns>
    Task<DossierNumber?> FindIdempotencyKeyAsync(string idempotencyKey, CancellationToken cancellationToken);
}

using Cdg.Inscription.Dossiers;

namespace Cdg.Inscription.AspNetCore.Storage;

/// <summary>
/// Another request appended to the dossier first (or took its number, or used the same idempotency
/// key). A store throws it from <see cref="IDossierStore.AppendAsync"/>; the runner decides the
/// command again on the dossier as it now is, and lets it through after its last attempt, which
/// <see cref="Problems.CdgInscriptionExceptionHandler"/> answers with a 409 in French.
/// </summary>
public sealed class DossierConcurrencyException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DossierConcurrencyException()
        : this(null, null)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What the store found, for the logs.</param>
    public DossierConcurrencyException(string? message)
        : this(message, null)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What the store found, for the logs.</param>
    /// <param name="innerException">The database's error, such as a unique-key violation.</param>
    public DossierConcurrencyException(string? message, Exception? innerException)
        : base(message ?? "Another request appended to the dossier first.", innerException)
    {
    }

    /// <summary>Creates the exception for a dossier.</summary>
    /// <param name="number">The dossier.</param>
    /// <param name="expectedVersion">The version the append expected.</param>
    /// <param name="innerException">The database's error, if any.</param>
    public DossierConcurrencyException(DossierNumber number, long expectedVersion, Exception? innerException = null)
        : base($"Dossier {number} is no longer at version {expectedVersion}: another request appended first.", innerException)
    {
        Number = number;
    }

    /// <summary>The dossier, when known.</summary>
    public DossierNumber? Number { get; }
}

using Cdg.Inscription.Dossiers;

namespace Cdg.Inscription.AspNetCore.Commands;

/// <summary>No dossier has this number; <see cref="Problems.CdgInscriptionExceptionHandler"/> answers a 404 in French.</summary>
public sealed class DossierNotFoundException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DossierNotFoundException()
        : base("No dossier has this number.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message, for the logs.</param>
    public DossierNotFoundException(string? message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message, for the logs.</param>
    /// <param name="innerException">The cause.</param>
    public DossierNotFoundException(string? message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a number.</summary>
    /// <param name="number">The number that no dossier has.</param>
    public DossierNotFoundException(DossierNumber number)
        : base($"No dossier has the number {number}.")
    {
        Number = number;
    }

    /// <summary>The number, when known.</summary>
    public DossierNumber? Number { get; }
}

namespace Cdg.Inscription.Dossiers;

/// <summary>How the candidate asked to cancel the registration (LIFE-09).</summary>
public enum CancellationChannel
{
    /// <summary>By e-mail.</summary>
    Email,

    /// <summary>By post.</summary>
    Post,
}

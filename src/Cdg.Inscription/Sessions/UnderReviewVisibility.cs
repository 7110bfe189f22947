namespace Cdg.Inscription.Sessions;

/// <summary>
/// When a candidate sees EN COURS D'INSTRUCTION after closing online: a setting of the organising
/// CDG, not a constant (LIFE-04).
/// </summary>
public enum UnderReviewVisibility
{
    /// <summary>At once: "votre dossier est clôturé, il est en cours d'instruction".</summary>
    Immediately,

    /// <summary>From the next day, in metropolitan time; until then the candidate still sees the earlier status.</summary>
    FromNextDay,
}

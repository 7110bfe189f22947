namespace Cdg.Inscription.Dossiers;

/// <summary>
/// The status of a dossier: the five statuses that candidates see, and <see cref="Cancelled"/>.
/// Their French labels are in <see cref="DossierStatusLabels"/>.
/// </summary>
public enum DossierStatus
{
    /// <summary>EN ATTENTE DE VOTRE DOSSIER: pre-registered; the dated and signed dossier has still to be sent (LIFE-01).</summary>
    AwaitingDossier,

    /// <summary>EN COURS D'INSTRUCTION: the CDG has the dossier, online or by post, and examines it (LIFE-02).</summary>
    UnderReview,

    /// <summary>DOSSIER INCOMPLET: a regularisation request names what to supply (LIFE-05).</summary>
    Incomplete,

    /// <summary>DOSSIER NON CONFORME: the registration conditions are not met, for stated reasons (LIFE-07).</summary>
    NonCompliant,

    /// <summary>DOSSIER COMPLET: the candidate now waits for the convocation; stands as acknowledgement of receipt (LIFE-08).</summary>
    Complete,

    /// <summary>The registration was cancelled at the candidate's request (LIFE-09); terminal, outside the five displayed statuses.</summary>
    Cancelled,
}

namespace Cdg.Inscription.Dossiers;

/// <summary>The French wording that candidates read about their dossier's status.</summary>
public static class DossierStatusLabels
{
    /// <summary>What a candidate reads right after closing online, when the organiser shows the new status at once (LIFE-04).</summary>
    public static readonly string OnlineClosureConfirmation = "Votre dossier est clôturé, il est en cours d'instruction.";

    /// <summary>
    /// What a candidate reads when the closing deadline passed and the dossier has not reached the CDG
    /// (LIFE-03); a paper dossier postmarked in time may still arrive (DEAD-04).
    /// </summary>
    public static readonly string NotTakenIntoAccount =
        "Votre inscription n'a pas été clôturée avant la date limite : elle ne sera prise en compte que si vous avez envoyé votre dossier papier au plus tard à la date de clôture, le cachet de la poste faisant foi.";

    /// <summary>The official label of a status, in capitals as candidates' spaces show it.</summary>
    /// <param name="status">A status.</param>
    /// <returns>For example <c>EN COURS D'INSTRUCTION</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined status.</exception>
    public static string Label(DossierStatus status) => status switch
    {
        DossierStatus.AwaitingDossier => "EN ATTENTE DE VOTRE DOSSIER",
        DossierStatus.UnderReview => "EN COURS D'INSTRUCTION",
        DossierStatus.Incomplete => "DOSSIER INCOMPLET",
        DossierStatus.NonCompliant => "DOSSIER NON CONFORME",
        DossierStatus.Complete => "DOSSIER COMPLET",
        DossierStatus.Cancelled => "INSCRIPTION ANNULÉE",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status."),
    };

    /// <summary>What the status means for the candidate, in one French sentence.</summary>
    /// <param name="status">A status.</param>
    /// <returns>A polite explanation in French.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined status.</exception>
    public static string Explanation(DossierStatus status) => status switch
    {
        DossierStatus.AwaitingDossier =>
            "Votre préinscription est enregistrée ; il vous reste à transmettre votre dossier daté et signé, en ligne ou par courrier.",
        DossierStatus.UnderReview =>
            "Le centre de gestion a bien reçu votre dossier et l'examine.",
        DossierStatus.Incomplete =>
            "Il manque des éléments à votre dossier : consultez la demande de régularisation, elle indique ce que vous devez fournir.",
        DossierStatus.NonCompliant =>
            "Votre dossier ne remplit pas les conditions d'inscription ; un courrier vous en précise les raisons.",
        DossierStatus.Complete =>
            "Votre dossier est complet : cette mention vaut accusé de réception. Il ne vous reste qu'à attendre votre convocation.",
        DossierStatus.Cancelled =>
            "Votre inscription a été annulée à votre demande.",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status."),
    };
}

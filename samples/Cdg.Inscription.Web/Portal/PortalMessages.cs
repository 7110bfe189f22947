namespace Cdg.Inscription.Web.Portal;

/// <summary>The portal's own French messages.</summary>
public static class PortalMessages
{
    /// <summary>A conflict that survived the retries.</summary>
    public const string Conflict = "Ce dossier vient d'être modifié, rechargez la page.";

    /// <summary>A sign-in refused.</summary>
    public const string SignInRefused = "Identifiant ou mot de passe incorrect.";

    /// <summary>The answer to a reset request, whether the dossier exists or not.</summary>
    public const string ResetRequested =
        "Si ce numéro de dossier existe et qu'une adresse électronique y est enregistrée, un message contenant un lien de réinitialisation vient d'y être envoyé. Le lien est valable une heure.";

    /// <summary>Why a reset needs an e-mail address (SPACE-02).</summary>
    public const string ResetNeedsEmail =
        "La réinitialisation du mot de passe n'est possible que si une adresse électronique figure dans votre dossier. Sans adresse, contactez le centre de gestion.";
}

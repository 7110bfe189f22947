using Cdg.Inscription.Web.Portal;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cdg.Inscription.Web.Pages;

/// <summary>The French error page: never a stack trace.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErreurModel : PortalPageModel
{
    /// <summary>The heading.</summary>
    public string Title { get; private set; } = "Une erreur est survenue";

    /// <summary>The explanation.</summary>
    public string Text { get; private set; } = "Le service a rencontré un problème. Réessayez dans quelques instants.";

    /// <summary>Shows the page for a status code.</summary>
    /// <param name="code">The status code.</param>
    public void OnGet(int? code) => Describe(code);

    /// <summary>Shows the page after a failed post.</summary>
    /// <param name="code">The status code.</param>
    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        (Title, Text) = code switch
        {
            404 => ("Page introuvable", "La page demandée n'existe pas ou plus."),
            403 => ("Accès refusé", "Vous n'avez pas le droit d'effectuer cette action."),
            400 => ("Demande invalide", "Le formulaire a expiré ou n'a pas pu être lu : rechargez la page et recommencez."),
            _ => (Title, Text),
        };
    }
}

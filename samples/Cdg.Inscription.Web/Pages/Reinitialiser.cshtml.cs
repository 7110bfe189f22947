using Cdg.Inscription.Web.Portal;
using Microsoft.AspNetCore.Mvc;

namespace Cdg.Inscription.Web.Pages;

/// <summary>The page of the reset link: a new password when the token is valid and unexpired.</summary>
public sealed class ReinitialiserModel(PortalAccounts accounts) : PortalPageModel
{
    /// <summary>The dossier of the link.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Dossier { get; set; }

    /// <summary>The token of the link.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Jeton { get; set; }

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Sets the new password.</summary>
    /// <param name="password">The new password.</param>
    /// <returns>The sign-in page, or the form with an error (422).</returns>
    public async Task<IActionResult> OnPostAsync(string? password)
    {
        if (password is null || password.Length < 8)
        {
            Errors.Add(("password", "Choisissez un mot de passe d'au moins 8 caractères."));
        }
        else if (Dossiers.DossierNumber.TryParse(Dossier, out var number) && Jeton is not null
            && await accounts.ResetAsync(number, Jeton, password, HttpContext.RequestAborted))
        {
            Notice = "Votre mot de passe est modifié : connectez-vous.";
            return Redirect("/Connexion");
        }
        else
        {
            Errors.Add((null, "Ce lien n'est plus valable : demandez-en un nouveau."));
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}

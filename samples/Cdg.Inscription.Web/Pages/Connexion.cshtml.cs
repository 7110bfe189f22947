using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Web.Portal;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;

namespace Cdg.Inscription.Web.Pages;

/// <summary>The candidate's sign-in with the dossier number and the password (SPACE-02).</summary>
public sealed class ConnexionModel(PortalAccounts accounts) : PortalPageModel
{
    /// <summary>The dossier number typed.</summary>
    [BindProperty]
    public string? DossierNumber { get; set; }

    /// <summary>The password typed.</summary>
    [BindProperty]
    public string? Password { get; set; }

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Signs in.</summary>
    /// <returns>The dossier page, or the form with an error (422).</returns>
    public async Task<IActionResult> OnPostAsync()
    {
        if (Dossiers.DossierNumber.TryParse(DossierNumber?.Trim(), out var number)
            && Password is not null
            && await accounts.VerifyCandidateAsync(number, Password, HttpContext.RequestAborted))
        {
            await HttpContext.SignInAsync(PortalSecurity.Candidate(number));
            return Redirect("/Dossier");
        }

        Errors.Add(("dossierNumber", PortalMessages.SignInRefused));
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}

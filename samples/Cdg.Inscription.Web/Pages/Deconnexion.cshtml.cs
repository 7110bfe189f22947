using Cdg.Inscription.Web.Portal;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;

namespace Cdg.Inscription.Web.Pages;

/// <summary>Signs out.</summary>
public sealed class DeconnexionModel : PortalPageModel
{
    /// <summary>Signs out, then shows the page.</summary>
    /// <returns>A redirection to the home page.</returns>
    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync();
        return RedirectToPage("/Deconnexion");
    }
}

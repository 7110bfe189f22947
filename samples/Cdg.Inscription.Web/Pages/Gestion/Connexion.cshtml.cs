using Cdg.Inscription.Web.Portal;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;

namespace Cdg.Inscription.Web.Pages.Gestion;

/// <summary>The staff's sign-in.</summary>
public sealed class ConnexionModel(PortalAccounts accounts) : PortalPageModel
{
    /// <summary>The login typed.</summary>
    [BindProperty]
    public string? Login { get; set; }

    /// <summary>The password typed.</summary>
    [BindProperty]
    public string? Password { get; set; }

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Signs in.</summary>
    /// <returns>The back-office, or the form with an error (422).</returns>
    public async Task<IActionResult> OnPostAsync()
    {
        if (Login is not null && Password is not null && await accounts.VerifyStaffAsync(Login.Trim(), Password, HttpContext.RequestAborted))
        {
            await HttpContext.SignInAsync(PortalSecurity.Staff(Login.Trim()));
            return Redirect("/Gestion");
        }

        Errors.Add(("login", PortalMessages.SignInRefused));
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}

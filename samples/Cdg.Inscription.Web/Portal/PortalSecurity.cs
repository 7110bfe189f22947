using System.Security.Claims;
using Cdg.Inscription.Dossiers;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Cdg.Inscription.Web.Portal;

/// <summary>The portal's cookie, roles, claims and policies.</summary>
public static class PortalSecurity
{
    /// <summary>The candidates' role.</summary>
    public const string CandidateRole = "candidat";

    /// <summary>The staff's role.</summary>
    public const string StaffRole = "gestionnaire";

    /// <summary>The claim holding the candidate's dossier number.</summary>
    public const string DossierClaim = "dossier";

    /// <summary>The policy of the candidate's pages.</summary>
    public const string CandidatePolicy = "Candidat";

    /// <summary>The policy of the back-office.</summary>
    public const string StaffPolicy = "Gestionnaire";

    /// <summary>Configures the cookie: sign-in pages per space, 403 for a forbidden page.</summary>
    /// <param name="options">The cookie's options.</param>
    public static void ConfigureCookie(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = "cdg.portail";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.SlidingExpiration = true;
        options.ExpireTimeSpan = TimeSpan.FromHours(2);
        options.LoginPath = "/Connexion";
        options.Events.OnRedirectToLogin = context =>
        {
            var staff = context.Request.Path.StartsWithSegments("/Gestion", StringComparison.OrdinalIgnoreCase);
            context.Response.Redirect(staff ? "/Gestion/Connexion" : "/Connexion");
            return Task.CompletedTask;
        };
        options.Events.OnRedirectToAccessDenied = context =>
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        };
    }

    /// <summary>The principal of a signed-in candidate.</summary>
    /// <param name="number">The dossier number.</param>
    /// <returns>The principal.</returns>
    public static ClaimsPrincipal Candidate(DossierNumber number) =>
        new(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, number.Value), new Claim(ClaimTypes.Role, CandidateRole), new Claim(DossierClaim, number.Value)],
            CookieAuthenticationDefaults.AuthenticationScheme));

    /// <summary>The principal of a signed-in staff member.</summary>
    /// <param name="login">The login, which is the actor id in the history.</param>
    /// <returns>The principal.</returns>
    public static ClaimsPrincipal Staff(string login) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, login), new Claim(ClaimTypes.Role, StaffRole)], CookieAuthenticationDefaults.AuthenticationScheme));

    /// <summary>The signed-in candidate's dossier number, if any.</summary>
    /// <param name="user">The user.</param>
    /// <returns>The number, or null.</returns>
    public static DossierNumber? DossierOf(ClaimsPrincipal user) =>
        user.IsInRole(CandidateRole) && DossierNumber.TryParse(user.FindFirstValue(DossierClaim), out var number) ? number : null;
}

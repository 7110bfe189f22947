using Cdg.Inscription.AspNetCore.Commands;
using Cdg.Inscription.Web.Portal;

namespace Cdg.Inscription.Web.Pages;

/// <summary>The reset request (SPACE-02): an e-mail with a one-time link, only when an address is on file; the same answer either way.</summary>
public sealed class MotDePasseOublieModel(DossierRunner runner, PortalAccounts accounts) : PortalPageModel
{
    /// <summary>The answer shown after a request.</summary>
    public string? Answer { get; private set; }

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Writes the e-mail into the outbox when the dossier has an address.</summary>
    /// <param name="dossierNumber">The number typed.</param>
    /// <returns>A task.</returns>
    public async Task OnPostAsync(string? dossierNumber)
    {
        if (Dossiers.DossierNumber.TryParse(dossierNumber?.Trim(), out var number)
            && await runner.LoadAsync(number, HttpContext.RequestAborted) is { } dossier
            && dossier.Candidate.Email is not null)
        {
            await accounts.SendResetAsync(dossier, $"{Request.Scheme}://{Request.Host}/Reinitialiser", HttpContext.RequestAborted);
        }

        Answer = PortalMessages.ResetRequested;
    }
}

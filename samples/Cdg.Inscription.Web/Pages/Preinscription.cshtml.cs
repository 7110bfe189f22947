using System.Globalization;
using Cdg.Inscription.AspNetCore;
using Cdg.Inscription.AspNetCore.Commands;
using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Sessions;
using Cdg.Inscription.Web.Portal;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cdg.Inscription.Web.Pages;

/// <summary>The pre-registration form of a session (LIFE-01): identity, address, password; shows the dossier number.</summary>
public sealed class PreinscriptionModel(ExamSessionCatalog sessions, DossierRunner runner, DossierNumbering numbering, PortalAccounts accounts) : PortalPageModel
{
    /// <summary>The session.</summary>
    public ExamSession Session { get; private set; } = null!;

    /// <summary>The fields posted.</summary>
    [BindProperty(Name = "")]
    public PreRegistrationForm Form { get; set; } = new();

    /// <summary>The number of the dossier created.</summary>
    public DossierNumber? Created { get; private set; }

    /// <summary>Shows the form.</summary>
    /// <param name="code">The session's code.</param>
    /// <returns>The page, or 404.</returns>
    public IActionResult OnGet(string code) => sessions.TryGet(code, out var session) ? Show(session) : NotFound();

    /// <summary>Pre-registers.</summary>
    /// <param name="code">The session's code.</param>
    /// <returns>The page with the number, or the form with its French errors (422).</returns>
    public async Task<IActionResult> OnPostAsync(string code)
    {
        if (!sessions.TryGet(code, out var session))
        {
            return NotFound();
        }

        Session = session;
        var f = Form;
        AddErrors(Candidate.Check(f.FamilyName, f.GivenName).Violations);
        if (!DateTime.TryParseExact(f.BirthDate, "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            Errors.Add(("birthDate", "Indiquez votre date de naissance au format JJ/MM/AAAA, par exemple 14/07/1990."));
        }

        AddErrors(string.IsNullOrWhiteSpace(f.Email) ? [] : EmailAddress.Check(f.Email).Violations);
        AddErrors(PostalAddress.Check(f.Street, f.PostalCode, f.City, f.Complement).Violations);
        if (f.Password is null || f.Password.Length < 8)
        {
            Errors.Add(("password", "Choisissez un mot de passe d'au moins 8 caractères."));
        }
        else if (f.Password != f.PasswordConfirmation)
        {
            Errors.Add(("passwordConfirmation", "La confirmation ne correspond pas au mot de passe saisi."));
        }

        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var candidate = new Candidate(
            f.FamilyName!, f.GivenName!, new PostalAddress(f.Street!, f.PostalCode!, f.City!, f.Complement), string.IsNullOrWhiteSpace(f.Email) ? null : EmailAddress.Parse(f.Email));
        var run = await TryRunAsync(() => runner.PreRegisterAsync(session, numbering.Next(), candidate, null, PostedKey, HttpContext.RequestAborted));
        if (run is null)
        {
            return Page();
        }

        if (run.IsApplied)
        {
            await accounts.SetCandidatePasswordAsync(run.Dossier.Number, f.Password!, HttpContext.RequestAborted);
        }

        Created = run.Dossier.Number;
        await HttpContext.SignInAsync(PortalSecurity.Candidate(run.Dossier.Number));
        return Page();
    }

    private PageResult Show(ExamSession session)
    {
        Session = session;
        return Page();
    }
}

using Cdg.Inscription.AspNetCore.Commands;
using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Pieces;
using Cdg.Inscription.Time;
using Cdg.Inscription.Web.Portal;
using Cdg.Inscription.Web.Storage.Files;
using Microsoft.AspNetCore.Mvc;
using NodaTime;

namespace Cdg.Inscription.Web.Pages;

/// <summary>The candidate's dossier: status, checklist, files, closure, documents, address.</summary>
public sealed class DossierModel(DossierRunner runner, ContentAddressedFileStore files, IClock clock) : PortalPageModel
{
    /// <summary>The dossier.</summary>
    public Dossier Dossier { get; private set; } = null!;

    /// <summary>The instant of the page.</summary>
    public Instant Now { get; private set; }

    /// <summary>The checklist now.</summary>
    public Checklist Checklist { get; private set; } = null!;

    /// <summary>The refusals per piece (a refused upload, or a closure refused).</summary>
    public Dictionary<string, List<string>> PieceErrors { get; } = [];

    /// <summary>The closing deadline as the candidate reads it, in their own zone when overseas (DEAD-03).</summary>
    public string ClosingDeadline => CandidateZones.ZoneOf(Dossier.Candidate.Address) is { } zone
        ? Dossier.Session.Calendar.FilingDeadline.DescribeIn(zone)
        : Dossier.Session.Calendar.FilingDeadline.Describe();

    /// <summary>Shows the dossier.</summary>
    /// <returns>The page.</returns>
    public async Task<IActionResult> OnGetAsync()
    {
        if (TempData[UploadRefusalHandler.ReasonsKey] is string reasons)
        {
            var piece = TempData[UploadRefusalHandler.PieceKey] as string ?? string.Empty;
            PieceErrors[piece] = [.. reasons.Split('\n')];
            Errors.AddRange(reasons.Split('\n').Select(r => ((string?)("upload-" + piece), r)));
        }

        return await ShowAsync();
    }

    /// <summary>Closes the dossier online (LIFE-02, LIFE-03, PIECE-05).</summary>
    /// <returns>The page.</returns>
    public async Task<IActionResult> OnPostCloseAsync()
    {
        var number = Number();
        var run = await TryRunAsync(() => runner.ExecuteAsync(number, (d, at) => d.Close(Actor.Candidate, at), PostedKey, HttpContext.RequestAborted));
        return await AfterAsync(run, DossierStatusLabels.OnlineClosureConfirmation);
    }

    /// <summary>Deletes a file (PIECE-02).</summary>
    /// <param name="fileId">The file.</param>
    /// <returns>The page.</returns>
    public async Task<IActionResult> OnPostDeleteAsync(Guid fileId)
    {
        var number = Number();
        var run = await TryRunAsync(() => runner.ExecuteAsync(number, (d, at) => d.RemoveFile(fileId, Actor.Candidate, at), PostedKey, HttpContext.RequestAborted));
        if (run is { IsApplied: true })
        {
            await files.DeleteAsync(fileId, HttpContext.RequestAborted);
        }

        return await AfterAsync(run, "Le fichier a été supprimé.");
    }

    /// <summary>Records a change of postal address (SPACE-03).</summary>
    /// <param name="street">Numéro et voie.</param>
    /// <param name="complement">Complément.</param>
    /// <param name="postalCode">Code postal.</param>
    /// <param name="city">Commune.</param>
    /// <returns>The page.</returns>
    public async Task<IActionResult> OnPostAddressAsync(string? street, string? complement, string? postalCode, string? city)
    {
        var check = PostalAddress.Check(street, postalCode, city, complement);
        if (!check.IsAllowed)
        {
            AddErrors(check.Violations);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return await ShowAsync();
        }

        var number = Number();
        var address = new PostalAddress(street!, postalCode!, city!, complement);
        var run = await TryRunAsync(() => runner.ExecuteAsync(number, (d, at) => d.ChangeAddress(address, Actor.Candidate, at), PostedKey, HttpContext.RequestAborted));
        return await AfterAsync(run, "Votre nouvelle adresse est enregistrée.");
    }

    /// <summary>The French date of an instant, in metropolitan time.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The text.</returns>
    public static string DateOf(Instant instant) => FrenchDates.Format(instant);

    private DossierNumber Number() => PortalSecurity.DossierOf(User)!.Value;

    private async Task<IActionResult> AfterAsync(DossierRun? run, string done)
    {
        if (run is null)
        {
            return await ShowAsync();
        }

        Notice = run.Notice ?? done;
        return RedirectToPage();
    }

    private async Task<IActionResult> ShowAsync()
    {
        var dossier = await runner.LoadAsync(Number(), HttpContext.RequestAborted);
        if (dossier is null)
        {
            return NotFound();
        }

        Dossier = dossier;
        Now = clock.GetCurrentInstant();
        Checklist = dossier.ChecklistAt(Now);
        if (dossier.Status == DossierStatus.AwaitingDossier)
        {
            foreach (var violation in dossier.CheckClose(Actor.Candidate, Now).Violations)
            {
                var item = Checklist.Items.FirstOrDefault(i => violation.Message.Contains(i.Label, StringComparison.Ordinal));
                if (item is not null && Errors.Count > 0)
                {
                    (PieceErrors.TryGetValue(item.Code.Value, out var list) ? list : PieceErrors[item.Code.Value] = []).Add(violation.Message);
                }
            }
        }

        return Page();
    }
}

using System.Globalization;
using Cdg.Inscription.AspNetCore.Commands;
using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Pieces;
using Cdg.Inscription.Web.Portal;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using NodaTime.Text;

namespace Cdg.Inscription.Web.Pages.Gestion;

/// <summary>One dossier for staff: files, history, and the decisions (LIFE-05 to LIFE-10).</summary>
public sealed class DossierModel(DossierRunner runner) : PortalPageModel
{
    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;

    /// <summary>The dossier.</summary>
    public Dossier Dossier { get; private set; } = null!;

    /// <summary>Shows the dossier.</summary>
    /// <param name="number">The dossier number.</param>
    /// <returns>The page.</returns>
    public Task<IActionResult> OnGetAsync(string number) => ShowAsync(number);

    /// <summary>Asks for regularisation of the pieces checked, each with its reason.</summary>
    /// <param name="number">The dossier.</param>
    /// <param name="pieces">The pieces checked.</param>
    /// <param name="dueDate">An optional due date (AAAA-MM-JJ).</param>
    /// <returns>The page.</returns>
    public Task<IActionResult> OnPostRegulariseAsync(string number, string[] pieces, string? dueDate)
    {
        var items = (pieces ?? []).Where(p => PieceCode.TryParse(p, out _))
            .Select(p => new RegularisationItem(PieceCode.Parse(p), Request.Form["reason-" + p].ToString())).ToArray();
        LocalDate? due = null;
        if (!string.IsNullOrWhiteSpace(dueDate))
        {
            if (DateOf(dueDate) is not { } typed)
            {
                return RefusedDateAsync(number, "due-date", "La date limite n'est pas une date valide : indiquez-la sous la forme AAAA-MM-JJ, ou laissez-la vide.");
            }

            due = typed;
        }

        return RunAsync(number, (d, at, staff) => d.RequestRegularisation(new RegularisationRequest(items, due), staff, at), "La demande de régularisation est enregistrée.");
    }

    /// <summary>Declares the dossier complete (LIFE-08).</summary>
    /// <param name="number">The dossier.</param>
    /// <returns>The page.</returns>
    public Task<IActionResult> OnPostCompleteAsync(string number) =>
        RunAsync(number, (d, at, staff) => d.DeclareComplete(staff, at), "Le dossier est déclaré complet.");

    /// <summary>Declares the dossier non conforme with reasons, one per line (LIFE-07).</summary>
    /// <param name="number">The dossier.</param>
    /// <param name="reasons">The reasons.</param>
    /// <returns>The page.</returns>
    public Task<IActionResult> OnPostNonCompliantAsync(string number, string? reasons) =>
        RunAsync(
            number,
            (d, at, staff) => d.DeclareNonCompliant((reasons ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), staff, at),
            "Le dossier est déclaré non conforme.");

    /// <summary>Reopens the dossier.</summary>
    /// <param name="number">The dossier.</param>
    /// <param name="reason">Why.</param>
    /// <returns>The page.</returns>
    public Task<IActionResult> OnPostReopenAsync(string number, string? reason) =>
        RunAsync(number, (d, at, staff) => d.Reopen(reason ?? string.Empty, staff, at), "Le dossier est rouvert.");

    /// <summary>Records a paper dossier received by post (DEAD-04).</summary>
    /// <param name="number">The dossier.</param>
    /// <param name="postmark">The postmark date (AAAA-MM-JJ).</param>
    /// <returns>The page.</returns>
    public async Task<IActionResult> OnPostPostalAsync(string number, string? postmark)
    {
        if (DateOf(postmark) is not { } date)
        {
            return await RefusedDateAsync(number, "postmark", "Indiquez la date du cachet de la poste, sous la forme AAAA-MM-JJ.");
        }

        return await RunAsync(number, (d, at, staff) => d.ReceivePostalDossier(date, staff, at), "Le dossier reçu par courrier est enregistré.");
    }

    /// <summary>Records a cancellation asked by e-mail or by post (LIFE-09).</summary>
    /// <param name="number">The dossier.</param>
    /// <param name="channel">Email or Post.</param>
    /// <returns>The page.</returns>
    public Task<IActionResult> OnPostCancelAsync(string number, CancellationChannel channel) =>
        RunAsync(number, (d, at, staff) => d.RecordCancellation(channel, staff, at), "L'annulation de l'inscription est enregistrée.");

    /// <summary>The French date and time of an instant.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The text.</returns>
    public static string DateOf(Instant instant) => Time.FrenchDates.Format(instant);

    /// <summary>Today's date in ISO, for the date inputs.</summary>
    /// <param name="instant">Now.</param>
    /// <returns>AAAA-MM-JJ.</returns>
    public static string IsoOf(LocalDate instant) => instant.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A typed ISO date that the library accepts (decision 0017: years 1 to 9998), or null.</summary>
    private static LocalDate? DateOf(string? text) =>
        IsoDate.Parse(text?.Trim() ?? string.Empty) is { Success: true } parsed && Time.SupportedRange.Contains(parsed.Value) ? parsed.Value : null;

    private async Task<IActionResult> RefusedDateAsync(string number, string field, string message)
    {
        Errors.Add((field, message));
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return await ShowAsync(number);
    }

    private async Task<IActionResult> RunAsync(string number, Action<Dossier, Instant, Actor> command, string done)
    {
        if (!DossierNumber.TryParse(number, out var parsed))
        {
            return NotFound();
        }

        var staff = Actor.Staff(User.Identity!.Name!);
        var run = await TryRunAsync(() => runner.ExecuteAsync(parsed, (d, at) => command(d, at, staff), PostedKey, HttpContext.RequestAborted));
        if (run is null)
        {
            return await ShowAsync(number);
        }

        Notice = run.Notice ?? done;
        return RedirectToPage(new { number });
    }

    private async Task<IActionResult> ShowAsync(string number)
    {
        if (!DossierNumber.TryParse(number, out var parsed) || await runner.LoadAsync(parsed, HttpContext.RequestAborted) is not { } dossier)
        {
            return NotFound();
        }

        Dossier = dossier;
        return Page();
    }
}

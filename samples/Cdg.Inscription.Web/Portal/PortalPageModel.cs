using Cdg.Inscription.AspNetCore.Commands;
using Cdg.Inscription.AspNetCore.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cdg.Inscription.Web.Portal;

/// <summary>What every page shares: a fresh idempotency key per rendered form, and French errors field by field.</summary>
public abstract class PortalPageModel : PageModel
{
    /// <summary>The idempotency key that the rendered forms carry (a new one each time).</summary>
    public string FormKey { get; } = Guid.NewGuid().ToString("N");

    /// <summary>The errors to show: the field they concern (null for the whole form) and the French message.</summary>
    public List<(string? Field, string Message)> Errors { get; } = [];

    /// <summary>A notice to show, in French.</summary>
    [TempData]
    public string? Notice { get; set; }

    /// <summary>The idempotency key that the posted form carried.</summary>
    protected string? PostedKey => IdempotencyKeys.Of(Request);

    /// <summary>The errors of one field.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The messages.</returns>
    public IEnumerable<string> ErrorsOf(string field) => Errors.Where(e => e.Field == field).Select(e => e.Message);

    /// <summary>Adds the violations of a check, each by its field.</summary>
    /// <param name="violations">The violations.</param>
    protected void AddErrors(IEnumerable<RuleViolation> violations)
    {
        foreach (var violation in violations)
        {
            Errors.Add((violation.Field, violation.Message));
        }
    }

    /// <summary>Runs a command; a refusal or a lasting conflict is kept as errors, and the answer becomes 422 or 409.</summary>
    /// <param name="command">The command.</param>
    /// <returns>The run, or null when refused.</returns>
    protected async Task<DossierRun?> TryRunAsync(Func<Task<DossierRun>> command)
    {
        ArgumentNullException.ThrowIfNull(command);
        try
        {
            return await command();
        }
        catch (RuleViolationException refused)
        {
            AddErrors(refused.Violations);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        catch (DossierConcurrencyException)
        {
            Errors.Add((null, PortalMessages.Conflict));
            Response.StatusCode = StatusCodes.Status409Conflict;
        }

        return null;
    }
}

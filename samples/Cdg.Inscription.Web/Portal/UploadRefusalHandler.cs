using Cdg.Inscription.AspNetCore.Problems;
using Cdg.Inscription.AspNetCore.Storage;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Cdg.Inscription.Web.Portal;

/// <summary>
/// Answers a refused upload of the candidate's form (a file refused by the inspector, a body past
/// the limit, an expired form) by a redirection to the dossier page, which shows the French
/// reasons beside the piece; other requests are left to the package's handler.
/// </summary>
public sealed class UploadRefusalHandler(ITempDataDictionaryFactory tempData) : IExceptionHandler
{
    /// <summary>The TempData key of the refused piece.</summary>
    public const string PieceKey = "refus-piece";

    /// <summary>The TempData key of the reasons, one per line.</summary>
    public const string ReasonsKey = "refus-motifs";

    /// <inheritdoc />
    public ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        // The exception handler clears the endpoint and route values before it calls handlers: the path tells.
        if (!httpContext.Request.Path.StartsWithSegments(PortalFiles.UploadPrefix, StringComparison.OrdinalIgnoreCase, out var rest) || httpContext.Response.HasStarted)
        {
            return ValueTask.FromResult(false);
        }

        var reasons = exception switch
        {
            UploadRefusedException refused => refused.Violations.Select(v => v.Message).ToArray(),
            DossierConcurrencyException => [PortalMessages.Conflict],
            Cdg.Inscription.RuleViolationException rule => rule.Violations.Select(v => v.Message).ToArray(),
            _ => null,
        };
        if (reasons is null)
        {
            return ValueTask.FromResult(false);
        }

        var data = tempData.GetTempData(httpContext);
        data[PieceKey] = rest.Value?.Trim('/');
        data[ReasonsKey] = string.Join('\n', reasons);
        data.Save();
        httpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
        httpContext.Response.Headers.Location = "/Dossier";
        return ValueTask.FromResult(true);
    }
}

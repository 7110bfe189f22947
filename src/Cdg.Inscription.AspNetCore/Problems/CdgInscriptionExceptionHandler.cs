using Cdg.Inscription.AspNetCore.Commands;
using Cdg.Inscription.AspNetCore.Storage;
using Cdg.Inscription.AspNetCore.Uploads;
using Cdg.Inscription.Files;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Cdg.Inscription.AspNetCore.Problems;

/// <summary>
/// Answers the package's exceptions with French ProblemDetails: <see cref="RuleViolationException"/>
/// 422, <see cref="UploadRefusedException"/> its own status (400, 413, 422),
/// <see cref="DossierConcurrencyException"/> 409, <see cref="DossierNotFoundException"/> 404, and an
/// oversize body cut by the server (<see cref="BadHttpRequestException"/> 413) 413, and a form that
/// binding could not read, its antiforgery token missing or expired included (400). Any other
/// exception is left to the host; <see cref="CustomizeProblemDetails"/> gives a 500 a French title and no detail.
/// </summary>
/// <param name="problems">The host's ProblemDetails writer.</param>
public sealed class CdgInscriptionExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var problem = ProblemFor(httpContext, exception);
        if (problem is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>
    /// What <c>AddProblemDetails</c> is given: the answer to an unhandled exception (a 500) gets a
    /// French title and no detail, so nothing of the exception reaches the client. A delegate that
    /// the host set before runs first; problems that the host writes itself are left as they are.
    /// </summary>
    /// <param name="options">The host's ProblemDetails options.</param>
    public static void CustomizeProblemDetails(ProblemDetailsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var before = options.CustomizeProblemDetails;
        options.CustomizeProblemDetails = context =>
        {
            before?.Invoke(context);
            if (context.Exception is not null && context.ProblemDetails.Status is null or >= 500)
            {
                context.ProblemDetails.Title = CdgProblemDetails.ServerErrorTitle;
                context.ProblemDetails.Detail = null;
                context.ProblemDetails.Extensions.Remove("exception");
            }
        };
    }

    /// <summary>The problem for one of the package's exceptions, or null for another.</summary>
    internal static ProblemDetails? ProblemFor(HttpContext context, Exception exception) => exception switch
    {
        RuleViolationException refused => CdgProblemDetails.Refused(refused.Violations),
        UploadRefusedException upload => CdgProblemDetails.Refused(upload.StatusCode, TitleOf(upload.StatusCode), upload.Violations),
        DossierConcurrencyException => CdgProblemDetails.Conflict(),
        DossierNotFoundException => CdgProblemDetails.NotFound(),

        // The server cut a body past the endpoint's limit: the inspector's own reason.
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } cut =>
            ProblemFor(context, PieceUpload.TooLarge(context.RequestServices.GetRequiredService<FileInspector>(), cut)),

        // A form that binding could not read (RouteHandlerOptions.ThrowOnBadRequest, set by AddCdgInscription).
        BadHttpRequestException { StatusCode: StatusCodes.Status400BadRequest } => CdgProblemDetails.Refused(
            StatusCodes.Status400BadRequest,
            CdgProblemDetails.BadRequestTitle,
            [context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false }
                ? new ProblemViolation(UploadCodes.FormExpired, null, UploadCodes.FormExpiredMessage)
                : new ProblemViolation(UploadCodes.FormUnreadable, null, UploadCodes.FormUnreadableMessage)]),
        _ => null,
    };

    private static string TitleOf(int statusCode) => statusCode switch
    {
        StatusCodes.Status413PayloadTooLarge => CdgProblemDetails.TooLargeTitle,
        StatusCodes.Status422UnprocessableEntity => CdgProblemDetails.RefusedTitle,
        _ => CdgProblemDetails.BadRequestTitle,
    };
}

using Cdg.Inscription.AspNetCore.Commands;
using Cdg.Inscription.AspNetCore.Storage;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Cdg.Inscription.AspNetCore.Problems;

/// <summary>
/// Answers the package's exceptions with French ProblemDetails: <see cref="RuleViolationException"/>
/// 422, <see cref="UploadRefusedException"/> its own status (400, 413, 422),
/// <see cref="DossierConcurrencyException"/> 409, <see cref="DossierNotFoundException"/> 404, and an
/// oversize body cut by the server (<see cref="BadHttpRequestException"/> 413) 413. Any other
/// exception is left to the host; <see cref="CustomizeProblemDetails"/> gives a 500 a French title and no detail.
/// </summary>
/// <param name="problems">The host's ProblemDetails writer.</param>
public sealed class CdgInscriptionExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var problem = ProblemFor(exception);
        if (problem is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>What <c>AddProblemDetails</c> is given: a 500 (or any problem without a title) gets a French title, and no exception detail reaches the client.</summary>
    /// <param name="options">The host's ProblemDetails options.</param>
    public static void CustomizeProblemDetails(ProblemDetailsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.CustomizeProblemDetails = context =>
        {
            if (context.ProblemDetails.Status is null or >= 500)
            {
                context.ProblemDetails.Title = CdgProblemDetails.ServerErrorTitle;
                context.ProblemDetails.Detail = null;
                context.ProblemDetails.Extensions.Remove("exception");
            }
        };
    }

    /// <summary>The problem for one of the package's exceptions, or null for another.</summary>
    internal static ProblemDetails? ProblemFor(Exception exception) => exception switch
    {
        RuleViolationException refused => CdgProblemDetails.Refused(refused.Violations),
        UploadRefusedException upload => CdgProblemDetails.Refused(upload.StatusCode, TitleOf(upload.StatusCode), upload.Violations),
        DossierConcurrencyException => CdgProblemDetails.Conflict(),
        DossierNotFoundException => CdgProblemDetails.NotFound(),
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
            CdgProblemDetails.Refused(StatusCodes.Status413PayloadTooLarge, CdgProblemDetails.TooLargeTitle, []),
        _ => null,
    };

    private static string TitleOf(int statusCode) => statusCode switch
    {
        StatusCodes.Status413PayloadTooLarge => CdgProblemDetails.TooLargeTitle,
        StatusCodes.Status422UnprocessableEntity => CdgProblemDetails.RefusedTitle,
        _ => CdgProblemDetails.BadRequestTitle,
    };
}

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Cdg.Inscription.AspNetCore.Problems;

/// <summary>The French ProblemDetails that the package answers with, for endpoints that build one themselves.</summary>
public static class CdgProblemDetails
{
    /// <summary>The title of a refused command or file (422).</summary>
    public const string RefusedTitle = "Votre demande n'a pas pu être prise en compte.";

    /// <summary>The title of an upload that did not arrive as a form with a file (400).</summary>
    public const string BadRequestTitle = "Le formulaire envoyé n'a pas pu être lu.";

    /// <summary>The title of an upload too large to be received (413).</summary>
    public const string TooLargeTitle = "Le fichier est trop volumineux.";

    /// <summary>The title of a concurrency conflict (409).</summary>
    public const string ConflictTitle = "Ce dossier vient d'être modifié.";

    /// <summary>The detail of a concurrency conflict (409).</summary>
    public const string ConflictDetail = "Ce dossier vient d'être modifié par une autre demande : rechargez la page pour le voir tel qu'il est maintenant, puis recommencez si besoin.";

    /// <summary>The title of an unknown dossier (404).</summary>
    public const string NotFoundTitle = "Dossier introuvable.";

    /// <summary>The detail of an unknown dossier (404).</summary>
    public const string NotFoundDetail = "Aucun dossier ne correspond à ce numéro : vérifiez le numéro de dossier indiqué dans le message de confirmation de votre préinscription.";

    /// <summary>The title of any other error (500), which shows no detail.</summary>
    public const string ServerErrorTitle = "Une erreur inattendue s'est produite : votre demande n'a pas été enregistrée. Réessayez dans quelques minutes.";

    /// <summary>A refusal with its reasons, each in the <c>violations</c> extension, and, for form fields, in <c>errors</c> by field.</summary>
    /// <param name="statusCode">The status: 422 for a refused command or file, 400 or 413 for an upload.</param>
    /// <param name="title">The title, in French.</param>
    /// <param name="violations">The reasons.</param>
    /// <returns>The problem.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ProblemDetails Refused(int statusCode, string title, IReadOnlyList<ProblemViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(violations);
        var problem = new ProblemDetails
        {
            Status = statusCode,
            Title = title,
            Detail = violations.Count == 0 ? null : string.Join(" ", violations.Select(v => v.Message)),
        };
        problem.Extensions["violations"] = violations;
        var byField = violations.Where(v => v.Field is not null).GroupBy(v => v.Field!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(v => v.Message).ToArray(), StringComparer.Ordinal);
        if (byField.Count > 0)
        {
            problem.Extensions["errors"] = byField;
        }

        return problem;
    }

    /// <summary>A refused command (422) with the violations of a <see cref="RuleViolationException"/> or a <c>Check…</c>.</summary>
    /// <param name="violations">The violations.</param>
    /// <returns>The problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="violations"/> is null.</exception>
    public static ProblemDetails Refused(IEnumerable<RuleViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        return Refused(StatusCodes.Status422UnprocessableEntity, RefusedTitle, violations.Select(ProblemViolation.From).ToArray());
    }

    /// <summary>A concurrency conflict that the runner's retries did not resolve (409).</summary>
    /// <returns>The problem.</returns>
    public static ProblemDetails Conflict() =>
        new() { Status = StatusCodes.Status409Conflict, Title = ConflictTitle, Detail = ConflictDetail };

    /// <summary>An unknown dossier (404).</summary>
    /// <returns>The problem.</returns>
    public static ProblemDetails NotFound() =>
        new() { Status = StatusCodes.Status404NotFound, Title = NotFoundTitle, Detail = NotFoundDetail };
}

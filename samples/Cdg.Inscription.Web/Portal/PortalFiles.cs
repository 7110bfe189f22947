using Cdg.Inscription.AspNetCore.Commands;
using Cdg.Inscription.AspNetCore.Uploads;
using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Files;
using Cdg.Inscription.Pieces;
using Cdg.Inscription.Web.Storage.Files;
using Microsoft.Net.Http.Headers;

namespace Cdg.Inscription.Web.Portal;

/// <summary>The upload endpoint of the candidate's form, and the files served back to their candidate or to staff.</summary>
public static class PortalFiles
{
    /// <summary>The path under which the upload form posts, one segment per piece.</summary>
    public const string UploadPrefix = "/Dossier/Pieces";

    /// <summary>Maps <c>POST /Dossier/Pieces/{piece}</c>, <c>GET /Fichiers/{dossier}/{id}</c> and <c>GET /Documents/{dossier}/{reference}</c>.</summary>
    /// <param name="app">The application.</param>
    /// <returns>The same application.</returns>
    public static WebApplication MapPortalFiles(this WebApplication app)
    {
        app.MapPost("/Dossier/Pieces/{piece}", async (string piece, PieceUpload upload, HttpContext context, DossierRunner runner, ContentAddressedFileStore files) =>
        {
            await using var received = upload;
            var number = PortalSecurity.DossierOf(context.User)!.Value;
            if (!PieceCode.TryParse(piece, out var code))
            {
                return Results.NotFound();
            }

            await runner.AddFileAsync(number, code, upload, files, IdempotencyKeys.Of(context.Request), context.RequestAborted);
            return Results.Redirect("/Dossier#piece-" + piece);
        }).RequireAuthorization(PortalSecurity.CandidatePolicy);

        app.MapGet("/Fichiers/{dossier}/{id:guid}", async (string dossier, Guid id, bool? telecharger, HttpContext context, DossierRunner runner, ContentAddressedFileStore files) =>
        {
            var loaded = await AllowedDossierAsync(dossier, context, runner);
            var file = loaded?.Files.FirstOrDefault(f => f.File.Id == id)?.File;
            return file is null ? Results.NotFound() : Serve(context, files.Open(file), file.ContentType, file.DisplayName, telecharger == true);
        }).RequireAuthorization();

        app.MapGet("/Documents/{dossier}/{reference}", async (string dossier, string reference, HttpContext context, DossierRunner runner, ContentAddressedFileStore files) =>
        {
            var loaded = await AllowedDossierAsync(dossier, context, runner);
            var document = loaded?.Documents.FirstOrDefault(d => d.Reference == reference);
            if (document is null || PublishedFiles.RecordOf(document) is not { } record)
            {
                return Results.NotFound();
            }

            return Serve(context, files.Open(record), record.ContentType, record.DisplayName, download: true);
        }).RequireAuthorization();
        return app;
    }

    private static async Task<Dossier?> AllowedDossierAsync(string dossier, HttpContext context, DossierRunner runner)
    {
        if (!DossierNumber.TryParse(dossier, out var number))
        {
            return null;
        }

        var allowed = context.User.IsInRole(PortalSecurity.StaffRole) || PortalSecurity.DossierOf(context.User) == number;
        return allowed ? await runner.LoadAsync(number, context.RequestAborted) : null;
    }

    private static IResult Serve(HttpContext context, Stream? content, string contentType, string displayName, bool download)
    {
        if (content is null)
        {
            return Results.NotFound();
        }

        var disposition = new ContentDispositionHeaderValue(download ? "attachment" : "inline");
        disposition.SetHttpFileName(displayName);
        context.Response.Headers.ContentDisposition = disposition.ToString();
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.Stream(content, contentType);
    }
}

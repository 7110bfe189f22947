using Cdg.Inscription;
using Cdg.Inscription.AspNetCore;
using Cdg.Inscription.AspNetCore.Commands;
using Cdg.Inscription.AspNetCore.Problems;
using Cdg.Inscription.AspNetCore.Storage;
using Cdg.Inscription.AspNetCore.TestHost;
using Cdg.Inscription.AspNetCore.Uploads;
using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Pieces;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using NodaTime;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddCdgInscription(options => options.Sessions.Add(DemoSession.StartingAt(SystemClock.Instance.GetCurrentInstant())));
builder.Services.AddSingleton<InMemoryDossierStore>();
builder.Services.AddSingleton<IDossierStore>(services => services.GetRequiredService<InMemoryDossierStore>());
builder.Services.AddSingleton<InMemoryFileContentStore>();
builder.Services.AddSingleton<IFileContentStore>(services => services.GetRequiredService<InMemoryFileContentStore>());
builder.Services.AddSingleton<DossierNumbers>();

var app = builder.Build();
app.UseExceptionHandler();
app.UseAntiforgery();

// The token a form carries in its hidden field; an HTML page would render it instead.
app.MapGet("/antiforgery", (IAntiforgery antiforgery, HttpContext context) => new { token = antiforgery.GetAndStoreTokens(context).RequestToken });

app.MapPost("/sessions/{code}/dossiers", async (string code, [FromForm] PreRegistrationForm form, ExamSessionCatalog sessions, DossierNumbers numbers, DossierRunner runner, HttpRequest request, CancellationToken cancellationToken) =>
{
    if (!sessions.TryGet(code, out var session))
    {
        return Results.NotFound();
    }

    // Every field is checked at once, and each refusal names its field, in French (422).
    var email = string.IsNullOrWhiteSpace(form.Email) ? CommandCheck.Allowed : EmailAddress.Check(form.Email);
    var violations = new[]
    {
        Candidate.Check(form.FamilyName, form.GivenName),
        PostalAddress.Check(form.Street, form.PostalCode, form.City, form.Complement),
        email,
    }.SelectMany(check => check.Violations).ToArray();
    if (violations.Length > 0)
    {
        return Results.Problem(CdgProblemDetails.Refused(violations));
    }

    var candidate = new Candidate(
        form.FamilyName!,
        form.GivenName!,
        new PostalAddress(form.Street!, form.PostalCode!, form.City!, form.Complement),
        string.IsNullOrWhiteSpace(form.Email) ? null : EmailAddress.Parse(form.Email));
    var run = await runner.PreRegisterAsync(session, numbers.Next(), candidate, null, IdempotencyKeys.Of(request), cancellationToken);
    return run.IsApplied
        ? Results.Created($"/dossiers/{run.Dossier.Number}", DossierView.Of(run))
        : Results.Ok(DossierView.Of(run));
});

app.MapGet("/dossiers/{number}", async (string number, DossierRunner runner, IClock clock, CancellationToken cancellationToken) =>
{
    DossierNumber.Check(number).ThrowIfRefused();
    var dossier = await runner.LoadAsync(DossierNumber.Parse(number), cancellationToken) ?? throw new DossierNotFoundException(DossierNumber.Parse(number));
    return Results.Ok(DossierView.Of(dossier, clock.GetCurrentInstant()));
});

app.MapPost("/dossiers/{number}/pieces/{piece}/files", async (string number, string piece, PieceUpload upload, DossierRunner runner, IFileContentStore contents, HttpRequest request, CancellationToken cancellationToken) =>
{
    await using var received = upload;
    DossierNumber.Check(number).ThrowIfRefused();
    if (!PieceCode.TryParse(piece, out var pieceCode))
    {
        return Results.NotFound();
    }

    var run = await runner.AddFileAsync(DossierNumber.Parse(number), pieceCode, upload, contents, IdempotencyKeys.Of(request), cancellationToken);
    var record = upload.File.Record;
    return run.IsApplied
        ? Results.Created($"/dossiers/{number}/files/{record.Id}", new { record.Id, record.DisplayName, record.ContentType, record.Size })
        : Results.Ok(new { notice = run.Notice });
});

app.MapPost("/dossiers/{number}/closure", async (string number, [FromForm(Name = IdempotencyKeys.FieldName)] string? key, DossierRunner runner, HttpRequest request, CancellationToken cancellationToken) =>
{
    DossierNumber.Check(number).ThrowIfRefused();
    var run = await runner.ExecuteAsync(DossierNumber.Parse(number), (dossier, at) => dossier.Close(Actor.Candidate, at), IdempotencyKeys.Of(request), cancellationToken);
    return Results.Ok(DossierView.Of(run));
});

app.Run();

/// <summary>The entry point, for <c>WebApplicationFactory</c>.</summary>
public partial class Program;

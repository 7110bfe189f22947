using System.Reflection;
using Cdg.Inscription.AspNetCore.Problems;
using Cdg.Inscription.Files;
using Cdg.Inscription.Time;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime.Text;

namespace Cdg.Inscription.AspNetCore.Uploads;

/// <summary>
/// A piece's file received from a form and accepted by the <see cref="FileInspector"/>: an endpoint
/// parameter. Binding reads the <c>multipart/form-data</c> body within the inspector's
/// <see cref="FileInspectionOptions.MaxSize"/> (plus the envelope), so that a body declared too long is
/// refused before a byte of it is read and one that turns out too long is cut as soon as it passes the
/// limit; then it inspects the <c>file</c> field and reads the optional <c>issuedOn</c> field
/// (<c>2026-01-31</c>, as a date input posts it, or <c>31/01/2026</c>). Every refusal throws <see cref="UploadRefusedException"/>, which
/// <see cref="CdgInscriptionExceptionHandler"/> answers in French: 400 without a file, 413 too large,
/// 422 refused by the inspector. The endpoint requires an antiforgery token, as any form does; an API
/// called with a bearer token says <c>.DisableAntiforgery()</c>. The endpoint disposes the upload
/// (<c>await using</c>), which releases the buffered file.
/// </summary>
public sealed class PieceUpload : IAsyncDisposable, IEndpointParameterMetadataProvider
{
    /// <summary>The name of the form field that holds the file.</summary>
    public const string FileField = "file";

    /// <summary>The name of the optional form field that holds the document's date of issue: <c>2026-01-31</c> or <c>31/01/2026</c>.</summary>
    public const string IssuedOnField = "issuedOn";

    private static readonly LocalDatePattern FrenchDate = LocalDatePattern.CreateWithInvariantCulture("dd/MM/uuuu");

    private PieceUpload(InspectedFile file, Stream content, NodaTime.LocalDate? issuedOn)
    {
        File = file;
        Content = content;
        IssuedOn = issuedOn;
    }

    /// <summary>The file as the inspector accepted it: give it to <c>Dossier.AddFile</c>.</summary>
    public InspectedFile File { get; }

    /// <summary>The bytes that were inspected, at position 0: what the host stores under <see cref="FileRecord.Id"/>.</summary>
    public Stream Content { get; }

    /// <summary>The document's date of issue, for a piece that must be recent (PIECE-04); null when the form gave none.</summary>
    public NodaTime.LocalDate? IssuedOn { get; }

    /// <summary>Reads and inspects the upload of a request; what minimal APIs call for a parameter of this type.</summary>
    /// <param name="context">The request.</param>
    /// <param name="parameter">The endpoint's parameter.</param>
    /// <returns>The accepted upload.</returns>
    /// <exception cref="UploadRefusedException">No file, a body too large, or a file refused.</exception>
    public static async ValueTask<PieceUpload?> BindAsync(HttpContext context, ParameterInfo parameter)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.RequestServices;
        var inspector = services.GetRequiredService<FileInspector>();
        var options = services.GetRequiredService<IOptions<CdgInscriptionOptions>>().Value;
        var request = context.Request;
        var limit = LimitOf(inspector, options);
        if (request.ContentLength > limit)
        {
            throw TooLarge(inspector);
        }

        if (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false } antiforgery)
        {
            throw Refused(StatusCodes.Status400BadRequest, UploadCodes.FormExpired, UploadCodes.FormExpiredMessage, antiforgery.Error);
        }

        if (!request.HasFormContentType)
        {
            throw Missing();
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit;
        }

        // The whole body is counted as it is read, whatever its parts: past the limit, reading stops.
        request.Body = new LimitedReadStream(request.Body, limit);
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(context.RequestAborted);
        }
        catch (BodyTooLargeException tooLong)
        {
            throw TooLarge(inspector, tooLong);
        }
        catch (BadHttpRequestException cut) when (cut.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw TooLarge(inspector, cut);
        }
        catch (Exception malformed) when (malformed is InvalidDataException or BadHttpRequestException)
        {
            throw Refused(StatusCodes.Status400BadRequest, UploadCodes.FormUnreadable, UploadCodes.FormUnreadableMessage, malformed);
        }

        if (form.Files.GetFile(FileField) is not { } file)
        {
            throw Missing();
        }

        var issuedOn = IssueDateOf(form);
        var content = file.OpenReadStream();
        try
        {
            var verdict = await inspector.InspectAsync(content, file.FileName, file.ContentType, context.RequestAborted);
            if (!verdict.IsAccepted)
            {
                throw new UploadRefusedException(StatusCodes.Status422UnprocessableEntity, verdict.Refusals.Select(ProblemViolation.From).ToArray());
            }

            content.Position = 0;
            return new PieceUpload(verdict.File, content, issuedOn);
        }
        catch
        {
            await content.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Declares what the endpoint accepts, that it requires an antiforgery token, and its body limit,
    /// which routing gives the server before the antiforgery middleware reads the form.
    /// </summary>
    /// <param name="parameter">The endpoint's parameter.</param>
    /// <param name="builder">The endpoint.</param>
    public static void PopulateMetadata(ParameterInfo parameter, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new RequireAntiforgeryTokenAttribute(required: true));
        if (builder.ApplicationServices.GetService<FileInspector>() is { } inspector
            && builder.ApplicationServices.GetService<IOptions<CdgInscriptionOptions>>() is { } options)
        {
            builder.Metadata.Add(new UploadSizeLimit(LimitOf(inspector, options.Value)));
        }

        builder.Metadata.Add(new AcceptsMetadata(["multipart/form-data"], typeof(PieceUpload)));
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => Content.DisposeAsync();

    private static NodaTime.LocalDate? IssueDateOf(IFormCollection form)
    {
        var text = form[IssuedOnField].ToString();
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // What a date input posts (2026-01-31), or what a person types in a text input (31/01/2026).
        var parsed = LocalDatePattern.Iso.Parse(text.Trim());
        if (!parsed.Success)
        {
            parsed = FrenchDate.Parse(text.Trim());
        }

        // A date beyond the library's range (decision 0017) is answered as a date that is not valid.
        return parsed.Success && SupportedRange.Contains(parsed.Value)
            ? parsed.Value
            : throw Refused(StatusCodes.Status400BadRequest, UploadCodes.IssueDateInvalid, "La date de délivrance du document n'est pas une date valide : indiquez-la sous la forme jour/mois/année, par exemple 31/01/2026.", null);
    }

    private static long LimitOf(FileInspector inspector, CdgInscriptionOptions options) => inspector.Options.MaxSize + options.UploadEnvelopeBytes;

    private static UploadRefusedException Missing() =>
        Refused(StatusCodes.Status400BadRequest, UploadCodes.FileMissing, "Aucun fichier n'a été reçu : choisissez le fichier de la pièce, puis envoyez le formulaire de nouveau.", null);

    /// <summary>The 413 of a body past the limit, with the inspector's French reason; also what the handler answers when the server cut the body itself.</summary>
    internal static UploadRefusedException TooLarge(FileInspector inspector, Exception? cause = null) =>
        new(StatusCodes.Status413PayloadTooLarge, inspector.CheckSize(long.MaxValue).Violations.Select(ProblemViolation.From).ToArray(), cause);

    private static UploadRefusedException Refused(int status, string code, string message, Exception? cause) =>
        new(status, [new ProblemViolation(code, null, message)], cause);
}

using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace Cdg.Inscription.Web.Tests.Load;

/// <summary>One candidate's browser over real HTTP: a cookie container of its own, no redirection followed on its own, the antiforgery token read from the page.</summary>
public sealed partial class LoadCandidate : IDisposable
{
    private readonly HttpClient _http;

    /// <summary>A candidate with empty cookies, or with a copy of the cookies of <paramref name="sameCookiesAs"/> (another tab of the same browser session).</summary>
    /// <param name="address">The server's address.</param>
    /// <param name="sameCookiesAs">The candidate whose cookies to copy, if any.</param>
    public LoadCandidate(Uri address, LoadCandidate? sameCookiesAs = null)
    {
        Cookies = new CookieContainer();
        if (sameCookiesAs is not null)
        {
            Cookies.Add(sameCookiesAs.Cookies.GetAllCookies());
        }

        _http = new HttpClient(new SocketsHttpHandler { UseCookies = true, CookieContainer = Cookies, AllowAutoRedirect = false }) { BaseAddress = address };
    }

    /// <summary>The cookies: the sign-in, the antiforgery and the TempData cookies.</summary>
    public CookieContainer Cookies { get; }

    /// <summary>The dossier number shown after the pre-registration.</summary>
    public string? Number { get; private set; }

    /// <summary>Gets a page.</summary>
    /// <param name="path">The path.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The status and the HTML, decoded.</returns>
    public async Task<(HttpStatusCode Status, string Html)> GetAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(path, cancellationToken);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(cancellationToken)));
    }

    /// <summary>Pre-registers for a session with the form's fields, and signs in (the portal signs the candidate in).</summary>
    /// <param name="session">The session's code.</param>
    /// <param name="index">Makes the e-mail address unique.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The status and the HTML.</returns>
    public async Task<(HttpStatusCode Status, string Html)> PreRegisterAsync(string session, int index, CancellationToken cancellationToken)
    {
        var path = $"/Preinscription/{session}";
        var token = await TokenAsync(path, cancellationToken);
        var form = new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token), new("idempotencyKey", Guid.NewGuid().ToString("N")),
            new("familyName", "Moreau"), new("givenName", "Julie"), new("birthDate", "14/07/1990"), new("email", $"julie.moreau.{index}@example.fr"),
            new("street", "12 rue des Lilas"), new("postalCode", "53000"), new("city", "Laval"), new("password", "motdepasse-1"), new("passwordConfirmation", "motdepasse-1"),
        ]);
        using var response = await _http.PostAsync(path, form, cancellationToken);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(cancellationToken));
        Number = NumberOf().Match(html) is { Success: true } match ? match.Groups[1].Value : null;
        return (response.StatusCode, html);
    }

    /// <summary>Uploads a file to a piece from the dossier page, then follows the redirection.</summary>
    /// <param name="piece">The piece's code.</param>
    /// <param name="content">The bytes.</param>
    /// <param name="fileName">The name.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The status of the upload and the HTML of the page it leads to.</returns>
    public async Task<(HttpStatusCode Status, string Html)> UploadAsync(string piece, byte[] content, string fileName, CancellationToken cancellationToken)
    {
        var token = await TokenAsync("/Dossier", cancellationToken);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(Guid.NewGuid().ToString("N")), "idempotencyKey" },
            { new ByteArrayContent(content), "file", fileName },
        };
        using var response = await _http.PostAsync($"/Dossier/Pieces/{piece}", form, cancellationToken);
        return await FollowAsync(response, cancellationToken);
    }

    /// <summary>Reads the closure form of the dossier page: its token, and a fresh idempotency key.</summary>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The form, ready to post.</returns>
    public async Task<ClosureForm> PrepareClosureAsync(CancellationToken cancellationToken) =>
        new(await TokenAsync("/Dossier", cancellationToken), Guid.NewGuid().ToString("N"));

    /// <summary>Posts « Clôturer mon inscription », timed: the answer is not followed.</summary>
    /// <param name="form">The form read before.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The status, the redirection, the HTML when the answer is a page, and the milliseconds the request took.</returns>
    public async Task<ClosureAnswer> CloseAsync(ClosureForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var content = new FormUrlEncodedContent([new("__RequestVerificationToken", form.Token), new("idempotencyKey", form.IdempotencyKey)]);
        var started = Stopwatch.GetTimestamp();
        using var response = await _http.PostAsync("/Dossier?handler=Close", content, cancellationToken);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(cancellationToken));
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        return new ClosureAnswer(response.StatusCode, response.Headers.Location?.ToString(), html, elapsed);
    }

    /// <summary>The page a closure answer shows: the page it redirects to, or its own.</summary>
    /// <param name="answer">The closure's answer.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>The status and the HTML of the page the candidate sees.</returns>
    public async Task<(HttpStatusCode Status, string Html)> PageOfAsync(ClosureAnswer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return answer.Location is { } location ? await GetAsync(location, cancellationToken) : (answer.Status, answer.Html);
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();

    private async Task<string> TokenAsync(string path, CancellationToken cancellationToken)
    {
        var (status, html) = await GetAsync(path, cancellationToken);
        status.Should().Be(HttpStatusCode.OK, $"GET {path} shows its form");
        return Token().Match(html).Groups[1].Value;
    }

    private async Task<(HttpStatusCode Status, string Html)> FollowAsync(HttpResponseMessage response, CancellationToken cancellationToken) =>
        response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther or HttpStatusCode.Found && response.Headers.Location is { } location
            ? await GetAsync(location.ToString(), cancellationToken)
            : (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(cancellationToken)));

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("id=\"dossier-number\">([^<]+)<")]
    private static partial Regex NumberOf();
}

/// <summary>A closure form read from the dossier page.</summary>
/// <param name="Token">The antiforgery token.</param>
/// <param name="IdempotencyKey">The form's idempotency key.</param>
public sealed record ClosureForm(string Token, string IdempotencyKey);

/// <summary>The answer to a closure, unfollowed.</summary>
/// <param name="Status">The status code.</param>
/// <param name="Location">Where it redirects, if it does.</param>
/// <param name="Html">The body, decoded.</param>
/// <param name="Milliseconds">How long the request took.</param>
public sealed record ClosureAnswer(HttpStatusCode Status, string? Location, string Html, double Milliseconds);

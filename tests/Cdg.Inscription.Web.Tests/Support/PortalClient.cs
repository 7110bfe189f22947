using System.Net;
using System.Text.RegularExpressions;

namespace Cdg.Inscription.Web.Tests.Support;

/// <summary>A browser-like client: reads the antiforgery token and idempotency key from the page, posts forms, follows one redirection.</summary>
public sealed partial class PortalClient(HttpClient http) : IDisposable
{
    /// <summary>The underlying client.</summary>
    public HttpClient Http { get; } = http;

    /// <summary>Gets a page.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The response and its HTML.</returns>
    public async Task<(HttpResponseMessage Response, string Html)> GetAsync(string path)
    {
        var response = await Http.GetAsync(path, TestContext.Current.CancellationToken);
        return (response, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>Posts a form of the page at <paramref name="page"/>, with its token, then follows a redirection.</summary>
    /// <param name="page">The page holding the form.</param>
    /// <param name="action">Where the form posts.</param>
    /// <param name="fields">The fields.</param>
    /// <returns>The final response and its HTML.</returns>
    public async Task<(HttpResponseMessage Response, string Html)> PostAsync(string page, string action, params (string Name, string Value)[] fields)
    {
        var (_, html) = await GetAsync(page);
        var form = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", TokenOf(html)), new("idempotencyKey", Guid.NewGuid().ToString("N")) };
        form.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        return await FollowAsync(await Http.PostAsync(action, new FormUrlEncodedContent(form), TestContext.Current.CancellationToken));
    }

    /// <summary>Uploads a file to a piece from the dossier page, then follows the redirection.</summary>
    /// <param name="piece">The piece's code.</param>
    /// <param name="content">The bytes.</param>
    /// <param name="fileName">The name.</param>
    /// <returns>The final response and its HTML.</returns>
    public async Task<(HttpResponseMessage Response, string Html)> UploadAsync(string piece, HttpContent content, string fileName)
    {
        var (_, html) = await GetAsync("/Dossier");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(TokenOf(html)), "__RequestVerificationToken" },
            { new StringContent(Guid.NewGuid().ToString("N")), "idempotencyKey" },
            { content, "file", fileName },
        };
        return await FollowAsync(await Http.PostAsync($"/Dossier/Pieces/{piece}", form, TestContext.Current.CancellationToken));
    }

    /// <summary>The antiforgery token of a page.</summary>
    /// <param name="html">The page.</param>
    /// <returns>The token.</returns>
    public static string TokenOf(string html) => Token().Match(html).Groups[1].Value;

    /// <inheritdoc />
    public void Dispose() => Http.Dispose();

    private async Task<(HttpResponseMessage Response, string Html)> FollowAsync(HttpResponseMessage response)
    {
        if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther or HttpStatusCode.Found && response.Headers.Location is { } location)
        {
            return await GetAsync(location.ToString());
        }

        return (response, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}

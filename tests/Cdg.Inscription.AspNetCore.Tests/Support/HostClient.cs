using System.Net.Http.Headers;
using System.Text.Json;

namespace Cdg.Inscription.AspNetCore.Tests.Support;

/// <summary>Posts the host's forms with the antiforgery token, and reads its answers.</summary>
public sealed class HostClient(HttpClient client, string antiforgeryToken) : IDisposable
{
    /// <summary>The number of the dossier that <see cref="PreRegisterAsync"/> created.</summary>
    public string Number { get; private set; } = string.Empty;

    /// <summary>Pre-registers a candidate with valid fields, or the ones given.</summary>
    public async Task<HttpResponseMessage> PreRegisterAsync(IDictionary<string, string>? fields = null, string? idempotencyKey = null)
    {
        fields ??= new Dictionary<string, string>
        {
            ["familyName"] = "Martin",
            ["givenName"] = "Camille",
            ["street"] = "12 rue de la Paix",
            ["postalCode"] = "53000",
            ["city"] = "Laval",
            ["email"] = "camille.martin@exemple.fr",
        };
        using var form = new FormUrlEncodedContent(fields);
        var response = await PostAsync("/sessions/REDACTEUR-INT/dossiers", form, idempotencyKey);
        if (response.IsSuccessStatusCode)
        {
            Number = (await JsonOf(response)).GetProperty("number").GetString()!;
        }

        return response;
    }

    /// <summary>Uploads bytes as the file of a piece.</summary>
    public Task<HttpResponseMessage> UploadAsync(string piece, byte[] bytes, string fileName, string contentType, string? idempotencyKey = null) =>
        UploadAsync(piece, new ByteArrayContent(bytes), fileName, contentType, idempotencyKey);

    /// <summary>Uploads a part as the file of a piece.</summary>
    public async Task<HttpResponseMessage> UploadAsync(string piece, HttpContent file, string fileName, string contentType, string? idempotencyKey = null)
    {
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        using var form = new MultipartFormDataContent { { file, "file", fileName } };
        return await PostAsync($"/dossiers/{Number}/pieces/{piece}/files", form, idempotencyKey);
    }

    /// <summary>Clicks « clôturer mon inscription ».</summary>
    public async Task<HttpResponseMessage> CloseAsync(string? idempotencyKey = null, bool withToken = true)
    {
        // As the page's form posts it: its hidden fields, the key among them (empty when the test gives none).
        using var form = new FormUrlEncodedContent([new("idempotencyKey", idempotencyKey ?? string.Empty)]);
        return await PostAsync($"/dossiers/{Number}/closure", form, null, withToken);
    }

    /// <summary>Uploads a file with an <c>issuedOn</c> field.</summary>
    public async Task<HttpResponseMessage> UploadIssuedAsync(string piece, byte[] bytes, string fileName, string issuedOn)
    {
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(bytes), "file", fileName },
            { new StringContent(issuedOn), "issuedOn" },
        };
        return await PostAsync($"/dossiers/{Number}/pieces/{piece}/files", form);
    }

    /// <summary>Posts a body with the antiforgery token, and the idempotency key if any.</summary>
    public async Task<HttpResponseMessage> PostAsync(string path, HttpContent content, string? idempotencyKey = null, bool withToken = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        if (withToken)
        {
            request.Headers.Add("RequestVerificationToken", antiforgeryToken);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await client.SendAsync(request);
    }

    /// <summary>Gets a path.</summary>
    public Task<HttpResponseMessage> GetAsync(string path) => client.GetAsync(path);

    /// <summary>The JSON body of a response.</summary>
    public static async Task<JsonElement> JsonOf(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The codes and messages of a ProblemDetails' violations.</summary>
    public static async Task<IReadOnlyList<(string Code, string Message)>> ViolationsOf(HttpResponseMessage response)
    {
        var json = await JsonOf(response);
        return json.GetProperty("violations").EnumerateArray()
            .Select(v => (v.GetProperty("code").GetString()!, v.GetProperty("message").GetString()!))
            .ToArray();
    }

    /// <inheritdoc />
    public void Dispose() => client.Dispose();
}

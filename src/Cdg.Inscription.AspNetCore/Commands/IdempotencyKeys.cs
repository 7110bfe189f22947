using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Cdg.Inscription.AspNetCore.Commands;

/// <summary>The shape of a form post's idempotency key: 1 to 100 ASCII letters, digits, '-', '_', '.' or ':', as a GUID printed in a hidden field is.</summary>
public static class IdempotencyKeys
{
    /// <summary>The greatest length of a key.</summary>
    public const int MaxLength = 100;

    /// <summary>The name of the form field that carries the key.</summary>
    public const string FieldName = "idempotencyKey";

    /// <summary>The HTTP header that carries the key, for clients that are not forms.</summary>
    public const string HeaderName = "Idempotency-Key";

    /// <summary>Whether a text is a valid key.</summary>
    /// <param name="key">The text; may be null.</param>
    /// <returns><see langword="true"/> when it can be used as a key.</returns>
    public static bool IsValid(string? key) =>
        !string.IsNullOrEmpty(key) && key.Length <= MaxLength && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':');

    /// <summary>
    /// The key of a request: its <see cref="HeaderName"/> header, else the <see cref="FieldName"/>
    /// field of its form once read (by form binding or <c>ReadFormAsync</c>; this never reads the body);
    /// null when absent or not a valid key, so that a bad key only loses the protection.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <returns>The key, or null.</returns>
    public static string? Of(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        string? key = request.Headers[HeaderName];
        if (string.IsNullOrEmpty(key) && request.HttpContext.Features.Get<IFormFeature>()?.Form is { } form && form.TryGetValue(FieldName, out var field))
        {
            key = field;
        }

        return IsValid(key) ? key : null;
    }

    internal static string Checked(string key) =>
        IsValid(key) ? key : throw new ArgumentException($"An idempotency key has 1 to {MaxLength} ASCII letters, digits, '-', '_', '.' or ':'.", nameof(key));
}

namespace Cdg.Inscription.Files.Inspection;

/// <summary>
/// Reads the content type that a browser declared for a file (FILE-02). A browser declares what
/// the operating system guessed from the name, often a generic type: only a declared type that is
/// well formed and names another type than the content's contradicts it.
/// </summary>
internal static class DeclaredContentType
{
    private const int MaxPartLength = 64;

    /// <summary>Types that say nothing about the content.</summary>
    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "application/octet-stream", "binary/octet-stream", "application/binary", "application/unknown",
        "application/download", "application/x-download", "application/force-download",
    };

    /// <summary>The names that browsers and systems give to PDF documents.</summary>
    private static readonly HashSet<string> PdfNames = new(StringComparer.Ordinal)
    {
        "application/pdf", "application/x-pdf", "application/acrobat", "application/vnd.pdf", "applications/vnd.pdf", "text/pdf", "text/x-pdf",
    };

    /// <summary>The names that browsers and systems give to JPEG images.</summary>
    private static readonly HashSet<string> JpegNames = new(StringComparer.Ordinal)
    {
        "image/jpeg", "image/jpg", "image/pjpeg", "image/jpe", "image/pipeg", "image/x-citrix-jpeg",
    };

    /// <summary>
    /// The declared type, in lowercase and without parameters, when it names another type than
    /// the content's; null when it agrees, is generic, is missing or cannot be read.
    /// </summary>
    /// <param name="declared">The type that the browser declared, as it came.</param>
    /// <param name="contentType">The type decided from the content.</param>
    /// <returns>The contradicting type, safe to show, or null.</returns>
    public static string? Contradiction(string? declared, FileType contentType)
    {
        if (declared is null)
        {
            return null;
        }

        var semicolon = declared.IndexOf(';');
        var type = (semicolon < 0 ? declared : declared.Substring(0, semicolon)).Trim().ToLowerInvariant();
        if (!IsWellFormed(type) || Generic.Contains(type))
        {
            return null;
        }

        return (contentType == FileType.Pdf ? PdfNames : JpegNames).Contains(type) ? null : type;
    }

    /// <summary>A <c>type/subtype</c> of RFC 6838's restricted names, each part at most 64 characters.</summary>
    private static bool IsWellFormed(string type)
    {
        var slash = type.IndexOf('/');
        return slash > 0
            && IsRestrictedName(type, 0, slash)
            && IsRestrictedName(type, slash + 1, type.Length - slash - 1);
    }

    private static bool IsRestrictedName(string text, int start, int length)
    {
        if (length is 0 or > MaxPartLength || !IsAlphanumeric(text[start]))
        {
            return false;
        }

        for (var i = start + 1; i < start + length; i++)
        {
            if (!IsAlphanumeric(text[i]) && text[i] is not ('!' or '#' or '$' or '&' or '-' or '^' or '_' or '.' or '+'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAlphanumeric(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9');
}

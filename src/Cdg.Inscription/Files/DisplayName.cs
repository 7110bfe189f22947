using System.Globalization;
using System.Text;

namespace Cdg.Inscription.Files;

/// <summary>
/// Cleans the file name that a browser sent so that it can be shown to people (FILE-03), and
/// reports a name whose extension contradicts the content (FILE-02). The name is never used to
/// store the file nor to decide its type.
/// </summary>
/// <remarks>
/// In order: only what follows the last <c>/</c> or <c>\</c> is kept; control characters,
/// bidirectional overrides and isolates, zero-width and other invisible characters are removed,
/// runs of white space become one space, and leading and trailing dots and spaces are trimmed;
/// the name is normalised to Unicode NFC; the characters that Windows forbids (<c>&lt; &gt; : " | ? *</c>)
/// become <c>_</c>; a name that Windows reserves (<c>CON</c>, <c>NUL</c>, <c>COM1</c>…) gets a leading
/// <c>_</c>; the extension becomes the content's (<c>.pdf</c> or <c>.jpg</c>); the name is cut to
/// <see cref="MaxLength"/> characters and <see cref="MaxUtf8Bytes"/> UTF-8 bytes. A name with
/// nothing left becomes <c>document.pdf</c> or <c>document.jpg</c>.
/// </remarks>
public static class DisplayName
{
    /// <summary>The most characters (UTF-16 code units) that a cleaned name holds, its extension included.</summary>
    public const int MaxLength = 120;

    /// <summary>The most bytes that a cleaned name takes in UTF-8, its extension included.</summary>
    public const int MaxUtf8Bytes = 255;

    private const string FallbackStem = "document";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>The extensions that count as the right one for a PDF, in lowercase.</summary>
    private static readonly HashSet<string> PdfExtensions = new(StringComparer.OrdinalIgnoreCase) { "pdf" };

    /// <summary>The extensions that count as the right one for a JPEG, in lowercase.</summary>
    private static readonly HashSet<string> JpegExtensions = new(StringComparer.OrdinalIgnoreCase) { "jpg", "jpeg", "jpe", "jfif" };

    /// <summary>
    /// Extensions of types that are neither PDF nor JPEG: programs, scripts, active content,
    /// archives, office documents, other images and text. A name ending with one contradicts
    /// the content, whatever it is.
    /// </summary>
    private static readonly HashSet<string> OtherTypeExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        // Programs and scripts.
        "exe", "dll", "com", "bat", "cmd", "ps1", "psm1", "vbs", "vbe", "js", "jse", "wsf", "wsh", "scr", "pif", "cpl",
        "hta", "msi", "msp", "reg", "jar", "sh", "app", "lnk", "php", "py",

        // Active content.
        "html", "htm", "xhtml", "mht", "mhtml", "svg", "xml",

        // Archives and disk images.
        "zip", "rar", "7z", "gz", "tar", "iso", "img",

        // Office documents and text.
        "doc", "docx", "docm", "xls", "xlsx", "xlsm", "ppt", "pptx", "pptm", "odt", "ods", "odp", "odg", "rtf", "txt", "csv",

        // Other images.
        "png", "gif", "bmp", "tif", "tiff", "heic", "webp",
    };

    /// <summary>The device names that Windows reserves, with or without an extension.</summary>
    private static readonly HashSet<string> ReservedNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
        "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "COM\u00B9", "COM\u00B2", "COM\u00B3",
        "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "LPT\u00B9", "LPT\u00B2", "LPT\u00B3",
    };

    /// <summary>
    /// Cleans the name that the browser sent for a file whose content is of
    /// <paramref name="contentType"/>, and says whether its extension contradicts the content.
    /// </summary>
    /// <param name="browserName">The name as the browser sent it; may be null, empty or anything at all.</param>
    /// <param name="contentType">The type decided from the content (FILE-01).</param>
    /// <returns>
    /// The cleaned name, always ending with <c>.pdf</c> or <c>.jpg</c> as the content is, and the
    /// extension that contradicts the content, if any, with the refusal to give (FILE-02).
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="contentType"/> is not a defined <see cref="FileType"/>.</exception>
    public static DisplayNameResult Clean(string? browserName, FileType contentType)
    {
        Preconditions.CheckDefined(contentType, nameof(contentType));
        var extension = contentType == FileType.Pdf ? ".pdf" : ".jpg";
        var rightExtensions = contentType == FileType.Pdf ? PdfExtensions : JpegExtensions;

        // 1 to 3: the last segment, without invisible characters, white space folded, in NFC, without
        // the trailing dots and spaces that Windows drops. The order is the logical one, which is what
        // a file system sees, not the one that bidirectional overrides displayed.
        var logical = Normalise(RemoveInvisible(LastSegment(browserName ?? string.Empty), out var disguised)).Trim(' ').TrimEnd('.', ' ');

        // The extension that the file system sees: what follows the last dot (".pdf" alone is all extension).
        var dot = logical.LastIndexOf('.');
        var stem = dot < 0 ? logical : logical.Substring(0, dot);
        var finalExtension = dot < 0 ? null : logical.Substring(dot + 1);

        var contradicting = Contradicts(finalExtension, rightExtensions) ? finalExtension!.ToLowerInvariant() : null;
        if (contradicting is null && disguised)
        {
            // A name that hid something may have hidden an extension before the last one ("cv.exe\0.pdf").
            contradicting = stem.Split('.').Skip(1).Reverse().FirstOrDefault(e => Contradicts(e, rightExtensions))?.ToLowerInvariant();
        }

        // 4: the characters that Windows forbids.
        stem = ReplaceForbidden(stem);
        var shownExtension = finalExtension is null ? null : ReplaceForbidden(finalExtension);

        // 6: the content's extension; an unknown one stays in the name, a contradicting one goes.
        string displayStem;
        if (shownExtension is null || rightExtensions.Contains(shownExtension))
        {
            displayStem = stem;
        }
        else if (Contradicts(shownExtension, rightExtensions))
        {
            displayStem = DropTrailingExtension(stem, rightExtensions);
        }
        else
        {
            displayStem = stem + "." + shownExtension;
        }

        // 8 and 5: an empty name, then the names that Windows reserves.
        displayStem = TrimDotsAndSpaces(displayStem);
        if (displayStem.Length == 0)
        {
            displayStem = FallbackStem;
        }

        if (IsReserved(displayStem))
        {
            displayStem = "_" + displayStem;
        }

        // 7: the length, cut in the stem only.
        var name = Bound(Normalise(displayStem), extension, FallbackStem);

        var refusal = contradicting is null
            ? null
            : Violations.FileNameContradictsContent(ShownName(stem, shownExtension!), contradicting, contentType);
        return new DisplayNameResult(name, contradicting, refusal);
    }

    private static string LastSegment(string name)
    {
        var slash = name.LastIndexOfAny(['/', '\\']);
        return slash < 0 ? name : name.Substring(slash + 1);
    }

    /// <summary>
    /// Removes control, format (bidirectional, zero-width, soft hyphen…), noncharacter and lone
    /// surrogate code units, and folds runs of white space to one space. <paramref name="disguised"/>
    /// says whether anything other than white space was removed, or a control character was turned
    /// into a space.
    /// </summary>
    private static string RemoveInvisible(string name, out bool disguised)
    {
        disguised = false;
        var builder = new StringBuilder(name.Length);
        var pendingSpace = false;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsHighSurrogate(c) && i + 1 < name.Length && char.IsLowSurrogate(name[i + 1]))
            {
                var codePoint = char.ConvertToUtf32(c, name[i + 1]);
                if (IsInvisible(CharUnicodeInfo.GetUnicodeCategory(name, i), codePoint))
                {
                    disguised = true;
                }
                else
                {
                    AppendPendingSpace(builder, ref pendingSpace);
                    builder.Append(c).Append(name[i + 1]);
                }

                i++;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                disguised |= char.IsControl(c) || c is '\u2028' or '\u2029';
                pendingSpace = true;
            }
            else if (char.IsSurrogate(c) || char.IsControl(c) || IsInvisible(CharUnicodeInfo.GetUnicodeCategory(c), c))
            {
                disguised = true;
            }
            else
            {
                AppendPendingSpace(builder, ref pendingSpace);
                builder.Append(c);
            }
        }

        AppendPendingSpace(builder, ref pendingSpace);
        return builder.ToString();
    }

    private static void AppendPendingSpace(StringBuilder builder, ref bool pendingSpace)
    {
        if (pendingSpace)
        {
            builder.Append(' ');
            pendingSpace = false;
        }
    }

    /// <summary>
    /// Format characters (bidirectional marks, overrides and isolates, zero-width characters,
    /// soft hyphen, byte order mark, tags…), named here too in case the runtime's Unicode data is
    /// older, and noncharacters.
    /// </summary>
    private static bool IsInvisible(UnicodeCategory category, int codePoint) =>
        category == UnicodeCategory.Format
        || codePoint is 0x00AD or 0x034F or 0x061C or 0x180E or 0xFEFF
        || codePoint is (>= 0x200B and <= 0x200F) or (>= 0x202A and <= 0x202E) or (>= 0x2060 and <= 0x206F)
        || codePoint is (>= 0xFDD0 and <= 0xFDEF) or (>= 0xFFF9 and <= 0xFFFB) or (>= 0xE0000 and <= 0xE007F)
        || (codePoint & 0xFFFE) == 0xFFFE;

    /// <summary>NFC; should the runtime refuse a code point that it does not know, without it.</summary>
    private static string Normalise(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            var known = new StringBuilder(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                var length = char.IsSurrogatePair(text, i) ? 2 : 1;
                if (CharUnicodeInfo.GetUnicodeCategory(text, i) != UnicodeCategory.OtherNotAssigned)
                {
                    known.Append(text, i, length);
                }

                i += length - 1;
            }

            try
            {
                return known.ToString().Normalize(NormalizationForm.FormC);
            }
            catch (ArgumentException)
            {
                return new string(text.Where(c => c is >= ' ' and <= '~').ToArray());
            }
        }
    }

    private static string TrimDotsAndSpaces(string text) => text.Trim(' ', '.');

    private static string ReplaceForbidden(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is '<' or '>' or ':' or '"' or '|' or '?' or '*')
            {
                chars[i] = '_';
            }
        }

        return new string(chars);
    }

    /// <summary>Whether the extension is a known one of another type than the content's.</summary>
    private static bool Contradicts(string? extension, HashSet<string> rightExtensions) =>
        extension is not null
        && !rightExtensions.Contains(extension)
        && (OtherTypeExtensions.Contains(extension) || PdfExtensions.Contains(extension) || JpegExtensions.Contains(extension));

    /// <summary>"cv.pdf" left of a contradicting extension ("cv.pdf.exe") becomes "cv", to take ".pdf" once.</summary>
    private static string DropTrailingExtension(string stem, HashSet<string> rightExtensions)
    {
        var dot = stem.LastIndexOf('.');
        return dot >= 0 && rightExtensions.Contains(stem.Substring(dot + 1)) ? stem.Substring(0, dot) : stem;
    }

    /// <summary>Windows reserves a device name whatever follows its first dot, and ignores trailing spaces before it.</summary>
    private static bool IsReserved(string stem)
    {
        var dot = stem.IndexOf('.');
        return ReservedNames.Contains((dot < 0 ? stem : stem.Substring(0, dot)).TrimEnd(' '));
    }

    /// <summary>
    /// The stem, cut on a code-point boundary, followed by <paramref name="suffix"/>, within both
    /// limits; <paramref name="emptyStem"/> when the cut leaves nothing.
    /// </summary>
    private static string Bound(string stem, string suffix, string emptyStem)
    {
        var maxChars = MaxLength - suffix.Length;
        var maxBytes = MaxUtf8Bytes - Utf8.GetByteCount(suffix);
        if (maxChars <= 0 || maxBytes <= 0)
        {
            return Cut(stem + suffix, MaxLength, MaxUtf8Bytes);
        }

        for (var attempt = 0; stem.Length > maxChars || Utf8.GetByteCount(stem) > maxBytes; attempt++)
        {
            // The NFC of a cut name may differ from the cut: cut again until both limits hold.
            var cut = Cut(stem, maxChars, maxBytes);
            stem = TrimDotsAndSpaces(attempt < 4 ? Normalise(cut) : new string(cut.Where(c => c is >= ' ' and <= '~').ToArray()));
        }

        return (stem.Length == 0 ? emptyStem : stem) + suffix;
    }

    /// <summary>The longest prefix within both limits that does not split a surrogate pair.</summary>
    private static string Cut(string text, int maxChars, int maxBytes)
    {
        var length = 0;
        var bytes = 0;
        while (length < text.Length)
        {
            var units = char.IsSurrogatePair(text, length) ? 2 : 1;
            var size = units == 2 ? 4 : text[length] < 0x80 ? 1 : text[length] < 0x800 ? 2 : 3;
            if (length + units > maxChars || bytes + size > maxBytes)
            {
                break;
            }

            length += units;
            bytes += size;
        }

        return text.Substring(0, length);
    }

    /// <summary>The cleaned name as the candidate gave it, extension included, for a refusal.</summary>
    private static string ShownName(string stem, string extension) => Bound(stem, "." + extension, string.Empty);
}

using MimeDetective;

namespace Cdg.Inscription.Files.Inspection;

/// <summary>
/// Tells from a file's first bytes whether it looks like a PDF or a JPEG (FILE-01). The one place
/// that uses Mime-Detective (decision 0008), so that it can be replaced; the structural checks
/// that follow decide whether the file really is one.
/// </summary>
internal static class ContentSniffer
{
    /// <summary>How many of the file's first bytes the sniff needs.</summary>
    public const int HeadLength = 1024;

    private static readonly byte[] PdfSignature = [(byte)'%', (byte)'P', (byte)'D', (byte)'F', (byte)'-'];

    /// <summary>
    /// The type that the first bytes announce: PDF when Mime-Detective says <c>application/pdf</c>
    /// and <c>%PDF-</c> opens the file, JPEG when it says <c>image/jpeg</c> and <c>FF D8 FF</c>
    /// opens it; null for anything else.
    /// </summary>
    /// <param name="head">The file's first bytes, up to <see cref="HeadLength"/>.</param>
    /// <returns>The announced type, or null.</returns>
    public static FileType? Sniff(byte[] head)
    {
        string? mime;
        try
        {
            mime = head.GetFileType()?.Mime;
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException or ArgumentException or IndexOutOfRangeException)
        {
            // Mime-Detective opens what looks like a ZIP archive to tell office documents apart,
            // and throws on a head that cuts the archive: it is no PDF and no JPEG either way.
            return null;
        }

        if (mime == "application/pdf" && StartsWith(head, PdfSignature))
        {
            return FileType.Pdf;
        }

        return mime == "image/jpeg" && head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF
            ? FileType.Jpeg
            : null;
    }

    private static bool StartsWith(byte[] head, byte[] signature)
    {
        if (head.Length < signature.Length)
        {
            return false;
        }

        for (var i = 0; i < signature.Length; i++)
        {
            if (head[i] != signature[i])
            {
                return false;
            }
        }

        return true;
    }
}

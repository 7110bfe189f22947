using Cdg.Inscription.Files.Inspection;

namespace Cdg.Inscription.Files.Pdf;

/// <summary>
/// What the names of a PDF mean for FILE-04 and encryption, wherever they are read: by the
/// sequential lexer or by the reader's view. One place, so that both views refuse the same names.
/// </summary>
internal static class PdfActiveContent
{
    /// <summary>Records the fault that a name means wherever it stands, if any.</summary>
    /// <param name="found">Where to record it.</param>
    /// <param name="name">The name read.</param>
    internal static void OnName(FormatReport found, PdfName name)
    {
        switch (name)
        {
            case PdfName.JavaScript:
            case PdfName.JS:
                found.Add(FileFaults.JavaScript);
                break;
            case PdfName.Launch:
                found.Add(FileFaults.LaunchAction);
                break;
            case PdfName.EmbeddedFile:
            case PdfName.EmbeddedFiles:
                found.Add(FileFaults.EmbeddedFile);
                break;
            case PdfName.RichMedia:
                found.Add(FileFaults.RichMedia);
                break;
            case PdfName.Encrypt:
                found.Add(FileFaults.Encrypted);
                break;
            default:
                break;
        }
    }

    /// <summary>
    /// Records the fault that a dictionary key means, besides <see cref="OnName"/>: <c>/XFA</c>,
    /// an XFA form, whose scripts run. A key too deeply nested to be told from a value counts as one.
    /// </summary>
    /// <param name="found">Where to record it.</param>
    /// <param name="name">The key read.</param>
    internal static void OnKey(FormatReport found, PdfName name)
    {
        if (name == PdfName.Xfa)
        {
            found.Add(FileFaults.JavaScript);
        }
    }
}

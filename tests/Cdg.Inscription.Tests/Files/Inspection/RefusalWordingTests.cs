using Cdg.Inscription.Files;

namespace Cdg.Inscription.Tests.Files.Inspection;

/// <summary>
/// A refusal speaks of the file that the candidate sent (FILE-02): a PDF's refusals never speak
/// of an image, a JPEG's never of a document, and the refusals that only a PDF can get say PDF.
/// </summary>
public sealed class RefusalWordingTests
{
    /// <summary>"JPEG" alone may stand in a PDF's refusal, as a format the candidate may send instead.</summary>
    private static readonly string[] ImageWords = ["image", "pixels", "réenregistrant"];
    private static readonly string[] DocumentWords = ["document", "PDF"];

    public static TheoryData<string, string> PdfRefusals => new()
    {
        { RuleViolationCodes.FileTruncated, Violations.FileTruncated(FileType.Pdf).Message },
        { RuleViolationCodes.FileDamaged, Violations.FileDamaged(FileType.Pdf).Message },
        { RuleViolationCodes.FileDataAfterEnd, Violations.FileDataAfterEnd(FileType.Pdf).Message },
        { RuleViolationCodes.FileEncrypted, Violations.FileEncrypted().Message },
        { RuleViolationCodes.CompressionBomb, Violations.CompressionBomb().Message },
        { RuleViolationCodes.PdfJavaScript, Violations.PdfJavaScript().Message },
        { RuleViolationCodes.PdfLaunchAction, Violations.PdfLaunchAction().Message },
        { RuleViolationCodes.PdfEmbeddedFile, Violations.PdfEmbeddedFile().Message },
        { RuleViolationCodes.PdfRichMedia, Violations.PdfRichMedia().Message },
    };

    public static TheoryData<string, string> JpegRefusals => new()
    {
        { RuleViolationCodes.FileTruncated, Violations.FileTruncated(FileType.Jpeg).Message },
        { RuleViolationCodes.FileDamaged, Violations.FileDamaged(FileType.Jpeg).Message },
        { RuleViolationCodes.FileDataAfterEnd, Violations.FileDataAfterEnd(FileType.Jpeg).Message },
        { RuleViolationCodes.ImageFormatNotSupported, Violations.ImageFormatNotSupported().Message },
        { RuleViolationCodes.ImageTooLarge, Violations.ImageTooLarge(60000, 60000, 50_000_000).Message },
    };

    [Theory]
    [Trait("Rule", "FILE-02")]
    [MemberData(nameof(PdfRefusals))]
    public void A_refusal_of_a_PDF_never_speaks_of_an_image(string code, string message)
    {
        foreach (var word in ImageWords)
        {
            message.Should().NotContain(word, $"{code} refuses a PDF");
        }
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [MemberData(nameof(JpegRefusals))]
    public void A_refusal_of_a_JPEG_speaks_of_the_image_and_not_of_a_document(string code, string message)
    {
        message.Should().Contain("image", $"{code} refuses a JPEG");
        message.Should().NotContain("document", $"{code} refuses a JPEG");
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [MemberData(nameof(PdfRefusals))]
    public void A_refusal_of_a_PDF_speaks_of_the_document(string code, string message) =>
        DocumentWords.Should().Contain(word => message.Contains(word, StringComparison.Ordinal), $"{code} refuses a PDF");
}

using System.Text;
using System.Text.RegularExpressions;
using Cdg.Inscription.Files;
using Cdg.Inscription.Tests.Support;

namespace Cdg.Inscription.Tests.Docs;

/// <summary>
/// Every refusal of the inspector has a French message that says what to do, a file of the corpus
/// that triggers it, and its line in docs/file-validation.md, generated from what the inspector
/// answers for that file.
/// </summary>
public sealed class FileValidationDocumentTests
{
    private const string FileValidationFile = "docs/file-validation.md";

    private static readonly Regex Generated = new(
        "<!-- BEGIN generated refusals -->\n(?<body>.*?)<!-- END generated refusals -->",
        RegexOptions.Singleline | RegexOptions.CultureInvariant);

    /// <summary>
    /// Each refusal, with a file that triggers it and how it was sent: under its own name (null) unless
    /// the name is what is refused, so that the corpus tests and these share one inspection of each file.
    /// </summary>
    private static readonly (string Code, string Fixture, string? BrowserName, string? Declared, FileInspectionOptions Options)[] Triggers =
    [
        (RuleViolationCodes.FileEmpty, "empty.pdf", null, null, FileInspectionOptions.Default),
        (RuleViolationCodes.FileTooSmall, "tiny-pdf-header-only.pdf", null, null, FileInspectionOptions.Default),
        (RuleViolationCodes.FileTooLarge, "pdf-ghostscript-text.pdf", null, null, new FileInspectionOptions { MaxSize = 2048 }),
        (RuleViolationCodes.FileTypeNotAccepted, "png-image.png", null, null, FileInspectionOptions.Default),
        (RuleViolationCodes.FileNameContradictsContent, "pdf-minimal-hand-written.pdf", "cv.pdf.exe", null, FileInspectionOptions.Default),
        (RuleViolationCodes.FileDeclaredTypeContradictsContent, "pdf-minimal-hand-written.pdf", "cv", "image/png", FileInspectionOptions.Default),
        (RuleViolationCodes.FileTruncated, "pdf-truncated-half.pdf", null, null, FileInspectionOptions.Default),
        (RuleViolationCodes.FileDamaged, "pdf-startxref-points-nowhere.pdf", null, null, FileInspectionOptions.Default),
        (RuleViolationCodes.FileEncrypted, "pdf-encrypted-rc4-user-password.pdf", null, null, FileInspectionOptions.Default),
        (RuleViolationCodes.FileDataAfterEnd, "jpeg-zip-appended.jpg", null, null, FileInspectionOptions.Default),
        (RuleViolationCodes.ImageFormatNotSupported, "jpeg-arithmetic-coding.jpg", null, null, FileInspectionOptions.Default),
        (RuleViolationCodes.ImageTooLarge, "jpeg-60000-by-60000-pixels.jpg", null, null, FileInspectionOptions.Default),
        (RuleViolationCodes.CompressionBomb, "pdf-compression-bomb-object-stream.pdf", null, null, FileInspectionOptions.Default),
        (RuleViolationCodes.PdfJavaScript, "pdf-javascript-open-action.pdf", null, null, FileInspectionOptions.Default),
        (RuleViolationCodes.PdfLaunchAction, "pdf-launch-action.pdf", null, null, FileInspectionOptions.Default),
        (RuleViolationCodes.PdfEmbeddedFile, "pdf-embedded-file.pdf", null, null, FileInspectionOptions.Default),
        (RuleViolationCodes.PdfRichMedia, "pdf-rich-media-annotation.pdf", null, null, FileInspectionOptions.Default),
    ];

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task Every_refusal_has_a_French_message_that_says_what_to_do_and_a_file_that_triggers_it()
    {
        foreach (var refusal in await Refusals())
        {
            refusal.Message.Should().EndWith(".").And.Contain(" : ", refusal.Code);
            refusal.Message.Should().MatchRegex("(ajoutez|vérifiez|réduisez|enregistrez|Enregistrez|Ajoutez|Vérifiez|Réduisez)", refusal.Code);
            refusal.Message.Should().NotContainAny(["file", "please", "error"], refusal.Code);
            refusal.RuleId.Should().BeOneOf("FILE-01", "FILE-02", "FILE-04");
        }
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task Docs_file_validation_md_lists_every_refusal_with_its_message()
    {
        var refusals = await Refusals();
        var table = new StringBuilder("| Code | Rule | A file that triggers it | Message |\n|---|---|---|---|\n");
        foreach (var (trigger, refusal) in Triggers.Zip(refusals))
        {
            var sent = trigger.Declared is null ? $"`{trigger.Fixture}`" : $"`{trigger.Fixture}` declared as `{trigger.Declared}`";
            sent += trigger.BrowserName?.EndsWith(".exe", StringComparison.Ordinal) == true ? $" named `{trigger.BrowserName}`" : string.Empty;
            sent += trigger.Options.MaxSize != FileInspectionOptions.DefaultMaxSize ? $" with `MaxSize = {trigger.Options.MaxSize}`" : string.Empty;
            table.Append("| `").Append(refusal.Code).Append("` | ").Append(refusal.RuleId).Append(" | ").Append(sent)
                .Append(" | ").Append(refusal.Message).Append(" |\n");
        }

        Generated.IsMatch(RepositoryFiles.Read(FileValidationFile)).Should().BeTrue("the table sits between the generated-refusals markers");
        RepositoryFiles.ShouldHoldGenerated(FileValidationFile, current => Generated.Replace(
            current,
            _ => $"<!-- BEGIN generated refusals -->\n{table}<!-- END generated refusals -->"));
    }

    /// <summary>The refusal that each trigger gets, in the order of <see cref="Triggers"/>.</summary>
    private static async Task<List<RuleViolation>> Refusals()
    {
        var refusals = new List<RuleViolation>();
        foreach (var (code, fixture, browserName, declared, options) in Triggers)
        {
            var verdict = await Fixtures.InspectAsync(fixture, browserName, declared, options);
            refusals.Add(verdict.Refusals.Should().Contain(r => r.Code == code, $"{fixture} triggers {code}").Which);
        }

        return refusals;
    }
}

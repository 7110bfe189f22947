using Cdg.Inscription.Files;
using Cdg.Inscription.Tests.Support;

namespace Cdg.Inscription.Tests.Files.Inspection;

/// <summary>
/// The corpus of real and hostile files (<c>Files/Fixtures</c>, made by its script with qpdf,
/// ghostscript, ImageMagick and libjpeg-turbo): every kind of valid file passes, and every refusal
/// reason has files that trigger it. <c>fixtures.tsv</c> gives each file's expected verdict.
/// </summary>
public sealed class FixtureCorpusTests
{
    public static TheoryData<string> Expecting(string expected) => new(Fixtures.Expecting(expected));

    [Theory]
    [Trait("Rule", "FILE-01")]
    [InlineData("pdf-minimal-hand-written.pdf")]
    [InlineData("pdf-ghostscript-text.pdf")]
    [InlineData("pdf-three-pages.pdf")]
    [InlineData("pdf-version-2.0.pdf")]
    [InlineData("pdf-object-streams.pdf")]
    [InlineData("pdf-linearized.pdf")]
    [InlineData("pdf-incremental-update.pdf")]
    [InlineData("pdf-with-uri-link.pdf")]
    [InlineData("pdf-eof-then-crlf-and-nul-padding.pdf")]
    [InlineData("pdf-scanned-jpeg-page.pdf")]
    [InlineData("pdf-object-stream-with-predictor.pdf")]
    [InlineData("pdf-object-stream-ascii85-flate.pdf")]
    public async Task Valid_PDFs_of_every_kind_are_accepted(string fixture) =>
        await ShouldBeAccepted(fixture);

    [Theory]
    [Trait("Rule", "FILE-01")]
    [InlineData("jpeg-baseline-rgb.jpg")]
    [InlineData("jpeg-progressive.jpg")]
    [InlineData("jpeg-grayscale.jpg")]
    [InlineData("jpeg-cmyk.jpg")]
    [InlineData("jpeg-restart-markers.jpg")]
    [InlineData("jpeg-exif-app1.jpg")]
    [InlineData("jpeg-optimized-huffman.jpg")]
    [InlineData("jpeg-eoi-then-nul-padding.jpg")]
    public async Task Valid_JPEGs_of_every_kind_are_accepted(string fixture) =>
        await ShouldBeAccepted(fixture);

    [Theory]
    [Trait("Rule", "FILE-01")]
    [MemberData(nameof(Expecting), RuleViolationCodes.FileTypeNotAccepted)]
    public async Task Files_that_are_neither_PDF_nor_JPEG_from_their_first_byte_are_refused(string fixture) =>
        await ShouldBeRefused(fixture, RuleViolationCodes.FileTypeNotAccepted, "FILE-01");

    [Theory]
    [Trait("Rule", "FILE-02")]
    [MemberData(nameof(Expecting), RuleViolationCodes.FileEmpty)]
    public async Task An_empty_file_is_refused(string fixture) =>
        await ShouldBeRefused(fixture, RuleViolationCodes.FileEmpty, "FILE-02");

    [Theory]
    [Trait("Rule", "FILE-02")]
    [MemberData(nameof(Expecting), RuleViolationCodes.FileTooSmall)]
    public async Task A_tiny_file_is_refused(string fixture) =>
        await ShouldBeRefused(fixture, RuleViolationCodes.FileTooSmall, "FILE-02");

    [Theory]
    [Trait("Rule", "FILE-02")]
    [MemberData(nameof(Expecting), RuleViolationCodes.FileTruncated)]
    public async Task Truncated_files_are_refused(string fixture) =>
        await ShouldBeRefused(fixture, RuleViolationCodes.FileTruncated, "FILE-02");

    [Theory]
    [Trait("Rule", "FILE-02")]
    [MemberData(nameof(Expecting), RuleViolationCodes.FileDamaged)]
    public async Task Damaged_files_are_refused(string fixture) =>
        await ShouldBeRefused(fixture, RuleViolationCodes.FileDamaged, "FILE-02");

    [Theory]
    [Trait("Rule", "FILE-02")]
    [MemberData(nameof(Expecting), RuleViolationCodes.FileEncrypted)]
    public async Task Encrypted_PDFs_are_refused_wherever_the_Encrypt_entry_is(string fixture) =>
        await ShouldBeRefused(fixture, RuleViolationCodes.FileEncrypted, "FILE-02");

    [Theory]
    [Trait("Rule", "FILE-02")]
    [MemberData(nameof(Expecting), RuleViolationCodes.FileDataAfterEnd)]
    public async Task Polyglots_with_data_after_the_end_of_the_document_are_refused(string fixture) =>
        await ShouldBeRefused(fixture, RuleViolationCodes.FileDataAfterEnd, "FILE-02");

    [Theory]
    [Trait("Rule", "FILE-02")]
    [MemberData(nameof(Expecting), RuleViolationCodes.ImageFormatNotSupported)]
    public async Task JPEGs_that_are_arithmetic_lossless_12_bit_or_two_component_are_refused(string fixture) =>
        await ShouldBeRefused(fixture, RuleViolationCodes.ImageFormatNotSupported, "FILE-02");

    [Theory]
    [Trait("Rule", "FILE-02")]
    [MemberData(nameof(Expecting), RuleViolationCodes.ImageTooLarge)]
    public async Task A_JPEG_whose_frame_header_claims_too_many_pixels_is_refused_without_decoding(string fixture) =>
        await ShouldBeRefused(fixture, RuleViolationCodes.ImageTooLarge, "FILE-02");

    [Theory]
    [Trait("Rule", "FILE-02")]
    [MemberData(nameof(Expecting), RuleViolationCodes.CompressionBomb)]
    public async Task A_compression_bomb_is_refused_not_inflated(string fixture) =>
        await ShouldBeRefused(fixture, RuleViolationCodes.CompressionBomb, "FILE-02");

    [Theory]
    [Trait("Rule", "FILE-04")]
    [MemberData(nameof(Expecting), RuleViolationCodes.PdfJavaScript)]
    public async Task PDFs_with_JavaScript_are_refused_however_it_is_hidden(string fixture) =>
        await ShouldBeRefused(fixture, RuleViolationCodes.PdfJavaScript, "FILE-04");

    [Theory]
    [Trait("Rule", "FILE-04")]
    [MemberData(nameof(Expecting), RuleViolationCodes.PdfLaunchAction)]
    public async Task A_PDF_with_a_launch_action_is_refused(string fixture) =>
        await ShouldBeRefused(fixture, RuleViolationCodes.PdfLaunchAction, "FILE-04");

    [Theory]
    [Trait("Rule", "FILE-04")]
    [MemberData(nameof(Expecting), RuleViolationCodes.PdfEmbeddedFile)]
    public async Task A_PDF_with_an_embedded_file_is_refused(string fixture) =>
        await ShouldBeRefused(fixture, RuleViolationCodes.PdfEmbeddedFile, "FILE-04");

    [Theory]
    [Trait("Rule", "FILE-04")]
    [MemberData(nameof(Expecting), RuleViolationCodes.PdfRichMedia)]
    public async Task A_PDF_with_rich_media_is_refused(string fixture) =>
        await ShouldBeRefused(fixture, RuleViolationCodes.PdfRichMedia, "FILE-04");

    [Theory]
    [Trait("Rule", "FILE-04")]
    [InlineData("pdf-javascript-in-misspelt-object-stream.pdf")]
    [InlineData("pdf-javascript-in-untyped-object-stream.pdf")]
    public async Task Script_in_an_object_stream_that_the_cross_reference_names_is_refused_whatever_the_stream_s_type(string fixture) =>
        await ShouldBeRefused(fixture, RuleViolationCodes.PdfJavaScript, "FILE-04");

    [Fact]
    [Trait("Rule", "FILE-04")]
    public async Task Script_hidden_in_another_stream_s_data_where_the_cross_reference_points_is_refused() =>
        await ShouldBeRefused("pdf-javascript-hidden-in-stream-data.pdf", RuleViolationCodes.PdfJavaScript, "FILE-04");

    [Theory]
    [Trait("Rule", "FILE-04")]
    [InlineData("pdf-javascript-in-object-stream-with-predictor.pdf")]
    [InlineData("pdf-javascript-in-ascii85-object-stream.pdf")]
    [InlineData("pdf-javascript-in-asciihex-object-stream.pdf")]
    [InlineData("pdf-javascript-in-run-length-object-stream.pdf")]
    public async Task Script_in_an_object_stream_is_refused_once_its_filters_and_predictor_are_undone(string fixture) =>
        await ShouldBeRefused(fixture, RuleViolationCodes.PdfJavaScript, "FILE-04");

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task Every_file_of_the_corpus_gets_the_verdict_that_its_manifest_gives()
    {
        var wrong = new List<string>();
        foreach (var (file, expected, _) in Fixtures.Manifest)
        {
            var verdict = await Verdict(file);
            var matches = expected == "accepted" ? verdict.IsAccepted : verdict.Refusals.Any(r => r.Code == expected);
            if (!matches)
            {
                wrong.Add($"{file}: expected {expected}, got {verdict}");
            }
        }

        wrong.Should().BeEmpty();
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public void Every_refusal_that_the_content_can_cause_has_a_file_in_the_corpus_that_causes_it()
    {
        string[] contentRefusals =
        [
            RuleViolationCodes.FileEmpty, RuleViolationCodes.FileTooSmall, RuleViolationCodes.FileTypeNotAccepted,
            RuleViolationCodes.FileTruncated, RuleViolationCodes.FileDamaged, RuleViolationCodes.FileEncrypted,
            RuleViolationCodes.FileDataAfterEnd, RuleViolationCodes.ImageFormatNotSupported, RuleViolationCodes.ImageTooLarge,
            RuleViolationCodes.CompressionBomb, RuleViolationCodes.PdfJavaScript, RuleViolationCodes.PdfLaunchAction,
            RuleViolationCodes.PdfEmbeddedFile, RuleViolationCodes.PdfRichMedia,
        ];

        contentRefusals.Should().OnlyContain(code => Fixtures.Expecting(code).Any());
        Fixtures.Manifest.Should().OnlyContain(f => File.Exists(Path.Combine(Fixtures.Folder, f.File)));
    }

    private static async Task ShouldBeAccepted(string fixture)
    {
        var verdict = await Verdict(fixture);

        verdict.IsAccepted.Should().BeTrue(verdict.ToString());
        verdict.File!.Record.DisplayName.Should().Be(fixture);
    }

    private static async Task ShouldBeRefused(string fixture, string code, string rule)
    {
        var verdict = await Verdict(fixture);

        verdict.IsAccepted.Should().BeFalse();
        verdict.Refusals.Should().Contain(r => r.Code == code && r.RuleId == rule, verdict.ToString());
    }

    private static Task<FileInspection> Verdict(string fixture) => Fixtures.InspectAsync(fixture);
}

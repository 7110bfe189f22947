using System.Security.Cryptography;
using Cdg.Inscription.Files;
using Cdg.Inscription.Tests.Support;

namespace Cdg.Inscription.Tests.Files.Inspection;

/// <summary>
/// How the inspector reads a file and what its verdict holds: the size limits enforced while
/// reading, seekable and non-seekable streams, the facts of an accepted file, the name and the
/// declared type checked against the content (FILE-01 to FILE-03), and the settings.
/// </summary>
public sealed class FileInspectorTests
{
    private const string Pdf = "pdf-minimal-hand-written.pdf";
    private const string Jpeg = "jpeg-baseline-rgb.jpg";

    private static readonly FileInspector Inspector = new();

    [Fact]
    [Trait("Rule", "FILE-01")]
    public async Task An_accepted_file_carries_its_type_size_and_SHA_256_read_from_the_content()
    {
        var bytes = Fixtures.Bytes(Pdf);

        var verdict = await Inspect(new MemoryStream(bytes), "dossier.pdf");

        verdict.IsAccepted.Should().BeTrue(verdict.ToString());
        verdict.Refusals.Should().BeEmpty();
        verdict.File!.Type.Should().Be(FileType.Pdf);
        verdict.File.Record.Size.Should().Be(bytes.Length);
        verdict.File.Record.Sha256.Should().Be(Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant());
        verdict.File.Record.ContentType.Should().Be("application/pdf");
        verdict.File.Id.Should().NotBeEmpty().And.Be(verdict.File.Record.Id);
    }

    [Fact]
    [Trait("Rule", "FILE-01")]
    public async Task Each_inspection_gives_the_file_a_new_ID_for_the_host_to_store_it_under()
    {
        var first = await Inspect(Fixtures.Open(Pdf), "a.pdf");
        var second = await Inspect(Fixtures.Open(Pdf), "a.pdf");

        first.File!.Id.Should().NotBe(second.File!.Id);
        first.File.Record.Sha256.Should().Be(second.File.Record.Sha256);
    }

    [Fact]
    [Trait("Rule", "FILE-01")]
    public async Task A_JPEG_gives_its_pixel_dimensions_and_a_PDF_its_page_count()
    {
        var jpeg = await Inspect(Fixtures.Open(Jpeg), "photo.jpg");
        var pdf = await Inspect(Fixtures.Open("pdf-three-pages.pdf"), "trois-pages.pdf");

        jpeg.File!.PixelWidth.Should().BePositive();
        jpeg.File.PixelHeight.Should().BePositive();
        jpeg.File.PageCount.Should().BeNull();
        pdf.File!.PageCount.Should().Be(3);
        pdf.File.PixelWidth.Should().BeNull();
    }

    [Fact]
    [Trait("Rule", "FILE-01")]
    public async Task A_stream_that_cannot_seek_gets_the_same_verdict_as_one_that_can()
    {
        var bytes = Fixtures.Bytes(Jpeg);

        var seekable = await Inspect(new MemoryStream(bytes), "photo.jpg");
        var forwardOnly = await Inspect(new NonSeekableStream(new MemoryStream(bytes)), "photo.jpg");

        forwardOnly.IsAccepted.Should().BeTrue(forwardOnly.ToString());
        forwardOnly.File!.Record.Sha256.Should().Be(seekable.File!.Record.Sha256);
        forwardOnly.File.Record.Size.Should().Be(bytes.Length);
        forwardOnly.File.PixelWidth.Should().Be(seekable.File.PixelWidth);
    }

    [Fact]
    [Trait("Rule", "FILE-01")]
    public async Task A_seekable_stream_is_read_from_its_start_and_left_at_position_0_for_the_host_to_store_it()
    {
        var stream = new MemoryStream(Fixtures.Bytes(Pdf)) { Position = 100 };

        var verdict = await Inspect(stream, "cv.pdf");

        verdict.IsAccepted.Should().BeTrue(verdict.ToString());
        stream.Position.Should().Be(0);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task An_empty_file_is_refused_as_empty_whether_or_not_its_stream_can_seek()
    {
        var seekable = await Inspect(new MemoryStream(), "cv.pdf");
        var forwardOnly = await Inspect(new NonSeekableStream(new MemoryStream()), "cv.pdf");

        Codes(seekable).Should().Equal(RuleViolationCodes.FileEmpty);
        Codes(forwardOnly).Should().Equal(RuleViolationCodes.FileEmpty);
        seekable.Refusals[0].RuleId.Should().Be("FILE-02");
        seekable.DetectedType.Should().BeNull();
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task A_file_smaller_than_any_whole_PDF_or_JPEG_is_refused_as_too_small()
    {
        var verdict = await Inspect(new MemoryStream(Fixtures.Bytes(Pdf).Take(FileInspector.MinSize - 1).ToArray()), "cv.pdf");

        Codes(verdict).Should().Equal(RuleViolationCodes.FileTooSmall);
        verdict.Refusals[0].Message.Should().Contain("63 octets");
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task A_seekable_file_over_the_size_limit_is_refused_without_reading_it()
    {
        var inspector = new FileInspector(new FileInspectionOptions { MaxSize = 1000 });
        using var stream = new ReadCountingStream(new MemoryStream(Fixtures.Bytes(Pdf).Concat(new byte[1000]).ToArray()));

        var verdict = await inspector.InspectAsync(stream, "cv.pdf", cancellationToken: TestContext.Current.CancellationToken);

        Codes(verdict).Should().Equal(RuleViolationCodes.FileTooLarge);
        verdict.Refusals[0].Message.Should().Contain("1 000 octets");
        stream.BytesRead.Should().Be(0);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task A_stream_that_cannot_seek_is_not_read_much_past_the_size_limit()
    {
        var inspector = new FileInspector(new FileInspectionOptions { MaxSize = 3 * 1024 * 1024 });
        var endless = new EndlessStream();

        var verdict = await inspector.InspectAsync(endless, "cv.pdf", cancellationToken: TestContext.Current.CancellationToken);

        Codes(verdict).Should().Equal(RuleViolationCodes.FileTooLarge);
        verdict.Refusals[0].Message.Should().Contain("3 Mo");
        endless.BytesRead.Should().BeLessThanOrEqualTo(inspector.Options.MaxSize + 1);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task A_file_exactly_at_the_size_limit_is_accepted()
    {
        var bytes = Fixtures.Bytes(Pdf);
        var inspector = new FileInspector(new FileInspectionOptions { MaxSize = bytes.Length });

        var seekable = await inspector.InspectAsync(new MemoryStream(bytes), "cv.pdf", cancellationToken: TestContext.Current.CancellationToken);
        var forwardOnly = await inspector.InspectAsync(new NonSeekableStream(new MemoryStream(bytes)), "cv.pdf", cancellationToken: TestContext.Current.CancellationToken);

        seekable.IsAccepted.Should().BeTrue(seekable.ToString());
        forwardOnly.IsAccepted.Should().BeTrue(forwardOnly.ToString());
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task A_large_stream_that_cannot_seek_is_spooled_and_inspected_whole()
    {
        var bytes = Fixtures.Bytes(Pdf);
        var padded = bytes.Concat(Enumerable.Repeat((byte)'\n', 2 * 1024 * 1024)).ToArray();

        var verdict = await Inspect(new NonSeekableStream(new MemoryStream(padded)), "cv.pdf");

        verdict.IsAccepted.Should().BeTrue(verdict.ToString());
        verdict.File!.Record.Size.Should().Be(padded.Length);
        verdict.File.Record.Sha256.Should().Be(Convert.ToHexString(SHA256.HashData(padded)).ToLowerInvariant());
    }

    [Theory]
    [Trait("Rule", "FILE-03")]
    [InlineData(Pdf, "C:\\fakepath\\Mon CV\u200B.PDF", "Mon CV.pdf")]
    [InlineData(Pdf, "scan", "scan.pdf")]
    [InlineData(Jpeg, "IMG_0042.JPEG", "IMG_0042.jpg")]
    [InlineData(Jpeg, null, "document.jpg")]
    public async Task The_display_name_is_the_cleaned_browser_name_with_the_content_s_extension(string fixture, string? browserName, string expected)
    {
        var verdict = await Inspect(Fixtures.Open(fixture), browserName);

        verdict.File!.Record.DisplayName.Should().Be(expected);
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData(Pdf, "cv.pdf.exe")]
    [InlineData(Pdf, "scan.jpg")]
    [InlineData(Jpeg, "photo\u202Egpj.exe")]
    [InlineData(Jpeg, "identite.pdf")]
    public async Task A_name_that_announces_another_type_than_the_content_refuses_the_file(string fixture, string browserName)
    {
        var verdict = await Inspect(Fixtures.Open(fixture), browserName);

        Codes(verdict).Should().Equal(RuleViolationCodes.FileNameContradictsContent);
        verdict.Refusals[0].Message.Should().NotContain("\u202E");
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData(Pdf, "image/png", "image/png")]
    [InlineData(Pdf, "image/jpeg", "image/jpeg")]
    [InlineData(Pdf, " Application/X-MSDownload ; name=cv", "application/x-msdownload")]
    [InlineData(Jpeg, "application/pdf", "application/pdf")]
    [InlineData(Jpeg, "text/html; charset=utf-8", "text/html")]
    public async Task A_declared_content_type_of_another_type_than_the_content_refuses_the_file(string fixture, string declared, string shown)
    {
        var verdict = await Inspect(Fixtures.Open(fixture), "piece", declared);

        Codes(verdict).Should().Equal(RuleViolationCodes.FileDeclaredTypeContradictsContent);
        verdict.Refusals[0].Message.Should().Contain($"« {shown} »");
    }

    [Theory]
    [Trait("Rule", "FILE-01")]
    [InlineData(Pdf, null)]
    [InlineData(Pdf, "")]
    [InlineData(Pdf, "application/pdf")]
    [InlineData(Pdf, "APPLICATION/PDF; charset=binary")]
    [InlineData(Pdf, "application/x-pdf")]
    [InlineData(Pdf, "application/octet-stream")]
    [InlineData(Pdf, "binary/octet-stream")]
    [InlineData(Pdf, "not a type at all \u202E")]
    [InlineData(Jpeg, "image/jpeg")]
    [InlineData(Jpeg, "image/pjpeg")]
    [InlineData(Jpeg, "image/jpg")]
    [InlineData(Jpeg, "application/octet-stream")]
    public async Task A_declared_type_that_agrees_says_nothing_or_cannot_be_read_is_not_held_against_the_file(string fixture, string? declared)
    {
        var verdict = await Inspect(Fixtures.Open(fixture), "piece", declared);

        verdict.IsAccepted.Should().BeTrue(verdict.ToString());
    }

    [Fact]
    [Trait("Rule", "FILE-01")]
    public async Task A_session_that_accepts_only_PDF_refuses_a_JPEG_and_says_which_format_it_wants()
    {
        var inspector = new FileInspector(new FileInspectionOptions { AcceptJpeg = false });

        var jpeg = await inspector.InspectAsync(Fixtures.Open(Jpeg), "photo.jpg", cancellationToken: TestContext.Current.CancellationToken);
        var pdf = await inspector.InspectAsync(Fixtures.Open(Pdf), "cv.pdf", cancellationToken: TestContext.Current.CancellationToken);
        var png = await inspector.InspectAsync(Fixtures.Open("png-image.png"), "photo.png", cancellationToken: TestContext.Current.CancellationToken);

        Codes(jpeg).Should().Equal(RuleViolationCodes.FileTypeNotAccepted);
        jpeg.DetectedType.Should().Be(FileType.Jpeg);
        jpeg.Refusals[0].Message.Should().Contain("une image JPEG").And.Contain("seul le format PDF");
        png.Refusals[0].Message.Should().Contain("n'est pas un document PDF");
        pdf.IsAccepted.Should().BeTrue(pdf.ToString());
        jpeg.Refusals[0].RuleId.Should().Be("FILE-01");
    }

    [Fact]
    [Trait("Rule", "FILE-01")]
    public async Task A_session_that_accepts_only_JPEG_refuses_a_PDF_and_says_which_format_it_wants()
    {
        var inspector = new FileInspector(new FileInspectionOptions { AcceptPdf = false });

        var pdf = await inspector.InspectAsync(Fixtures.Open(Pdf), "cv.pdf", cancellationToken: TestContext.Current.CancellationToken);

        Codes(pdf).Should().Equal(RuleViolationCodes.FileTypeNotAccepted);
        pdf.Refusals[0].RuleId.Should().Be("FILE-01");
        pdf.Refusals[0].Message.Should().StartWith("Ce fichier est un document PDF, mais seul le format JPEG est accepté pour ce concours");
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData("pdf-truncated-half.pdf", "Ce fichier est incomplet : il s'arrête avant la fin du document,")]
    [InlineData("jpeg-truncated-half.jpg", "Ce fichier est incomplet : il s'arrête avant la fin de l'image,")]
    [InlineData("pdf-zip-appended-after-eof.pdf", "Des données inconnues suivent la fin du document PDF :")]
    [InlineData("jpeg-zip-appended.jpg", "Des données inconnues suivent la fin de l'image JPEG :")]
    public async Task A_cut_file_or_one_with_data_after_its_end_is_told_so_for_its_own_format(string fixture, string start)
    {
        var verdict = await Inspect(Fixtures.Open(fixture), fixture);

        verdict.Refusals.Should().ContainSingle().Which.Message.Should().StartWith(start);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task Every_reason_is_given_at_once_not_only_the_first()
    {
        var verdict = await Inspect(Fixtures.Open("pdf-encrypted-aes256.pdf"), "releve.pdf.exe", "image/png");

        Codes(verdict).Should().Equal(
            RuleViolationCodes.FileNameContradictsContent,
            RuleViolationCodes.FileDeclaredTypeContradictsContent,
            RuleViolationCodes.FileEncrypted);
        verdict.DetectedType.Should().Be(FileType.Pdf);
        verdict.File.Should().BeNull();
    }

    [Fact]
    [Trait("Rule", "FILE-04")]
    public async Task A_host_may_accept_JavaScript_for_fillable_forms_but_nothing_else_that_runs()
    {
        var inspector = new FileInspector(new FileInspectionOptions { AllowPdfJavaScript = true });

        var javascript = await inspector.InspectAsync(Fixtures.Open("pdf-javascript-open-action.pdf"), "formulaire.pdf", cancellationToken: TestContext.Current.CancellationToken);
        var launch = await inspector.InspectAsync(Fixtures.Open("pdf-launch-action.pdf"), "formulaire.pdf", cancellationToken: TestContext.Current.CancellationToken);
        var embedded = await inspector.InspectAsync(Fixtures.Open("pdf-embedded-file.pdf"), "formulaire.pdf", cancellationToken: TestContext.Current.CancellationToken);

        javascript.IsAccepted.Should().BeTrue(javascript.ToString());
        Codes(launch).Should().Equal(RuleViolationCodes.PdfLaunchAction);
        Codes(embedded).Should().Equal(RuleViolationCodes.PdfEmbeddedFile);
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData("jpeg-zip-appended.jpg")]
    [InlineData("pdf-zip-appended-after-eof.pdf")]
    public async Task A_host_may_accept_data_after_the_end_of_the_document(string fixture)
    {
        var inspector = new FileInspector(new FileInspectionOptions { AllowDataAfterEnd = true });

        var verdict = await inspector.InspectAsync(Fixtures.Open(fixture), "piece", cancellationToken: TestContext.Current.CancellationToken);

        verdict.IsAccepted.Should().BeTrue(verdict.ToString());
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task The_pixel_limit_is_the_session_s_and_the_message_gives_the_dimensions()
    {
        var accepted = await Inspect(Fixtures.Open(Jpeg), "photo.jpg");
        var width = accepted.File!.PixelWidth!.Value;
        var height = accepted.File.PixelHeight!.Value;
        var inspector = new FileInspector(new FileInspectionOptions { MaxPixels = ((long)width * height) - 1 });

        var verdict = await inspector.InspectAsync(Fixtures.Open(Jpeg), "photo.jpg", cancellationToken: TestContext.Current.CancellationToken);

        Codes(verdict).Should().Equal(RuleViolationCodes.ImageTooLarge);
        verdict.Refusals[0].Message.Should().Contain($"{width} × {height} pixels");
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task A_null_stream_is_a_programming_error_not_a_refusal()
    {
        var act = () => Inspector.InspectAsync(null!, "cv.pdf", cancellationToken: TestContext.Current.CancellationToken);

        await act.Should().ThrowAsync<ArgumentNullException>().WithParameterName("content");
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task An_inspection_can_be_cancelled()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        var act = () => Inspector.InspectAsync(Fixtures.Open(Pdf), "cv.pdf", cancellationToken: cancellation.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData(FileInspector.MinSize - 1, 1, 1, true, true)]
    [InlineData(1000, 0, 1, true, true)]
    [InlineData(1000, 1, 0, true, true)]
    [InlineData(1000, 1, 1, false, false)]
    public void Options_that_would_refuse_everything_are_a_programming_error(long maxSize, long maxPixels, long maxInflated, bool pdf, bool jpeg)
    {
        var options = new FileInspectionOptions { MaxSize = maxSize, MaxPixels = maxPixels, MaxInflatedBytes = maxInflated, AcceptPdf = pdf, AcceptJpeg = jpeg };

        var act = () => new FileInspector(options);

        act.Should().Throw<ArgumentException>().WithParameterName("options");
    }

    [Fact]
    [Trait("Rule", "FILE-01")]
    public void The_default_options_accept_PDF_and_JPEG_up_to_10_Mio_and_relax_nothing()
    {
        var options = new FileInspector().Options;

        options.Should().BeSameAs(FileInspectionOptions.Default);
        options.AcceptPdf.Should().BeTrue();
        options.AcceptJpeg.Should().BeTrue();
        options.MaxSize.Should().Be(10 * 1024 * 1024);
        options.AllowPdfJavaScript.Should().BeFalse();
        options.AllowDataAfterEnd.Should().BeFalse();
    }

    private static Task<FileInspection> Inspect(Stream content, string? browserName, string? declared = null) =>
        Inspector.InspectAsync(content, browserName, declared, TestContext.Current.CancellationToken);

    private static IEnumerable<string> Codes(FileInspection verdict) => verdict.Refusals.Select(r => r.Code);
}

using System.Globalization;
using System.Text;
using Cdg.Inscription.Files.Inspection;
using Cdg.Inscription.Files.Pdf;
using Cdg.Inscription.Tests.Support;

namespace Cdg.Inscription.Tests.Files.Pdf;

/// <summary>
/// The structure of a PDF (FILE-02), checked from bounded windows of the file: its header, and
/// the last <c>startxref</c>, which must point to a cross-reference table or stream.
/// </summary>
[Trait("Area", "Pdf")]
public sealed class PdfStructureTests
{
    private const int MB = 1000 * 1000;

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_well_formed_file_passes(bool xrefStream)
    {
        var bytes = new PdfBuilder().AddPages(2, inObjectStream: xrefStream).Build(xrefStream: xrefStream);

        (await CheckAsync(bytes)).Should().Be(FileFaults.None);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task A_cross_reference_stream_with_its_type_after_other_entries_passes()
    {
        // qpdf sorts the keys: /Type /XRef comes after /DecodeParms, /Filter, /ID, /Index...
        var pdf = new PdfBuilder().AddPages(1, inObjectStream: true);
        pdf.EndSection(
            xrefStream: true,
            xrefStreamEntries: "%comment\n/DecodeParms << /Columns 4 /Predictor 12 /Type /Foo >> /ID [<0102> <0304>] /Info (/Type /XRef) /Prev 0");

        (await CheckAsync(pdf.ToArray())).Should().Be(FileFaults.None);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task An_incremental_update_and_a_hybrid_file_pass()
    {
        var pdf = new PdfBuilder().AddPages(1);
        var xrefStream = pdf.EndSection(xrefStream: true);
        pdf.Add("<< /Title (updated) >>");
        pdf.EndSection($"/XRefStm {xrefStream}");

        (await CheckAsync(pdf.ToArray())).Should().Be(FileFaults.None);
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData("1.0")]
    [InlineData("1.4")]
    [InlineData("1.7")]
    [InlineData("2.0")]
    [InlineData("1.5\r")]
    [InlineData("1.6 ")]
    [InlineData("1.3\t")]
    public async Task A_header_of_a_known_version_passes(string version)
    {
        var bytes = new PdfBuilder(version).AddPages(1).Build();

        (await CheckAsync(bytes)).Should().Be(FileFaults.None);
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData("1.8")]
    [InlineData("1.9")]
    [InlineData("2.1")]
    [InlineData("3.0")]
    [InlineData("0.9")]
    [InlineData("1.a")]
    [InlineData("1,4")]
    [InlineData("1")]
    [InlineData("14")]
    [InlineData("1.4x")]
    [InlineData("1.4%")]
    [InlineData("1.17")]
    public async Task A_header_of_an_unknown_version_is_damaged(string version)
    {
        var bytes = new PdfBuilder(version).AddPages(1).Build();

        (await CheckAsync(bytes)).Should().Be(FileFaults.Damaged);
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(1000)]
    public async Task A_cross_reference_offset_at_or_beyond_the_end_is_damaged(int past)
    {
        var bytes = new PdfBuilder().AddPages(1).Build();

        var moved = WithStartXref(bytes, bytes.Length + past);

        (await CheckAsync(moved)).Should().Be(FileFaults.Damaged);
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData("1 0 obj", 0)]
    [InlineData("1 0 obj", 2)]
    [InlineData("1 0 obj", 5)]
    [InlineData("/Type /Catalog", 0)]
    [InlineData("/Type /Catalog", 3)]
    [InlineData("xref", 1)]
    [InlineData("startxref", 5)]
    [InlineData("trailer", 0)]
    [InlineData("%PDF", 0)]
    public async Task A_cross_reference_offset_into_anything_else_is_damaged(string target, int shift)
    {
        var bytes = new PdfBuilder().AddPages(1).Build();

        var moved = WithStartXref(bytes, IndexOf(bytes, target) + shift);

        (await CheckAsync(moved)).Should().Be(FileFaults.Damaged);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task A_cross_reference_offset_to_an_object_that_is_not_a_cross_reference_stream_is_damaged()
    {
        var pdf = new PdfBuilder().AddPages(1, inObjectStream: true);
        var offset = pdf.Length;
        pdf.AddStream("/Type /XObject /Subtype /Form /Info << /Type /XRef >>", new byte[10]);
        pdf.EndSection(xrefStream: true);

        var moved = WithStartXref(pdf.ToArray(), offset);

        (await CheckAsync(moved)).Should().Be(FileFaults.Damaged);
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_cross_reference_offset_to_the_line_end_before_the_section_passes(bool xrefStream)
    {
        var bytes = new PdfBuilder().AddPages(1, inObjectStream: xrefStream).Build(xrefStream: xrefStream);

        var moved = WithStartXref(bytes, StartXref(bytes) - 1);

        (await CheckAsync(moved)).Should().Be(FileFaults.None);
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData("startxref\n\n%%EOF\n")]
    [InlineData("startxref\n12a\n%%EOF\n")]
    [InlineData("startxref\n-5\n%%EOF\n")]
    [InlineData("startxref 12 13\n%%EOF\n")]
    [InlineData("startxref\n123456789012345678901234567890\n%%EOF\n")]
    [InlineData("startxref12\n%%EOF\n")]
    [InlineData("%%EOF\n")]
    [InlineData("startxraf\n9\n%%EOF\n")]
    public async Task A_missing_or_garbled_startxref_is_damaged(string tail)
    {
        var bytes = new PdfBuilder().AddPages(1).Build();
        var text = Encoding.Latin1.GetString(bytes);

        var garbled = Encoding.Latin1.GetBytes(text[..text.LastIndexOf("startxref", StringComparison.Ordinal)] + tail);

        (await CheckAsync(garbled)).Should().Be(FileFaults.Damaged);
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData("")]
    [InlineData("%%EOF")]
    [InlineData("%%EOF junk\n")]
    [InlineData("%%EOF\n<html>")]
    public async Task Without_an_end_of_file_marker_at_the_end_nothing_is_decided_here(string tail)
    {
        // A wrong offset: the scan of the content says whether the file is cut off or has data after its end.
        var bytes = WithStartXref(new PdfBuilder().AddPages(1).Build(), 3);
        var text = Encoding.Latin1.GetString(bytes);

        var cut = Encoding.Latin1.GetBytes(text[..text.LastIndexOf("%%EOF", StringComparison.Ordinal)] + tail);

        (await CheckAsync(cut)).Should().Be(tail == "%%EOF" ? FileFaults.Damaged : FileFaults.None);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task Padding_after_the_end_longer_than_the_window_is_not_damage()
    {
        var bytes = new PdfBuilder().AddPages(1).Build();

        var padded = bytes.Concat(new byte[10_000]).ToArray();

        (await CheckAsync(padded)).Should().Be(FileFaults.None);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public void At_most_16_KiB_are_read()
    {
        PdfStructure.MaxBytesRead.Should().BeLessThanOrEqualTo(16 * 1024);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task A_50_MB_file_is_checked_from_at_most_MaxBytesRead_bytes_as_many_as_a_50_KB_one()
    {
        var small = await ReadCountAsync(PaddedDocument(50_000));
        var large = await ReadCountAsync(PaddedDocument(50 * MB));

        large.Faults.Should().Be(FileFaults.None);
        small.Faults.Should().Be(FileFaults.None);
        large.BytesRead.Should().BeLessThanOrEqualTo(PdfStructure.MaxBytesRead);
        small.BytesRead.Should().BeLessThanOrEqualTo(PdfStructure.MaxBytesRead);
        large.BytesRead.Should().BeCloseTo(small.BytesRead, 16);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task A_small_file_is_read_at_once_and_a_large_one_whose_cross_reference_is_in_its_tail_in_two_reads()
    {
        var small = new PdfBuilder().AddPages(1).Build();
        var large = PaddedDocument(50 * MB);

        small.Length.Should().BeLessThanOrEqualTo(PdfStructure.MaxBytesRead);
        (await ReadCallsAsync(small)).Should().Be(1);
        (await ReadCallsAsync(large)).Should().Be(2);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task A_cancelled_check_throws()
    {
        var bytes = PdfBuilder.Document();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var act = () => PdfStructure.CheckAsync(new MemoryStream(bytes), new FormatReport(), cancelled.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task Any_tail_is_checked_without_throwing()
    {
        var random = new Random(11);
        var bytes = new PdfBuilder().AddPages(1).Build();
        var alphabet = "startxref%%EOF xref obj<<>>/Type/XRef()\\0123456789 \r\n"u8.ToArray();
        for (var round = 0; round < 500; round++)
        {
            var tail = new byte[random.Next(0, 200)];
            for (var i = 0; i < tail.Length; i++)
            {
                tail[i] = round % 3 == 0 ? (byte)random.Next(256) : alphabet[random.Next(alphabet.Length)];
            }

            var cut = random.Next(64, bytes.Length);
            var mutated = bytes[..cut].Concat(tail).Concat("\nstartxref\n"u8.ToArray()).Concat(Encoding.ASCII.GetBytes(random.Next(cut + 100).ToString(CultureInfo.InvariantCulture))).Concat("\n%%EOF\n"u8.ToArray()).ToArray();

            var act = () => CheckAsync(mutated);

            await act.Should().NotThrowAsync();
        }
    }

    private static async Task<FileFaults> CheckAsync(byte[] bytes)
    {
        var report = new FormatReport();
        await PdfStructure.CheckAsync(new MemoryStream(bytes), report, TestContext.Current.CancellationToken);
        return report.Faults;
    }

    private static async Task<(FileFaults Faults, long BytesRead)> ReadCountAsync(byte[] bytes)
    {
        using var content = new ReadCountingStream(new MemoryStream(bytes));
        var report = new FormatReport();
        await PdfStructure.CheckAsync(content, report, TestContext.Current.CancellationToken);
        return (report.Faults, content.BytesRead);
    }

    private static async Task<int> ReadCallsAsync(byte[] bytes)
    {
        using var content = new ReadCountingStream(new MemoryStream(bytes));
        var report = new FormatReport();
        await PdfStructure.CheckAsync(content, report, TestContext.Current.CancellationToken);
        report.Faults.Should().Be(FileFaults.None);
        return content.ReadCalls;
    }

    /// <summary>A valid PDF of about <paramref name="size"/> bytes: a page and a big stream of padding in the middle.</summary>
    private static byte[] PaddedDocument(int size)
    {
        var pdf = new PdfBuilder().AddPages(1);
        pdf.AddStream("/Type /XObject /Subtype /Image /Width 1 /Height 1", new byte[size]);
        pdf.Add("<< /Title (after the padding) >>");
        return pdf.Build();
    }

    private static int IndexOf(byte[] bytes, string text) => bytes.AsSpan().IndexOf(Encoding.Latin1.GetBytes(text));

    private static long StartXref(byte[] bytes)
    {
        var text = Encoding.Latin1.GetString(bytes);
        var start = text.LastIndexOf("startxref\n", StringComparison.Ordinal) + "startxref\n".Length;
        return long.Parse(text[start..text.IndexOf('\n', start)], CultureInfo.InvariantCulture);
    }

    /// <summary>The file with its last <c>startxref</c> giving another offset.</summary>
    private static byte[] WithStartXref(byte[] bytes, long offset)
    {
        var text = Encoding.Latin1.GetString(bytes);
        var start = text.LastIndexOf("startxref\n", StringComparison.Ordinal) + "startxref\n".Length;
        var end = text.IndexOf('\n', start);
        return Encoding.Latin1.GetBytes(text[..start] + offset.ToString(CultureInfo.InvariantCulture) + text[end..]);
    }
}

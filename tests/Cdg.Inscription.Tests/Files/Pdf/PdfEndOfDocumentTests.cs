using System.Text;
using Cdg.Inscription.Files.Inspection;

namespace Cdg.Inscription.Tests.Files.Pdf;

/// <summary>
/// The end of a PDF (FILE-02): a file without <c>%%EOF</c>, or that ends inside a string, a
/// dictionary or a stream, is truncated; bytes other than white space after the last
/// <c>%%EOF</c> are data after the end, unless they are an incremental update cut off. The data
/// of streams are skipped by their length, and a length that misses <c>endstream</c> by far is damage.
/// </summary>
[Trait("Area", "Pdf")]
public sealed class PdfEndOfDocumentTests
{
    [Fact]
    [Trait("Rule", "FILE-02")]
    public void A_well_formed_file_has_no_fault_in_any_chunking()
    {
        var pdf = new PdfBuilder().AddPages(3);
        pdf.AddStream("/Filter /FlateDecode", PdfBuilder.Zlib(PdfBuilder.Latin1("BT /F1 12 Tf (Bonjour) Tj ET")));
        pdf.AddStream("/Subtype /Image", new byte[300], indirectLength: true);
        var bytes = pdf.Build();

        foreach (var chunkSize in PdfScan.ChunkSizes)
        {
            var (report, scanner) = PdfScan.Run(bytes, chunkSize);

            report.Faults.Should().Be(FileFaults.None, $"chunks of {chunkSize} bytes");
            report.PageCount.Should().Be(3);
            scanner.LastEndOfFileOffset.Should().Be(LastIndexOf(bytes, "%%EOF"));
        }
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public void A_file_without_an_end_of_file_marker_is_truncated()
    {
        var bytes = PdfBuilder.Document();
        var cut = bytes[..LastIndexOf(bytes, "%%EOF")];

        PdfScan.Faults(cut).Should().Be(FileFaults.Truncated);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public void A_file_cut_anywhere_before_its_end_is_truncated()
    {
        var pdf = new PdfBuilder().AddPages(1);
        pdf.Add("<< /Title (a string) /Kids [1 0 R] /Sub << /A 1 >> /ID <0102> >>");
        pdf.AddStream(string.Empty, new byte[100]);
        pdf.AddStream(string.Empty, new byte[100], indirectLength: true);
        var bytes = pdf.Build();
        var end = LastIndexOf(bytes, "%%EOF") + 2;

        for (var length = 1; length < end; length++)
        {
            PdfScan.Faults(bytes[..length], 4096).Should().Be(FileFaults.Truncated, $"the file is cut after {length} bytes");
        }
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData("(a string")]
    [InlineData("<< /Type /Catalog")]
    [InlineData("[1 2")]
    [InlineData("<0102")]
    [InlineData("<< /Length 10 >>\nstream\n0123")]
    [InlineData("<< /Length 1 0 R >>\nstream\n0123")]
    [InlineData("<< /Length 4 >>\nstream\n0123")]
    [InlineData("<< /Length 4 >>\nstream")]
    public void A_file_that_ends_in_an_unterminated_construct_after_an_end_of_file_marker_is_truncated(string tail)
    {
        // An incremental update cut off: its object keyword follows the marker.
        var bytes = Concat(PdfBuilder.Document(), "9 0 obj\n" + tail);

        PdfScan.Faults(bytes).Should().Be(FileFaults.Truncated);
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData("garbage")]
    [InlineData("\n\n<html><script>alert(1)</script></html>")]
    [InlineData("PK\u0003\u0004\u0014\u0000binary(")]
    [InlineData("%%EOFx")]
    [InlineData("% a comment\n")]
    public void Bytes_after_the_last_end_of_file_marker_are_data_after_the_end(string junk)
    {
        var bytes = Concat(PdfBuilder.Document(), junk);

        foreach (var chunkSize in PdfScan.ChunkSizes)
        {
            PdfScan.Faults(bytes, chunkSize).Should().Be(FileFaults.DataAfterEnd, $"chunks of {chunkSize} bytes");
        }
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public void Bytes_on_the_line_of_the_last_end_of_file_marker_are_data_after_the_end()
    {
        var bytes = PdfBuilder.Document();
        var withJunk = Concat(bytes[..^1], " junk\n");

        PdfScan.Faults(withJunk).Should().Be(FileFaults.DataAfterEnd);
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData("")]
    [InlineData("\r\n")]
    [InlineData("\n\n\n   \t\f")]
    [InlineData("\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0")]
    public void White_space_and_padding_after_the_last_end_of_file_marker_are_fine(string padding)
    {
        var bytes = Concat(PdfBuilder.Document(), padding);

        PdfScan.Faults(bytes).Should().Be(FileFaults.None);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public void A_file_without_a_final_line_end_is_fine()
    {
        var bytes = PdfBuilder.Document();

        PdfScan.Faults(bytes[..^1]).Should().Be(FileFaults.None);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public void An_incremental_update_is_not_data_after_the_end()
    {
        var pdf = new PdfBuilder().AddPages(1);
        pdf.EndSection();
        pdf.Add("<< /Title (updated) >>");
        pdf.EndSection();
        pdf.Add("<< /Title (updated again) >>");

        PdfScan.Faults(pdf.Build()).Should().Be(FileFaults.None);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public void An_incremental_update_cut_off_is_truncated()
    {
        var pdf = new PdfBuilder().AddPages(1);
        pdf.EndSection();
        pdf.Add("<< /Title (updated) >>");

        PdfScan.Faults(pdf.ToArray()).Should().Be(FileFaults.Truncated);
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData("xref\n0 1\n")]
    [InlineData("trailer\n<< /Size 1 ")]
    [InlineData("startxref\n")]
    public void An_update_cut_off_in_its_cross_reference_section_is_truncated_not_data_after_the_end(string update)
    {
        var pdf = new PdfBuilder().AddPages(1);
        pdf.EndSection();
        pdf.Write(update);

        PdfScan.Faults(pdf.ToArray()).Should().Be(FileFaults.Truncated);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public void An_end_of_file_marker_in_a_string_or_in_stream_data_does_not_end_the_file()
    {
        var pdf = new PdfBuilder().AddPages(1);
        pdf.Add("<< /Title (\n%%EOF\n) >>");
        pdf.AddStream(string.Empty, PdfBuilder.Latin1("\n%%EOF\n"));
        pdf.AddStream(string.Empty, PdfBuilder.Latin1("\n%%EOF\n"), indirectLength: true);

        PdfScan.Faults(pdf.ToArray()).Should().Be(FileFaults.Truncated);
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData(-8)]
    [InlineData(-1)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(40)]
    public void A_stream_length_a_little_off_is_tolerated(int error)
    {
        var pdf = new PdfBuilder().AddPages(1);
        pdf.AddStream(pdf.Reserve(), string.Empty, PdfBuilder.Latin1("0123456789abcdef(/JS"), declaredLength: 20 + error);
        var bytes = pdf.Build();

        foreach (var chunkSize in PdfScan.ChunkSizes)
        {
            PdfScan.Faults(bytes, chunkSize).Should().Be(FileFaults.None, $"chunks of {chunkSize} bytes");
        }
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData(-200)]
    [InlineData(200)]
    public void A_stream_length_that_misses_endstream_by_far_is_damaged(int error)
    {
        var pdf = new PdfBuilder().AddPages(1);
        pdf.AddStream(pdf.Reserve(), string.Empty, new byte[300], declaredLength: 300 + error);
        pdf.AddStream(string.Empty, new byte[300]);
        var bytes = pdf.Build();

        foreach (var chunkSize in PdfScan.ChunkSizes)
        {
            PdfScan.Faults(bytes, chunkSize).Should().Be(FileFaults.Damaged, $"chunks of {chunkSize} bytes");
        }
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData("\r\n")]
    [InlineData("\n")]
    public void A_stream_whose_keyword_ends_with_either_line_end_is_skipped_by_its_length(string lineEnd)
    {
        var data = PdfBuilder.Latin1("endstream /JS (\n");
        var pdf = new PdfBuilder().AddPages(1);
        pdf.Write($"9 0 obj\n<< /Length {data.Length} >>\nstream{lineEnd}");
        pdf.Write(data);
        pdf.Write("\nendstream\nendobj\n");

        PdfScan.Faults(pdf.Build()).Should().Be(FileFaults.None);
    }

    private static int LastIndexOf(byte[] bytes, string text) => bytes.AsSpan().LastIndexOf(Encoding.Latin1.GetBytes(text));

    private static byte[] Concat(byte[] bytes, string text) => [.. bytes, .. Encoding.Latin1.GetBytes(text)];
}

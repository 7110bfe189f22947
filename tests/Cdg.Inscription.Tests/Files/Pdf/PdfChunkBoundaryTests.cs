using Cdg.Inscription.Files.Inspection;
using Cdg.Inscription.Files.Pdf;

namespace Cdg.Inscription.Tests.Files.Pdf;

/// <summary>
/// Chunks as the inspector reads them, each at the start of its buffer (FILE-04): an
/// <c>endstream</c> that starts a chunk ends the stream like any other.
/// </summary>
[Trait("Area", "Pdf")]
public sealed class PdfChunkBoundaryTests
{
    [Fact]
    [Trait("Rule", "FILE-04")]
    public void An_endstream_that_starts_a_chunk_ends_a_stream_of_indirect_length()
    {
        const int Chunk = 4096;
        var probe = Build(0);
        var padding = Chunk - (IndexOf(probe, "endstream") % Chunk);
        var bytes = Build(padding);
        (IndexOf(bytes, "endstream") % Chunk).Should().Be(0, "the test puts endstream at the start of a chunk");

        var scanner = new PdfScanner(PdfScan.DefaultMaxInflatedBytes);
        for (var start = 0; start < bytes.Length; start += Chunk)
        {
            var chunk = bytes.AsSpan(start, Math.Min(Chunk, bytes.Length - start)).ToArray();
            scanner.Scan(chunk, 0, chunk.Length);
        }

        var report = new FormatReport();
        scanner.Complete(report);
        report.Faults.Should().Be(FileFaults.JavaScript);
    }

    private static byte[] Build(int padding)
    {
        var pdf = new PdfBuilder().AddPages(1);
        pdf.AddStream(string.Empty, PdfBuilder.Latin1(new string('x', 5000 + padding)), indirectLength: true);
        pdf.Add("<< /S /JavaScript /JS (x) >>");
        return pdf.Build();
    }

    private static int IndexOf(byte[] bytes, string text) => bytes.AsSpan().IndexOf(PdfBuilder.Latin1(text));
}

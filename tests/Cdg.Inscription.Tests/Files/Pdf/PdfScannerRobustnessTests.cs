using Cdg.Inscription.Files.Inspection;
using Cdg.Inscription.Files.Pdf;

namespace Cdg.Inscription.Tests.Files.Pdf;

/// <summary>
/// The scan of a PDF (FILE-02, FILE-04) is a state machine over bytes: it finds the same in any
/// chunking of the file, and it does not throw for any content, however broken.
/// </summary>
[Trait("Area", "Pdf")]
public sealed class PdfScannerRobustnessTests
{
    private static readonly int[] OddChunkSizes = [1, 2, 3, 5, 7, 9, 16, 63, 4096];

    [Fact]
    [Trait("Rule", "FILE-04")]
    public void Any_chunking_of_a_file_finds_what_one_chunk_finds()
    {
        foreach (var (name, pdf) in Samples())
        {
            var whole = PdfScan.Report(pdf);
            foreach (var chunkSize in OddChunkSizes)
            {
                var chunked = PdfScan.Report(pdf, chunkSize);

                chunked.Faults.Should().Be(whole.Faults, $"{name} in chunks of {chunkSize} bytes");
                chunked.PageCount.Should().Be(whole.PageCount, $"{name} in chunks of {chunkSize} bytes");
            }
        }
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public void Damaged_files_scan_without_throwing_and_alike_in_any_chunking()
    {
        var random = new Random(20240611);
        var samples = Samples().Select(s => s.Pdf).ToArray();
        for (var round = 0; round < 400; round++)
        {
            var pdf = Mutate(samples[random.Next(samples.Length)], random);
            var whole = PdfScan.Report(pdf);
            foreach (var chunkSize in new[] { 1, 7, 4096 })
            {
                var chunked = PdfScan.Report(pdf, chunkSize);

                chunked.Faults.Should().Be(whole.Faults, $"round {round} in chunks of {chunkSize} bytes");
                chunked.PageCount.Should().Be(whole.PageCount, $"round {round} in chunks of {chunkSize} bytes");
            }
        }
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public void Random_bytes_scan_without_throwing()
    {
        var random = new Random(7);
        for (var round = 0; round < 200; round++)
        {
            var bytes = new byte[random.Next(1, 5000)];
            random.NextBytes(bytes);
            var alphabet = "()<>[]{}/%#\\ \r\n0123456789 obj stream endstream R /ObjStm /Length /FlateDecode"u8.ToArray();
            if (round % 2 == 0)
            {
                for (var i = 0; i < bytes.Length; i++)
                {
                    bytes[i] = alphabet[bytes[i] % alphabet.Length];
                }
            }

            var act = () => PdfScan.Report(bytes, 1 + (round % 13));

            act.Should().NotThrow();
        }
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public void Deep_nesting_and_long_tokens_scan_without_throwing()
    {
        var pdf = new PdfBuilder().AddPages(1);
        pdf.Add(new string('[', 100_000) + new string(']', 100_000));
        pdf.Add(string.Concat(Enumerable.Repeat("<< /A ", 10_000)) + "/XFA 1" + string.Concat(Enumerable.Repeat(" >>", 10_000)));
        pdf.Add("<< /" + new string('J', 10_000) + "S 1 /Count " + new string('9', 1000) + " >>");
        pdf.Add(new string('(', 100_000) + new string(')', 100_000));
        var bytes = pdf.Build();

        var report = PdfScan.Report(bytes, 4096);

        report.Faults.Should().Be(FileFaults.JavaScript, "an /XFA key too deep to be tracked is taken for a form");
        report.PageCount.Should().Be(1);
    }

    [Fact]
    [Trait("Rule", "FILE-04")]
    public void Only_an_XFA_key_too_deep_to_be_tracked_is_taken_for_a_form()
    {
        var pdf = new PdfBuilder().AddPages(1);
        pdf.Add(string.Concat(Enumerable.Repeat("<< /A ", 100)) + "/Title 1" + string.Concat(Enumerable.Repeat(" >>", 100)));

        PdfScan.Faults(pdf.Build()).Should().Be(FileFaults.None);
    }

    /// <summary>Files of every kind that the scanner handles.</summary>
    private static IEnumerable<(string Name, byte[] Pdf)> Samples()
    {
        yield return ("a plain file", PdfBuilder.Document(2, "<< /S /JavaScript /JS (app.alert\\(1\\)) >>", "<< /Title (a (nested) string) /ID <0A0B> >>"));

        var streams = new PdfBuilder().AddPages(1);
        streams.AddStream("/Filter /FlateDecode", PdfBuilder.Zlib(PdfBuilder.Latin1("BT (Hello) Tj ET")));
        streams.AddStream(string.Empty, PdfBuilder.Latin1("e en end endstrea endstre endstreamendstream /JS"), indirectLength: true);
        streams.AddStream(string.Empty, PdfBuilder.Latin1("/Launch endstrendstream"));
        streams.Add("<< /S /Launch >>");
        yield return ("streams", streams.Build());

        var objects = new PdfBuilder().AddPages(4, inObjectStream: true);
        objects.AddObjectStream("<< /Names << /EmbeddedFiles 1 0 R >> >>", "<< /Title (x) >>");
        objects.AddObjectStream([(objects.Reserve(), "<< /S /J#61vaScript >>")], filter: null, indirectLength: true);
        yield return ("object streams", objects.Build("/Encrypt 1 0 R", xrefStream: true));

        var updated = new PdfBuilder().AddPages(1);
        updated.EndSection();
        updated.Add(2, "<< /Type /Pages /Kids [] /Count 9 >>");
        updated.AddStream(updated.Reserve(), string.Empty, new byte[50], declaredLength: 53);
        updated.AddStream(updated.Reserve(), string.Empty, new byte[50], declaredLength: 47);
        yield return ("an incremental update", updated.Build());
    }

    /// <summary>A copy with a few bytes changed, a range deleted or duplicated, or cut.</summary>
    private static byte[] Mutate(byte[] pdf, Random random)
    {
        var bytes = pdf.ToList();
        var edits = random.Next(1, 4);
        for (var e = 0; e < edits && bytes.Count > 2; e++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(4))
            {
                case 0:
                    bytes[at] = "()<>[]/%\\#\r\n eRs0"u8[random.Next(17)];
                    break;
                case 1:
                    bytes.RemoveRange(at, Math.Min(random.Next(1, 40), bytes.Count - at));
                    break;
                case 2:
                    var from = random.Next(bytes.Count);
                    bytes.InsertRange(at, bytes.GetRange(from, Math.Min(20, bytes.Count - from)));
                    break;
                default:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
            }
        }

        return [.. bytes];
    }
}

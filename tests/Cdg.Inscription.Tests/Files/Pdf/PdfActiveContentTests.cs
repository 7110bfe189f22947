using Cdg.Inscription.Files.Inspection;

namespace Cdg.Inscription.Tests.Files.Pdf;

/// <summary>
/// The active content of a PDF (FILE-04): JavaScript, XFA forms, launch actions and embedded files
/// are found wherever a name can be, whatever the chunks the file comes in, and not in strings
/// nor in the raw data of streams.
/// </summary>
[Trait("Area", "Pdf")]
public sealed class PdfActiveContentTests
{
    [Theory]
    [Trait("Rule", "FILE-04")]
    [InlineData("<< /Type /Action /S /JavaScript /JS (app.alert\\(1\\)) >>", nameof(FileFaults.JavaScript))]
    [InlineData("<< /S /Foo /JS 12 0 R >>", nameof(FileFaults.JavaScript))]
    [InlineData("<< /Names [(a) 12 0 R] >>\n<< /JavaScript 13 0 R >>", nameof(FileFaults.JavaScript))]
    [InlineData("<< /Type /Catalog /AcroForm << /Fields [] /XFA 14 0 R >> >>", nameof(FileFaults.JavaScript))]
    [InlineData("<< /Type /Action /S /Launch /F (calc.exe) >>", nameof(FileFaults.LaunchAction))]
    [InlineData("<< /Type /Filespec /F (a.exe) /EF << /F 15 0 R >> >>\n<< /Type /EmbeddedFile >>", nameof(FileFaults.EmbeddedFile))]
    [InlineData("<< /Names << /EmbeddedFiles << /Names [(a) 15 0 R] >> >> >>", nameof(FileFaults.EmbeddedFile))]
    public void An_active_name_is_found_in_any_chunking(string body, string fault)
    {
        var pdf = PdfBuilder.Document(1, body);

        foreach (var chunkSize in PdfScan.ChunkSizes)
        {
            PdfScan.Faults(pdf, chunkSize).Should().Be(Enum.Parse<FileFaults>(fault), $"chunks of {chunkSize} bytes");
        }
    }

    [Theory]
    [Trait("Rule", "FILE-04")]
    [InlineData("<< /S /J#61vaScript /#4A#53 (x) >>")]
    [InlineData("<< /S /#4a#61#76#61#53#63#72#69#70#74 >>")]
    [InlineData("<< /#4A#53 5 0 R >>")]
    [InlineData("<< /#58#46#41 5 0 R >>")]
    public void A_javascript_name_written_with_hex_escapes_is_found(string body)
    {
        var pdf = PdfBuilder.Document(1, body);

        foreach (var chunkSize in PdfScan.ChunkSizes)
        {
            PdfScan.Faults(pdf, chunkSize).Should().Be(FileFaults.JavaScript, $"chunks of {chunkSize} bytes");
        }
    }

    [Fact]
    [Trait("Rule", "FILE-04")]
    public void A_name_split_across_two_chunks_at_any_byte_is_found()
    {
        var pdf = PdfBuilder.Document(1, "<< /S /J#61vaScript /JS (x) /Launch 3 0 R >>");
        var expected = FileFaults.JavaScript | FileFaults.LaunchAction;

        for (var split = 1; split < pdf.Length; split++)
        {
            var scanner = new Cdg.Inscription.Files.Pdf.PdfScanner(PdfScan.DefaultMaxInflatedBytes);
            scanner.Scan(pdf[..split], 0, split);
            scanner.Scan(pdf[split..], 0, pdf.Length - split);
            var report = new FormatReport();
            scanner.Complete(report);

            report.Faults.Should().Be(expected, $"the file is split at byte {split}");
        }
    }

    [Theory]
    [Trait("Rule", "FILE-04")]
    [InlineData("<< /Type /Annot /Subtype /Link /Rect [0 0 10 10] /A << /S /URI /URI (https://example.org/) >> >>")]
    [InlineData("<< /Type /Catalog /OpenAction [3 0 R /Fit] >>")]
    [InlineData("<< /Type /Catalog /OpenAction << /S /GoTo /D [3 0 R /Fit] >> >>")]
    [InlineData("<< /Type /Page /AA << /O << /S /GoTo /D [3 0 R /Fit] >> >> >>")]
    [InlineData("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /JSX /JavaScripts /Launcher /EmbeddedFileX >>")]
    [InlineData("<< /Producer (JS) /Info [/Foo /XFA] >>")]
    public void A_link_an_open_action_to_a_page_or_a_lookalike_name_is_clean(string body)
    {
        var pdf = PdfBuilder.Document(1, body);

        foreach (var chunkSize in PdfScan.ChunkSizes)
        {
            PdfScan.Faults(pdf, chunkSize).Should().Be(FileFaults.None, $"chunks of {chunkSize} bytes");
        }
    }

    [Theory]
    [Trait("Rule", "FILE-04")]
    [InlineData("<< /Title (/JavaScript /JS /Launch /EmbeddedFiles /Encrypt) >>")]
    [InlineData("<< /Title (nested (/JS) and \\) escaped /JavaScript \\( still in) /Author (x) >>")]
    [InlineData("<< /Title (a backslash at the end \\\\) /Subject (/Launch) >>")]
    [InlineData("<< /Title <2F4A617661536372697074> /ID [<2F4A53> <2F4A53>] >>")]
    [InlineData("% a comment: /JavaScript /JS /Launch\n<< /Title (x) >>")]
    public void Names_in_strings_and_comments_are_not_reported(string body)
    {
        var pdf = PdfBuilder.Document(1, body);

        foreach (var chunkSize in PdfScan.ChunkSizes)
        {
            PdfScan.Faults(pdf, chunkSize).Should().Be(FileFaults.None, $"chunks of {chunkSize} bytes");
        }
    }

    [Theory]
    [Trait("Rule", "FILE-04")]
    [InlineData(false)]
    [InlineData(true)]
    public void Active_names_in_the_raw_data_of_a_stream_are_not_reported(bool indirectLength)
    {
        // Binary image data may hold any bytes, an open string and a dictionary included.
        var data = PdfBuilder.Latin1("\u00FF\u00D8 /JS /JavaScript (/Launch << /EmbeddedFiles /Encrypt /XFA stream\n\u0000\u0001 endobj 9 0 obj << /JS");
        var pdf = new PdfBuilder().AddPages(1);
        pdf.AddStream("/Type /XObject /Subtype /Image /Width 1 /Height 1 /BitsPerComponent 8 /ColorSpace /DeviceGray", data, indirectLength);
        pdf.AddStream("/Filter /FlateDecode", PdfBuilder.Zlib(PdfBuilder.Latin1("BT /JS 12 Tf (JavaScript) Tj ET")), indirectLength);
        var bytes = pdf.Build();

        foreach (var chunkSize in PdfScan.ChunkSizes)
        {
            PdfScan.Faults(bytes, chunkSize).Should().Be(FileFaults.None, $"chunks of {chunkSize} bytes");
        }
    }

    [Fact]
    [Trait("Rule", "FILE-04")]
    public void Javascript_after_a_stream_is_found()
    {
        var pdf = new PdfBuilder().AddPages(1);
        pdf.AddStream(string.Empty, PdfBuilder.Latin1("(unbalanced << data"));
        pdf.Add("<< /S /JavaScript /JS (app.alert(1)) >>");
        var bytes = pdf.Build();

        foreach (var chunkSize in PdfScan.ChunkSizes)
        {
            PdfScan.Faults(bytes, chunkSize).Should().Be(FileFaults.JavaScript, $"chunks of {chunkSize} bytes");
        }
    }

    [Theory]
    [Trait("Rule", "FILE-04")]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(10)]
    public void A_stream_length_a_little_too_long_does_not_hide_the_object_after_the_stream(int intoTheName)
    {
        // The length covers the end of the stream and the start of the next object, up to its /J.
        var data = PdfBuilder.Latin1("0123456789abcdefghij");
        const string Between = "\nendstream\nendobj\n";
        const string Next = "9 0 obj\n<< /JS (x) >>\nendobj\n";
        var declared = data.Length + Between.Length + Next.IndexOf("/JS", StringComparison.Ordinal) + intoTheName;
        var pdf = new PdfBuilder().AddPages(1);
        pdf.Write($"8 0 obj\n<< /Length {declared} >>\nstream\n").Write(data).Write(Between + Next);
        var bytes = pdf.Build();

        foreach (var chunkSize in PdfScan.ChunkSizes)
        {
            PdfScan.Faults(bytes, chunkSize).Should().Be(FileFaults.JavaScript, $"chunks of {chunkSize} bytes");
        }
    }

    [Theory]
    [Trait("Rule", "FILE-04")]
    [InlineData("<< /JX 1 >>")]
    [InlineData("<< /XS 1 >>")]
    [InlineData("<< /Extends 3 0 R >>")]
    [InlineData("<< /Limits [(a) (b)] >>")]
    public void A_name_that_shares_a_letter_or_a_length_with_an_active_name_is_not_taken_for_it(string body)
    {
        PdfScan.Faults(PdfBuilder.Document(1, body)).Should().Be(FileFaults.None);
    }

    [Fact]
    [Trait("Rule", "FILE-04")]
    public void Every_fault_of_one_file_is_found()
    {
        var pdf = PdfBuilder.Document(
            1,
            "<< /S /JavaScript /JS (x) >>",
            "<< /S /Launch /F (x) >>",
            "<< /EmbeddedFiles 3 0 R >>",
            "<< /XFA 4 0 R >>");

        PdfScan.Faults(pdf).Should().Be(FileFaults.JavaScript | FileFaults.LaunchAction | FileFaults.EmbeddedFile);
    }
}

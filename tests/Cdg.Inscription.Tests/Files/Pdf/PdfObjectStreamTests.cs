using Cdg.Inscription.Files.Inspection;
using Cdg.Inscription.Files.Pdf;

namespace Cdg.Inscription.Tests.Files.Pdf;

/// <summary>
/// Object streams: their objects are inflated and read for active content (FILE-04), within a
/// limit of inflated bytes for the whole file beyond which the file is a compression bomb, and an
/// object stream that cannot be decoded is damage (FILE-02).
/// </summary>
[Trait("Area", "Pdf")]
public sealed class PdfObjectStreamTests
{
    private const int MiB = 1024 * 1024;

    [Theory]
    [Trait("Rule", "FILE-04")]
    [InlineData("/FlateDecode", false)]
    [InlineData("[/FlateDecode]", false)]
    [InlineData("[ /FlateDecode ]", true)]
    [InlineData(null, false)]
    [InlineData(null, true)]
    public void Javascript_in_an_object_stream_is_found(string? filter, bool indirectLength)
    {
        var pdf = new PdfBuilder().AddPages(1, inObjectStream: true);
        pdf.AddObjectStream([(pdf.Reserve(), "<< /Title (x) >>"), (pdf.Reserve(), "<< /S /JavaScript /J#53 (app.alert(1)) >>")], filter, indirectLength);
        var bytes = pdf.Build(xrefStream: true);

        foreach (var chunkSize in PdfScan.ChunkSizes)
        {
            PdfScan.Faults(bytes, chunkSize).Should().Be(FileFaults.JavaScript, $"chunks of {chunkSize} bytes");
        }
    }

    [Theory]
    [Trait("Rule", "FILE-04")]
    [InlineData("<< /S /Launch /F (x) >>", nameof(FileFaults.LaunchAction))]
    [InlineData("<< /Names << /EmbeddedFiles 3 0 R >> >>", nameof(FileFaults.EmbeddedFile))]
    [InlineData("<< /AcroForm << /XFA [(a) 3 0 R] >> >>", nameof(FileFaults.JavaScript))]
    [InlineData("<< /A << /S /URI /URI (https://example.org/) >> /Title (/JavaScript) >>", nameof(FileFaults.None))]
    public void Every_active_name_is_found_in_an_object_stream_and_only_them(string body, string fault)
    {
        var pdf = new PdfBuilder().AddPages(1, inObjectStream: true);
        pdf.AddObjectStream(body);

        PdfScan.Faults(pdf.Build(xrefStream: true)).Should().Be(Enum.Parse<FileFaults>(fault));
    }

    [Fact]
    [Trait("Rule", "FILE-04")]
    public void The_word_stream_inside_an_object_stream_does_not_stop_its_reading()
    {
        var pdf = new PdfBuilder().AddPages(1, inObjectStream: true);
        pdf.AddObjectStream("<< /Title (x) >> stream", "<< /S /JavaScript /JS (app.alert(1)) >>");

        PdfScan.Faults(pdf.Build(xrefStream: true)).Should().Be(FileFaults.JavaScript);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public void The_inflated_bytes_are_those_of_the_object_streams_only()
    {
        var objects = new PdfBuilder();
        objects.AddPages(2, inObjectStream: true);
        objects.AddStream("/Filter /FlateDecode", PdfBuilder.Zlib(new byte[100_000]));
        var bytes = objects.Build(xrefStream: true);

        var (report, scanner) = PdfScan.Run(bytes);

        report.Faults.Should().Be(FileFaults.None);
        scanner.InflatedBytes.Should().BeInRange(100, 1000, "only the object stream of the page tree is inflated, not the 100 000 bytes of content");
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public void An_object_stream_that_inflates_past_the_limit_is_a_bomb_and_inflation_stops_at_the_limit()
    {
        var pdf = new PdfBuilder().AddPages(1);
        pdf.AddStream("/Type /ObjStm /N 1 /First 0 /Filter /FlateDecode", PdfBuilder.Zlib(new byte[10 * MiB]));
        var bytes = pdf.Build();

        var (report, scanner) = PdfScan.Run(bytes, 64 * 1024, maxInflatedBytes: MiB);

        report.Faults.Should().Be(FileFaults.CompressionBomb);
        scanner.InflatedBytes.Should().BeGreaterThan(MiB).And.BeLessThanOrEqualTo(MiB + PdfScanner.InflateChunkBytes);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public void The_limit_counts_the_object_streams_of_the_whole_file()
    {
        var pdf = new PdfBuilder().AddPages(1);
        for (var i = 0; i < 3; i++)
        {
            pdf.AddStream("/Type /ObjStm /N 1 /First 0 /Filter /FlateDecode", PdfBuilder.Zlib(new byte[400 * 1024]));
        }

        var bytes = pdf.Build();

        PdfScan.Run(bytes, maxInflatedBytes: MiB).Report.Faults.Should().Be(FileFaults.CompressionBomb);
        PdfScan.Run(bytes, maxInflatedBytes: 2 * MiB).Report.Faults.Should().Be(FileFaults.None);
        PdfScan.Run(bytes, maxInflatedBytes: 2 * MiB).Scanner.InflatedBytes.Should().Be(3 * 400 * 1024);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public void An_object_stream_of_indirect_length_larger_than_the_first_buffer_is_kept_whole_and_read()
    {
        // About 270 KB of zlib data: the kept bytes outgrow the first 64 KiB buffer, far below the 8 Mio limit.
        var filler = new byte[200_000];
        new Random(7).NextBytes(filler);
        var objects = PdfBuilder.Latin1($"9 0 10 {36 + (filler.Length * 4 / 3) + 4} << /Title ({Convert.ToBase64String(filler)}) >> << /S /JavaScript /JS (x) >>");
        var pdf = new PdfBuilder().AddPages(1);
        pdf.AddStream("/Type /ObjStm /N 2 /First 10 /Filter /FlateDecode", PdfBuilder.Zlib(objects), indirectLength: true);
        var bytes = pdf.Build();

        PdfScan.Faults(bytes, 64 * 1024).Should().Be(FileFaults.JavaScript);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public void A_bomb_stopped_inside_a_string_is_a_bomb_and_nothing_else()
    {
        var pdf = new PdfBuilder().AddPages(1);
        pdf.AddStream("/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode", PdfBuilder.Zlib(PdfBuilder.Latin1("9 0 << /Title (" + new string('a', 2 * MiB))));

        PdfScan.Run(pdf.Build(), maxInflatedBytes: MiB).Report.Faults.Should().Be(FileFaults.CompressionBomb);
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData(false)]
    [InlineData(true)]
    public void An_object_stream_too_large_to_keep_is_a_bomb(bool indirectLength)
    {
        var data = new byte[PdfScanner.MaxObjectStreamBytes + 1];
        new Random(4).NextBytes(data);
        var pdf = new PdfBuilder().AddPages(1);
        pdf.AddStream("/Type /ObjStm /N 1 /First 0 /Filter /FlateDecode", data, indirectLength);
        var bytes = pdf.Build();

        PdfScan.Faults(bytes, 1 << 20).Should().Be(FileFaults.CompressionBomb);
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData("/FlateDecode", new byte[] { 0x78, 0x9C, 0xFF, 0xFF, 0xFF, 0xFF, 0x00, 0x00 })]
    [InlineData("/FlateDecode", new byte[] { 0x1F, 0x8B, 0x08, 0x00 })]
    [InlineData("/FlateDecode", new byte[] { 0x78 })]
    public void An_object_stream_that_cannot_be_decoded_is_damaged(string filter, byte[] data)
    {
        var pdf = new PdfBuilder().AddPages(1);
        pdf.AddStream($"/Type /ObjStm /N 1 /First 0 /Filter {filter}", data);

        PdfScan.Faults(pdf.Build()).Should().Be(FileFaults.Damaged);
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData("/ASCIIHexDecode", new byte[] { 0x30, 0x30, 0x3E })]
    [InlineData("[/ASCII85Decode /FlateDecode]", new byte[] { 0x7E, 0x3E })]
    [InlineData("/LZWDecode", new byte[] { 0x80, 0x0B, 0x60, 0x50 })]
    [InlineData("/DCTDecode", new byte[] { 0xFF, 0xD8, 0xFF, 0xD9 })]
    public async Task An_object_stream_of_another_filter_is_left_to_the_reader_s_view_which_finds_it_damaged(string filter, byte[] data)
    {
        var pdf = new PdfBuilder().AddPages(1);
        pdf.AddStream($"/Type /ObjStm /N 1 /First 0 /Filter {filter}", data);
        var bytes = pdf.Build();

        PdfScan.Faults(bytes).Should().Be(FileFaults.None, "the sequential scan does not decode these filters");
        (await PdfScan.FaultsAsReadAsync(bytes)).Should().Be(FileFaults.Damaged, "the objects inside cannot be read");
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData(0x78, 0x9C, nameof(FileFaults.None))]
    [InlineData(0x79, 0x18, nameof(FileFaults.Damaged))]
    [InlineData(0x88, 0x1C, nameof(FileFaults.Damaged))]
    [InlineData(0x78, 0xBB, nameof(FileFaults.Damaged))]
    [InlineData(0x78, 0x9D, nameof(FileFaults.Damaged))]
    public void Only_a_zlib_header_for_deflate_without_a_preset_dictionary_is_inflated(byte first, byte second, string fault)
    {
        // The same deflate data behind each header: another method (9), a window over 32 KiB
        // (CINFO 8), a preset dictionary (FDICT) or a wrong check value make the stream undecodable.
        var data = PdfBuilder.Zlib(PdfBuilder.Latin1("9 0 << /Title (x) >>"));
        data[0] = first;
        data[1] = second;
        var pdf = new PdfBuilder().AddPages(1);
        pdf.AddStream("/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode", data);

        PdfScan.Faults(pdf.Build()).Should().Be(Enum.Parse<FileFaults>(fault));
    }

    [Fact]
    [Trait("Rule", "FILE-04")]
    public async Task An_object_stream_deflated_twice_is_inflated_twice_by_the_reader_s_view()
    {
        // The sequential scan inflates a single /FlateDecode only; the reader's view decodes the chain.
        var pdf = new PdfBuilder().AddPages(1);
        pdf.AddStream("/Type /ObjStm /N 1 /First 4 /Filter [/FlateDecode /FlateDecode]", PdfBuilder.Zlib(PdfBuilder.Zlib(PdfBuilder.Latin1("9 0 << /S /JavaScript >>"))));
        var bytes = pdf.Build();

        PdfScan.Faults(bytes).Should().Be(FileFaults.None);
        (await PdfScan.FaultsAsReadAsync(bytes)).Should().Be(FileFaults.JavaScript);
    }

    [Fact]
    [Trait("Rule", "FILE-04")]
    public void A_name_that_ends_an_object_stream_is_read()
    {
        var pdf = new PdfBuilder().AddPages(1);
        pdf.AddStream("/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode", PdfBuilder.Zlib(PdfBuilder.Latin1("9 0 /JS")));

        PdfScan.Faults(pdf.Build()).Should().Be(FileFaults.JavaScript);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public void An_object_stream_that_ends_inside_a_string_is_damaged()
    {
        var pdf = new PdfBuilder().AddPages(1);
        pdf.AddStream("/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode", PdfBuilder.Zlib(PdfBuilder.Latin1("9 0 (cut")));

        PdfScan.Faults(pdf.Build()).Should().Be(FileFaults.Damaged);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public void An_object_stream_whose_objects_are_cut_off_is_damaged()
    {
        var pdf = new PdfBuilder().AddPages(1);
        pdf.AddStream("/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode", PdfBuilder.Zlib(PdfBuilder.Latin1("9 0 << /Title (cut")));

        PdfScan.Faults(pdf.Build()).Should().Be(FileFaults.Damaged);
    }
}

using System.Globalization;
using System.Text;
using Cdg.Inscription.Files.Inspection;
using Cdg.Inscription.Files.Pdf;

namespace Cdg.Inscription.Tests.Files.Pdf;

/// <summary>
/// The reader's view of a PDF (FILE-04, FILE-02): the objects that a reader loads through the
/// cross-reference are read where it places them, object streams whatever their type and through
/// their filters; a cross-reference that points nowhere sensible is damage, never a loop.
/// </summary>
public sealed class PdfReaderViewTests
{
    [Fact]
    [Trait("Rule", "FILE-04")]
    public async Task An_object_stream_with_N_and_First_is_read_whatever_its_type()
    {
        var pdf = new PdfBuilder().AddPages(1);
        pdf.AddStream("/N 1 /First 4 /Filter /FlateDecode", PdfBuilder.Zlib(PdfBuilder.Latin1("9 0 << /S /Launch /F (calc.exe) >>")));
        var bytes = pdf.Build();

        PdfScan.Faults(bytes).Should().Be(FileFaults.None, "the sequential scan trusts /Type /ObjStm");
        (await PdfScan.FaultsAsReadAsync(bytes)).Should().Be(FileFaults.LaunchAction);
    }

    [Fact]
    [Trait("Rule", "FILE-04")]
    public async Task An_object_of_an_object_stream_is_read_where_its_header_places_it_even_inside_a_string()
    {
        // Lexed in order, the dictionary is inside a string; read at its offset, as qpdf reads it, it is an action.
        const string Objects = "9 1 (<< /S /JavaScript >>)";
        var pdf = new PdfBuilder().AddPages(1);
        pdf.AddStream("/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode", PdfBuilder.Zlib(PdfBuilder.Latin1(Objects)));
        var bytes = pdf.Build();

        PdfScan.Faults(bytes).Should().Be(FileFaults.None);
        (await PdfScan.FaultsAsReadAsync(bytes)).Should().Be(FileFaults.JavaScript);
    }

    [Fact]
    [Trait("Rule", "FILE-04")]
    public async Task Every_revision_s_objects_are_read_not_only_the_newest()
    {
        var pdf = new PdfBuilder();
        pdf.AddPages(1);
        var action = pdf.Add("<< /S /JavaScript /JS (app.alert(1)) >>");
        pdf.EndSection();
        pdf.Add(action, "null");
        var bytes = pdf.Build();

        (await PdfScan.FaultsAsReadAsync(bytes)).Should().HaveFlag(FileFaults.JavaScript);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task A_cycle_in_the_chain_of_revisions_is_damage_not_a_loop()
    {
        var bytes = PdfBuilder.Document(1);
        var xref = StartXref(bytes);
        var cyclic = Insert(bytes, "trailer\n<<", $" /Prev {xref}");

        (await PdfScan.FaultsAsReadAsync(cyclic)).Should().Be(FileFaults.Damaged);
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData(9, "the comment after the header, before object 1: another object's header")]
    [InlineData(18, "the middle of object 1's header")]
    [InlineData(100_000, "past the end of the file")]
    public async Task An_object_that_the_cross_reference_places_where_it_is_not_is_damage(long offset, string where)
    {
        // The entry of object 2, the second in use.
        var bytes = PdfBuilder.Document(1);
        var text = Encoding.Latin1.GetString(bytes);
        var first = text.IndexOf(" 00000 n", StringComparison.Ordinal);
        var entry = text.IndexOf(" 00000 n", first + 1, StringComparison.Ordinal) - 10;
        var moved = text[..entry] + offset.ToString("D10", CultureInfo.InvariantCulture) + text[(entry + 10)..];

        (await PdfScan.FaultsAsReadAsync(Encoding.Latin1.GetBytes(moved))).Should().Be(FileFaults.Damaged, where);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task A_compressed_object_said_to_be_in_itself_is_damage()
    {
        // Object 4 is written as an object stream, and its own entry says it is compressed in stream 4.
        var bytes = WithStreamEntries(
            new() { [4] = "<< /Type /ObjStm /N 1 /First 4 /Length 14 >>\nstream\n4 0 << /A 1 >>\nendstream" },
            new() { [4] = (4, 0) });

        (await PdfScan.FaultsAsReadAsync(bytes)).Should().Be(FileFaults.Damaged);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task A_compressed_object_whose_stream_is_not_an_object_stream_is_damage()
    {
        var bytes = WithStreamEntries(new() { [5] = "<< /Length 3 >>\nstream\nabc\nendstream" }, new() { [4] = (5, 0) });

        (await PdfScan.FaultsAsReadAsync(bytes)).Should().Be(FileFaults.Damaged);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task Object_streams_decoded_by_the_reader_s_view_count_against_the_limit_of_inflated_bytes()
    {
        var objects = "9 0 << /Title (" + new string('x', 5000) + ") >>";
        var pdf = new PdfBuilder().AddPages(1);
        pdf.AddStream("/Type /ObjStm /N 1 /First 4 /Filter [/FlateDecode /FlateDecode]", PdfBuilder.Zlib(PdfBuilder.Zlib(PdfBuilder.Latin1(objects))));
        var bytes = pdf.Build();

        (await PdfScan.FaultsAsReadAsync(bytes, maxInflatedBytes: 4096)).Should().Be(FileFaults.CompressionBomb);
        (await PdfScan.FaultsAsReadAsync(bytes, maxInflatedBytes: 64 * 1024)).Should().Be(FileFaults.None);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task The_reader_s_view_skips_the_data_of_streams_that_hold_no_objects()
    {
        var image = new byte[5 * 1024 * 1024];
        new Random(11).NextBytes(image);
        var pdf = new PdfBuilder().AddPages(1);
        pdf.AddStream("/Type /XObject /Subtype /Image /Width 1024 /Height 1280 /BitsPerComponent 8 /ColorSpace /DeviceRGB", image);
        var bytes = pdf.Build();
        var (report, scanner) = PdfScan.Run(bytes);

        using var content = new MemoryStream(bytes, writable: false);
        var read = await PdfReaderView.CheckAsync(content, scanner.LastEndOfFileOffset, report, PdfScan.DefaultMaxInflatedBytes, CancellationToken.None);

        report.Faults.Should().Be(FileFaults.None);
        read.Should().BeLessThan(4 * PdfFileWindow.BlockBytes, "the objects are read at their offsets, the image's 5 MiB are not");
    }

    private static long StartXref(byte[] bytes)
    {
        var text = Encoding.Latin1.GetString(bytes);
        var at = text.LastIndexOf("startxref", StringComparison.Ordinal) + "startxref".Length;
        return long.Parse(text[at..].Split('\n', StringSplitOptions.RemoveEmptyEntries)[0], CultureInfo.InvariantCulture);
    }

    private static byte[] Insert(byte[] bytes, string after, string inserted)
    {
        var text = Encoding.Latin1.GetString(bytes);
        var at = text.LastIndexOf(after, StringComparison.Ordinal) + after.Length;
        return Encoding.Latin1.GetBytes(text[..at] + inserted + text[at..]);
    }

    /// <summary>
    /// A PDF of a catalog (1), a page tree (2), a page (3) and <paramref name="objects"/>, whose
    /// cross-reference stream places each object written (type 1), except those that
    /// <paramref name="compressed"/> says are in an object stream (type 2: stream, index).
    /// </summary>
    private static byte[] WithStreamEntries(Dictionary<int, string> objects, Dictionary<int, (int Stream, int Index)> compressed)
    {
        var text = new StringBuilder("%PDF-1.5\n");
        var offsets = new Dictionary<int, int>();
        var all = new Dictionary<int, string>
        {
            [1] = "<< /Type /Catalog /Pages 2 0 R >>",
            [2] = "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            [3] = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        };
        foreach (var (number, body) in objects)
        {
            all[number] = body;
        }

        foreach (var (number, body) in all.OrderBy(o => o.Key))
        {
            offsets[number] = text.Length;
            text.Append(CultureInfo.InvariantCulture, $"{number} 0 obj\n{body}\nendobj\n");
        }

        var xrefNumber = all.Keys.Concat(compressed.Keys).Max() + 1;
        var xrefAt = text.Length;
        offsets[xrefNumber] = xrefAt;
        var entries = new List<byte>();
        for (var number = 0; number <= xrefNumber; number++)
        {
            if (compressed.TryGetValue(number, out var place))
            {
                entries.AddRange([2, 0, (byte)place.Stream, (byte)place.Index]);
            }
            else if (offsets.TryGetValue(number, out var offset))
            {
                entries.AddRange([1, (byte)(offset >> 8), (byte)offset, 0]);
            }
            else
            {
                entries.AddRange([0, 0, 0, 0]);
            }
        }

        var head = Encoding.Latin1.GetBytes(text.ToString());
        var dictionary = Encoding.Latin1.GetBytes($"{xrefNumber} 0 obj\n<< /Type /XRef /Size {xrefNumber + 1} /W [1 2 1] /Root 1 0 R /Length {entries.Count} >>\nstream\n");
        var tail = Encoding.Latin1.GetBytes($"\nendstream\nendobj\nstartxref\n{xrefAt}\n%%EOF\n");
        return [.. head, .. dictionary, .. entries, .. tail];
    }
}

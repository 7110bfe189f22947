using Cdg.Inscription.Files.Inspection;

namespace Cdg.Inscription.Tests.Files.Pdf;

/// <summary>
/// An encrypted PDF (FILE-02) is found from its <c>/Encrypt</c> entry wherever it is: the last
/// trailer, a cross-reference stream, the first-page trailer of a linearized file, an earlier
/// section of an incremental update.
/// </summary>
[Trait("Area", "Pdf")]
public sealed class PdfEncryptionTests
{
    private const string EncryptDictionary = "<< /Filter /Standard /V 2 /R 3 /Length 128 /P -1028 /O <00> /U <00> >>";

    [Fact]
    [Trait("Rule", "FILE-02")]
    public void An_encrypt_entry_in_the_trailer_is_found()
    {
        var pdf = new PdfBuilder().AddPages(1);
        var encrypt = pdf.Add(EncryptDictionary);

        var bytes = pdf.Build($"/Encrypt {encrypt} 0 R /ID [<01> <01>]");

        PdfScan.Faults(bytes).Should().Be(FileFaults.Encrypted);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public void An_encrypt_entry_in_a_cross_reference_stream_dictionary_is_found()
    {
        var pdf = new PdfBuilder().AddPages(1, inObjectStream: true);
        var encrypt = pdf.Add(EncryptDictionary);

        var bytes = pdf.Build($"/Encrypt {encrypt} 0 R", xrefStream: true);

        foreach (var chunkSize in PdfScan.ChunkSizes)
        {
            PdfScan.Faults(bytes, chunkSize).Should().Be(FileFaults.Encrypted, $"chunks of {chunkSize} bytes");
        }
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public void An_encrypt_entry_in_an_earlier_incremental_section_is_found()
    {
        var pdf = new PdfBuilder().AddPages(1);
        var encrypt = pdf.Add(EncryptDictionary);
        pdf.EndSection($"/Encrypt {encrypt} 0 R");
        pdf.Add("<< /Title (updated) >>");

        var bytes = pdf.Build();

        PdfScan.Faults(bytes).Should().Be(FileFaults.Encrypted);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public void An_encrypt_entry_in_the_first_page_trailer_of_a_linearized_file_is_found()
    {
        var pdf = new PdfBuilder();
        pdf.Add("<< /Linearized 1 /L 2000 /H [500 100] /O 4 /E 1500 /N 1 /T 1800 >>");
        pdf.Write("xref\n0 1\n0000000000 65535 f\r\ntrailer\n<< /Size 6 /Root 2 0 R /Encrypt 5 0 R /Prev 1800 >>\nstartxref\n0\n%%EOF\n");
        pdf.AddPages(1);
        pdf.Add(EncryptDictionary);

        var bytes = pdf.Build();

        PdfScan.Faults(bytes).Should().Be(FileFaults.Encrypted);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public void The_encrypted_object_streams_of_an_encrypted_file_are_not_damage()
    {
        // Object streams are encrypted with the rest: their data cannot be inflated.
        var encrypted = new byte[200];
        new Random(3).NextBytes(encrypted);
        var pdf = new PdfBuilder().AddPages(1);
        pdf.AddStream("/Type /ObjStm /N 3 /First 12 /Filter /FlateDecode", encrypted);
        var encrypt = pdf.Add(EncryptDictionary);

        PdfScan.Faults(pdf.Build($"/Encrypt {encrypt} 0 R", xrefStream: true)).Should().Be(FileFaults.Encrypted);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public void An_encrypt_name_in_a_string_or_in_stream_data_is_not_encryption()
    {
        var pdf = new PdfBuilder().AddPages(1);
        pdf.Add("<< /Title (/Encrypt 5 0 R) >>");
        pdf.AddStream(string.Empty, PdfBuilder.Latin1("trailer << /Encrypt 5 0 R >>"));

        PdfScan.Faults(pdf.Build()).Should().Be(FileFaults.None);
    }
}

using Cdg.Inscription.Files.Inspection;

namespace Cdg.Inscription.Tests.Files.Pdf;

/// <summary>
/// A stream whose length is not given directly ends at the first whole <c>endstream</c> in its
/// data (FILE-04): what follows is read as objects, whatever the chunks the file arrives in, and a
/// partial word does not end it.
/// </summary>
[Trait("Area", "Pdf")]
public sealed class PdfStreamEndTests
{
    [Theory]
    [Trait("Rule", "FILE-04")]
    [InlineData("q endstrendstream /JS (a)", nameof(FileFaults.JavaScript))]
    [InlineData("q eendstream /JS (a)", nameof(FileFaults.JavaScript))]
    [InlineData("q endsendstream /JS (a)", nameof(FileFaults.JavaScript))]
    [InlineData("q ndstream /JS (a)", nameof(FileFaults.None))]
    [InlineData("q endstrea /JS (a)", nameof(FileFaults.None))]
    public void A_stream_of_indirect_length_ends_at_the_first_whole_endstream_in_any_chunking(string data, string fault)
    {
        var pdf = new PdfBuilder().AddPages(1);
        pdf.AddStream(string.Empty, PdfBuilder.Latin1(data), indirectLength: true);
        var bytes = pdf.Build();

        foreach (var chunkSize in PdfScan.ChunkSizes)
        {
            PdfScan.Faults(bytes, chunkSize).Should().Be(Enum.Parse<FileFaults>(fault), $"chunks of {chunkSize} bytes");
        }
    }
}

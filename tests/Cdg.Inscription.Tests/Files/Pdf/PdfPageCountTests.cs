namespace Cdg.Inscription.Tests.Files.Pdf;

/// <summary>
/// The page count of a PDF (FILE-02): the <c>/Count</c> of the root of the page tree, the last
/// one of an incrementally updated file, in an object stream or not, or else the pages of the
/// linearization dictionary.
/// </summary>
[Trait("Area", "Pdf")]
public sealed class PdfPageCountTests
{
    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData(1, false)]
    [InlineData(7, false)]
    [InlineData(3, true)]
    public void The_page_count_is_the_count_of_the_root_of_the_page_tree(int pages, bool inObjectStream)
    {
        var bytes = new PdfBuilder().AddPages(pages, inObjectStream).Build(xrefStream: inObjectStream);

        foreach (var chunkSize in PdfScan.ChunkSizes)
        {
            PdfScan.Report(bytes, chunkSize).PageCount.Should().Be(pages, $"chunks of {chunkSize} bytes");
        }
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public void Intermediate_nodes_of_the_page_tree_do_not_count()
    {
        var pdf = new PdfBuilder();
        pdf.Root = pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 5 >>");
        pdf.Add("<< /Type /Pages /Parent 2 0 R /Kids [] /Count 2 >>");
        pdf.Add("<< /Count 3 /Kids [] /Parent 2 0 R /Type /Pages >>");

        PdfScan.Report(pdf.Build()).PageCount.Should().Be(5);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public void The_root_of_the_last_incremental_update_wins()
    {
        var pdf = new PdfBuilder().AddPages(2);
        pdf.EndSection();
        pdf.Add(2, "<< /Type /Pages /Kids [3 0 R 4 0 R 9 0 R] /Count 3 >>");

        PdfScan.Report(pdf.Build()).PageCount.Should().Be(3);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public void A_count_in_a_nested_dictionary_or_written_with_escapes_is_read_at_its_level()
    {
        var pdf = new PdfBuilder();
        pdf.Root = pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /T#79pe /Pag#65s /Resources << /Count 99 /Type /Font >> /Kids [<< /Count 42 >>] /C#6Funt 4 >>");

        PdfScan.Report(pdf.Build()).PageCount.Should().Be(4);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public void A_count_given_by_an_indirect_reference_is_not_read()
    {
        var pdf = new PdfBuilder();
        pdf.Root = pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [] /Count 3 0 R >>");
        pdf.Add("4");

        PdfScan.Report(pdf.Build()).PageCount.Should().BeNull();
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public void The_pages_of_the_linearization_dictionary_count_when_the_root_has_no_count()
    {
        var pdf = new PdfBuilder();
        pdf.Add("<< /Linearized 1 /L 1000 /H [100 50] /O 3 /E 500 /N 6 /T 900 >>");
        pdf.Root = pdf.Add("<< /Type /Catalog /Pages 3 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [] /Count 4 0 R >>");

        PdfScan.Report(pdf.Build()).PageCount.Should().Be(6);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public void The_root_count_wins_over_the_linearization_dictionary()
    {
        var pdf = new PdfBuilder();
        pdf.Add("<< /Linearized 1 /N 6 >>");
        pdf.AddPages(2);

        PdfScan.Report(pdf.Build()).PageCount.Should().Be(2);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public void A_file_without_a_page_tree_has_no_page_count()
    {
        var pdf = new PdfBuilder();
        pdf.Root = pdf.Add("<< /Type /Catalog >>");
        pdf.Add("<< /Type /Page /Count 3 >>");

        PdfScan.Report(pdf.Build()).PageCount.Should().BeNull();
    }
}

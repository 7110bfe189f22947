using Cdg.Inscription.Files.Pdf;

namespace Cdg.Inscription.Tests.Files.Pdf;

/// <summary>The scanner's own arguments: a negative limit or bytes outside the buffer are programming errors, not file faults.</summary>
[Trait("Area", "Pdf")]
public sealed class PdfScannerArgumentTests
{
    [Fact]
    public void A_negative_limit_of_inflated_bytes_is_a_programming_error_and_zero_is_a_limit()
    {
        var create = () => new PdfScanner(-1);

        create.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maxInflatedBytes").WithMessage("The limit cannot be negative.*");
        new PdfScanner(0).InflatedBytes.Should().Be(0);
    }

    [Theory]
    [InlineData(-1, 1)]
    [InlineData(0, -1)]
    [InlineData(2, 9)]
    [InlineData(11, 0)]
    public void Bytes_outside_the_buffer_are_a_programming_error(int offset, int count)
    {
        var scan = () => new PdfScanner(0).Scan(new byte[10], offset, count);

        scan.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("count").WithMessage("The bytes are not within the buffer.*");
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(10, 0)]
    [InlineData(2, 8)]
    public void Bytes_within_the_buffer_are_scanned(int offset, int count)
    {
        var scan = () => new PdfScanner(0).Scan(new byte[10], offset, count);

        scan.Should().NotThrow();
    }
}

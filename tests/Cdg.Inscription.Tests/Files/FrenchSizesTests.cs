using Cdg.Inscription.Files;

namespace Cdg.Inscription.Tests.Files;

/// <summary>
/// The sizes and pixel counts that refusal messages give (FILE-02), written as a French reader
/// expects them: binary multiples in octets, Ko and Mo, a decimal comma, digits grouped by three.
/// </summary>
public sealed class FrenchSizesTests
{
    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData(0L, "0 octets")]
    [InlineData(1L, "1 octet")]
    [InlineData(2L, "2 octets")]
    [InlineData(999L, "999 octets")]
    [InlineData(1_000L, "1 000 octets")]
    [InlineData(10_239L, "10 239 octets")]
    [InlineData(10_240L, "10 Ko")]
    [InlineData(10_752L, "10,5 Ko")]
    [InlineData(512L * 1024, "512 Ko")]
    [InlineData((1024L * 1024) - 1, "1 023,9 Ko")]
    [InlineData(1024L * 1024, "1 Mo")]
    [InlineData(1024L * 1024 * 3 / 2, "1,5 Mo")]
    [InlineData(10L * 1024 * 1024, "10 Mo")]
    [InlineData(1_234_567_890L, "1 177,3 Mo")]
    public void A_size_is_written_in_octets_Ko_or_Mo_with_a_decimal_comma(long bytes, string expected) =>
        FrenchSizes.Format(bytes).Should().Be(expected);

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData(12_345L, "12 345 pixels")]
    [InlineData(1_000_000L, "1 000 000 pixels")]
    [InlineData(1_999_999L, "1 999 999 pixels")]
    [InlineData(2_000_000L, "2 millions de pixels")]
    [InlineData(2_050_000L, "2 050 000 pixels")]
    [InlineData(2_500_000L, "2,5 millions de pixels")]
    [InlineData(50_000_000L, "50 millions de pixels")]
    [InlineData(1_000_000_000L, "1 000 millions de pixels")]
    public void A_pixel_count_is_written_in_millions_only_when_it_is_a_round_one(long pixels, string expected) =>
        FrenchSizes.FormatPixels(pixels).Should().Be(expected);
}

using System.Globalization;

namespace Cdg.Inscription.Files;

/// <summary>
/// Sizes in bytes and pixel counts written as a French reader expects them (<c>10 Mo</c>,
/// <c>1,5 Mo</c>, <c>1 000 octets</c>, <c>50 millions de pixels</c>), whatever the current culture
/// and even where the host runs with invariant globalization.
/// </summary>
internal static class FrenchSizes
{
    /// <summary>A size in octets, kilo-octets or méga-octets (binary multiples, as file managers show them).</summary>
    /// <param name="bytes">The size in bytes; not negative.</param>
    /// <returns>For example <c>10 Mo</c>, <c>1,5 Mo</c>, <c>512 Ko</c> or <c>1 000 octets</c>.</returns>
    public static string Format(long bytes) => bytes switch
    {
        >= 1024 * 1024 => $"{Tenths(bytes * 10 / (1024 * 1024))} Mo",
        >= 10 * 1024 => $"{Tenths(bytes * 10 / 1024)} Ko",
        1 => "1 octet",
        _ => $"{Grouped(bytes)} octets",
    };

    /// <summary>A number of pixels, in millions when it is a round one.</summary>
    /// <param name="pixels">The number of pixels; positive.</param>
    /// <returns>For example <c>50 millions de pixels</c>, <c>2,5 millions de pixels</c> or <c>12 345 pixels</c>.</returns>
    public static string FormatPixels(long pixels) =>
        pixels >= 2_000_000 && pixels % 100_000 == 0
            ? $"{Tenths(pixels / 100_000)} millions de pixels"
            : $"{Grouped(pixels)} pixels";

    /// <summary>A number of tenths, written with a decimal comma when it has one (<c>15</c> → <c>1,5</c>, <c>100</c> → <c>10</c>).</summary>
    private static string Tenths(long tenths) =>
        tenths % 10 == 0 ? Grouped(tenths / 10) : $"{Grouped(tenths / 10)},{tenths % 10}";

    /// <summary>Digits in groups of three separated by spaces (<c>1 000 000</c>).</summary>
    private static string Grouped(long value)
    {
        var digits = value.ToString(CultureInfo.InvariantCulture);
        for (var i = digits.Length - 3; i > 0; i -= 3)
        {
            digits = digits.Insert(i, " ");
        }

        return digits;
    }
}

using System.Text;
using Cdg.Inscription.Files.Pdf;

namespace Cdg.Inscription.Tests.Files.Pdf;

/// <summary>
/// The filters that the reader's view undoes before it reads an object stream (FILE-04): each
/// gives back the bytes that a writer encoded, and what cannot be decoded says so.
/// </summary>
public sealed class PdfDecoderTests
{
    private static readonly byte[] Objects = Encoding.Latin1.GetBytes("9 0 10 24 << /S /JavaScript >>\n<< /Type /Catalog /Pages 2 0 R >>\n");

    public static TheoryData<string, byte[]> Encodings => new()
    {
        { "/ASCIIHexDecode", Encoding.ASCII.GetBytes(Convert.ToHexString(Objects).ToLowerInvariant() + ">") },
        { "/ASCIIHexDecode, white space and an odd digit", Encoding.ASCII.GetBytes("39 2 >") },
        { "/ASCII85Decode", Ascii85(Objects) },
        { "/RunLengthDecode", RunLength(Objects) },
        { "/FlateDecode", PdfBuilder.Zlib(Objects) },
    };

    [Theory]
    [Trait("Rule", "FILE-04")]
    [MemberData(nameof(Encodings))]
    public void Each_filter_gives_back_what_was_encoded(string filter, byte[] encoded)
    {
        var name = filter.Split(',')[0] switch
        {
            "/ASCIIHexDecode" => PdfName.AsciiHexDecode,
            "/ASCII85Decode" => PdfName.Ascii85Decode,
            "/RunLengthDecode" => PdfName.RunLengthDecode,
            _ => PdfName.FlateDecode,
        };
        var expected = filter.Contains("odd", StringComparison.Ordinal) ? new byte[] { 0x39, 0x20 } : Objects;

        var outcome = PdfDecoder.Decode(encoded, [new PdfFilterStep(name, 1, 1, 8, 1)], 1 << 20, out var decoded, out var bytesOut);

        outcome.Should().Be(PdfDecodeOutcome.Decoded);
        decoded.Should().Equal(expected);
        bytesOut.Should().Be(expected.Length);
    }

    [Theory]
    [Trait("Rule", "FILE-04")]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Each_PNG_row_filter_is_undone(int rowFilter)
    {
        const int Columns = 6;
        var encoded = Png(Objects, Columns, rowFilter);

        var outcome = PdfDecoder.Decode(PdfBuilder.Zlib(encoded), [new PdfFilterStep(PdfName.FlateDecode, 12, 1, 8, Columns)], 1 << 20, out var decoded, out _);

        outcome.Should().Be(PdfDecodeOutcome.Decoded);
        decoded.Should().Equal(Objects);
    }

    [Fact]
    [Trait("Rule", "FILE-04")]
    public void The_TIFF_predictor_is_undone_on_8_bit_components()
    {
        const int Columns = 5;
        var encoded = Objects.ToArray();
        for (var i = encoded.Length - 1; i >= 0; i--)
        {
            if (i % Columns != 0)
            {
                encoded[i] = unchecked((byte)(Objects[i] - Objects[i - 1]));
            }
        }

        var outcome = PdfDecoder.Decode(PdfBuilder.Zlib(encoded), [new PdfFilterStep(PdfName.FlateDecode, 2, 1, 8, Columns)], 1 << 20, out var decoded, out _);

        outcome.Should().Be(PdfDecodeOutcome.Decoded);
        decoded.Should().Equal(Objects);
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData(nameof(PdfName.LzwDecode), 1L, 8L)]
    [InlineData(nameof(PdfName.Other), 1L, 8L)]
    [InlineData(nameof(PdfName.FlateDecode), 2L, 16L)]
    [InlineData(nameof(PdfName.FlateDecode), 7L, 8L)]
    [InlineData(nameof(PdfName.AsciiHexDecode), 12L, 8L)]
    public void What_the_scan_cannot_decode_is_undecodable_never_guessed(string filterName, long predictor, long bits)
    {
        var filter = Enum.Parse<PdfName>(filterName);
        var data = filter == PdfName.FlateDecode ? PdfBuilder.Zlib(Objects) : Encoding.ASCII.GetBytes("00>");

        PdfDecoder.Decode(data, [new PdfFilterStep(filter, predictor, 1, bits, 4)], 1 << 20, out _, out _)
            .Should().Be(PdfDecodeOutcome.Undecodable);
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData("/ASCII85Decode", "a~>")]
    [InlineData("/ASCII85Decode", "ab{d~>")]
    [InlineData("/ASCIIHexDecode", "4G>")]
    public void Corrupt_text_encodings_are_undecodable(string filter, string data)
    {
        var name = filter == "/ASCII85Decode" ? PdfName.Ascii85Decode : PdfName.AsciiHexDecode;

        PdfDecoder.Decode(Encoding.ASCII.GetBytes(data), [new PdfFilterStep(name, 1, 1, 8, 1)], 1 << 20, out _, out _)
            .Should().Be(PdfDecodeOutcome.Undecodable);
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData(nameof(PdfName.FlateDecode))]
    [InlineData(nameof(PdfName.RunLengthDecode))]
    public void A_step_that_outputs_more_than_the_limit_is_too_large(string filterName)
    {
        var filter = Enum.Parse<PdfName>(filterName);
        var large = new byte[10_000];
        var data = filter == PdfName.FlateDecode ? PdfBuilder.Zlib(large) : RunLength(large);

        PdfDecoder.Decode(data, [new PdfFilterStep(filter, 1, 1, 8, 1)], 9_999, out _, out _).Should().Be(PdfDecodeOutcome.TooLarge);
        PdfDecoder.Decode(data, [new PdfFilterStep(filter, 1, 1, 8, 1)], 10_000, out var decoded, out _).Should().Be(PdfDecodeOutcome.Decoded);
        decoded.Should().HaveCount(10_000);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public void Zero_groups_of_ASCII85_past_the_limit_are_too_large()
    {
        var zeros = Encoding.ASCII.GetBytes(new string('z', 3000) + "~>");

        PdfDecoder.Decode(zeros, [new PdfFilterStep(PdfName.Ascii85Decode, 1, 1, 8, 1)], 10_000, out _, out _).Should().Be(PdfDecodeOutcome.TooLarge);
        PdfDecoder.Decode(zeros, [new PdfFilterStep(PdfName.Ascii85Decode, 1, 1, 8, 1)], 12_000, out var decoded, out _).Should().Be(PdfDecodeOutcome.Decoded);
        decoded.Should().HaveCount(12_000).And.OnlyContain(b => b == 0);
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData(long.MaxValue / 2)]
    [InlineData(0L)]
    [InlineData(-5L)]
    public void A_predictor_with_columns_out_of_range_is_undecodable_not_an_overflow(long columns) =>
        PdfDecoder.Decode(PdfBuilder.Zlib(Objects), [new PdfFilterStep(PdfName.FlateDecode, 12, 3, 16, columns)], 1 << 20, out _, out _)
            .Should().Be(PdfDecodeOutcome.Undecodable);

    private static byte[] Ascii85(byte[] data)
    {
        var output = new StringBuilder();
        for (var i = 0; i < data.Length; i += 4)
        {
            var count = Math.Min(4, data.Length - i);
            uint group = 0;
            for (var k = 0; k < 4; k++)
            {
                group = (group << 8) | (k < count ? data[i + k] : 0u);
            }

            var chars = new char[5];
            for (var k = 4; k >= 0; k--)
            {
                chars[k] = (char)('!' + (group % 85));
                group /= 85;
            }

            output.Append(chars, 0, count + 1).Append(i % 40 == 36 ? "\n" : string.Empty);
        }

        return Encoding.ASCII.GetBytes(output + "~>");
    }

    private static byte[] RunLength(byte[] data)
    {
        var output = new List<byte>();
        var i = 0;
        while (i < data.Length)
        {
            var run = 1;
            while (i + run < data.Length && run < 128 && data[i + run] == data[i])
            {
                run++;
            }

            if (run > 1)
            {
                output.AddRange([(byte)(257 - run), data[i]]);
            }
            else
            {
                output.AddRange([0, data[i]]);
            }

            i += run;
        }

        output.Add(128);
        return [.. output];
    }

    private static byte[] Png(byte[] data, int columns, int filter)
    {
        var output = new List<byte>();
        var previous = new byte[columns];
        for (var row = 0; row < data.Length; row += columns)
        {
            var current = data.Skip(row).Take(columns).ToArray();
            output.Add((byte)filter);
            for (var i = 0; i < current.Length; i++)
            {
                int left = i > 0 ? current[i - 1] : 0, up = previous[i], upLeft = i > 0 ? previous[i - 1] : 0;
                var prediction = filter switch
                {
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => 0,
                };
                output.Add(unchecked((byte)(current[i] - prediction)));
            }

            Array.Copy(current, previous, current.Length);
        }

        return [.. output];
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}

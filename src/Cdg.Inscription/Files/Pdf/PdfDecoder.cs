using System.IO.Compression;

namespace Cdg.Inscription.Files.Pdf;

/// <summary>
/// Decodes the data of a stream that can hold objects (an object stream, a cross-reference
/// stream) through its chain of filters, as a reader does: <c>/FlateDecode</c> (zlib),
/// <c>/ASCIIHexDecode</c>, <c>/ASCII85Decode</c> and <c>/RunLengthDecode</c>, each with the PNG
/// (10 to 15) or TIFF (2) predictor that its parameters give. Every step's output is bounded.
/// </summary>
/// <remarks>
/// <c>/LZWDecode</c>, any other filter, a TIFF predictor on other than 8-bit components, and a
/// predictor on a filter that does not take one are <see cref="PdfDecodeOutcome.Undecodable"/>:
/// the objects inside cannot be checked, so the file is refused as damaged.
/// </remarks>
internal static class PdfDecoder
{
    /// <summary>The most bytes read from the inflater at a time.</summary>
    private const int InflateChunkBytes = 64 * 1024;

    /// <summary>Decodes data through a chain of filters.</summary>
    /// <param name="data">The stream's data.</param>
    /// <param name="steps">The filters, in order.</param>
    /// <param name="maxBytes">The most bytes that any step may output.</param>
    /// <param name="decoded">The decoded data, when decoded.</param>
    /// <param name="bytesOut">How many bytes all steps output, counted against the file's limit.</param>
    /// <returns>How decoding ended.</returns>
    internal static PdfDecodeOutcome Decode(byte[] data, IReadOnlyList<PdfFilterStep> steps, int maxBytes, out byte[] decoded, out long bytesOut)
    {
        decoded = data;
        bytesOut = 0;
        foreach (var step in steps)
        {
            var outcome = step.Filter switch
            {
                PdfName.FlateDecode => Inflate(decoded, maxBytes, out decoded),
                PdfName.AsciiHexDecode => AsciiHex(decoded, out decoded),
                PdfName.Ascii85Decode => Ascii85(decoded, maxBytes, out decoded),
                PdfName.RunLengthDecode => RunLength(decoded, maxBytes, out decoded),
                _ => PdfDecodeOutcome.Undecodable,
            };
            if (outcome != PdfDecodeOutcome.Decoded)
            {
                return outcome;
            }

            bytesOut += decoded.Length;
            if (step.Predictor != 1)
            {
                if (step.Filter != PdfName.FlateDecode)
                {
                    return PdfDecodeOutcome.Undecodable;
                }

                outcome = PdfPredictor.Undo(decoded, step, out decoded);
                if (outcome != PdfDecodeOutcome.Decoded)
                {
                    return outcome;
                }
            }
        }

        return PdfDecodeOutcome.Decoded;
    }

    /// <summary>Whether data start with a zlib header for deflate, without a preset dictionary (RFC 1950).</summary>
    /// <param name="data">The data.</param>
    /// <param name="length">How many bytes of it there are.</param>
    /// <returns>True when they do.</returns>
    internal static bool IsZlibHeader(byte[] data, int length) =>
        length >= 2
        && (data[0] & 0x0F) == 8
        && (data[0] >> 4) <= 7
        && (data[1] & 0x20) == 0
        && ((data[0] << 8) | data[1]) % 31 == 0;

    private static PdfDecodeOutcome Inflate(byte[] data, int maxBytes, out byte[] inflated)
    {
        inflated = [];
        if (!IsZlibHeader(data, data.Length))
        {
            return PdfDecodeOutcome.Undecodable;
        }

        try
        {
            using var compressed = new MemoryStream(data, 2, data.Length - 2, writable: false);
            using var inflater = new DeflateStream(compressed, CompressionMode.Decompress);
            using var output = new MemoryStream();
            var chunk = new byte[InflateChunkBytes];
            while (true)
            {
                // At most one byte more than the limit allows: enough to know it is exceeded.
                var room = maxBytes - output.Length;
                var read = inflater.Read(chunk, 0, room >= chunk.Length ? chunk.Length : (int)room + 1);
                if (read == 0)
                {
                    inflated = output.ToArray();
                    return PdfDecodeOutcome.Decoded;
                }

                if (output.Length + read > maxBytes)
                {
                    return PdfDecodeOutcome.TooLarge;
                }

                output.Write(chunk, 0, read);
            }
        }
        catch (InvalidDataException)
        {
            return PdfDecodeOutcome.Undecodable;
        }
    }

    private static PdfDecodeOutcome AsciiHex(byte[] data, out byte[] decoded)
    {
        var output = new List<byte>(data.Length / 2);
        var high = -1;
        decoded = [];
        foreach (var value in data)
        {
            if (value == '>')
            {
                break;
            }

            if (PdfBytes.IsWhitespace(value))
            {
                continue;
            }

            var digit = PdfBytes.HexValue(value);
            if (digit < 0)
            {
                return PdfDecodeOutcome.Undecodable;
            }

            if (high < 0)
            {
                high = digit;
            }
            else
            {
                output.Add((byte)((high << 4) | digit));
                high = -1;
            }
        }

        if (high >= 0)
        {
            output.Add((byte)(high << 4));
        }

        decoded = [.. output];
        return PdfDecodeOutcome.Decoded;
    }

    private static PdfDecodeOutcome Ascii85(byte[] data, int maxBytes, out byte[] decoded)
    {
        var output = new List<byte>(data.Length);
        decoded = [];
        uint group = 0;
        var count = 0;
        for (var i = 0; i < data.Length; i++)
        {
            var value = data[i];
            if (PdfBytes.IsWhitespace(value))
            {
                continue;
            }

            if (value == '~')
            {
                break;
            }

            if (output.Count > maxBytes)
            {
                // Each 'z' gives four bytes: the only way this filter grows its input.
                return PdfDecodeOutcome.TooLarge;
            }

            if (value == 'z' && count == 0)
            {
                output.AddRange([0, 0, 0, 0]);
                continue;
            }

            if (value is < (byte)'!' or > (byte)'u')
            {
                return PdfDecodeOutcome.Undecodable;
            }

            group = unchecked((group * 85) + (uint)(value - '!'));
            if (++count == 5)
            {
                output.AddRange([(byte)(group >> 24), (byte)(group >> 16), (byte)(group >> 8), (byte)group]);
                group = 0;
                count = 0;
            }
        }

        if (count == 1)
        {
            return PdfDecodeOutcome.Undecodable;
        }

        if (count > 1)
        {
            // A final group of n characters is padded with 'u' and gives n - 1 bytes.
            for (var k = count; k < 5; k++)
            {
                group = unchecked((group * 85) + 84);
            }

            for (var k = 0; k < count - 1; k++)
            {
                output.Add((byte)(group >> (24 - (8 * k))));
            }
        }

        decoded = [.. output];
        return PdfDecodeOutcome.Decoded;
    }

    private static PdfDecodeOutcome RunLength(byte[] data, int maxBytes, out byte[] decoded)
    {
        var output = new MemoryStream();
        decoded = [];
        var i = 0;
        while (i < data.Length)
        {
            var length = data[i++];
            if (length == 128)
            {
                break;
            }

            if (length < 128)
            {
                var count = Math.Min(length + 1, data.Length - i);
                output.Write(data, i, count);
                i += count;
            }
            else if (i < data.Length)
            {
                var value = data[i++];
                for (var k = 0; k < 257 - length; k++)
                {
                    output.WriteByte(value);
                }
            }

            if (output.Length > maxBytes)
            {
                return PdfDecodeOutcome.TooLarge;
            }
        }

        decoded = output.ToArray();
        return PdfDecodeOutcome.Decoded;
    }
}

namespace Cdg.Inscription.Files.Pdf;

/// <summary>Undoes the predictor of a Flate stream (ISO 32000-1, 7.4.4.4): TIFF 2 on 8-bit components, PNG 10 to 15.</summary>
internal static class PdfPredictor
{
    /// <summary>The most bytes of one row.</summary>
    private const long MaxRowBytes = 1 << 20;

    /// <summary>Undoes a predictor.</summary>
    /// <param name="data">The inflated data.</param>
    /// <param name="step">The filter step, with the predictor's parameters.</param>
    /// <param name="decoded">The data without the predictor.</param>
    /// <returns>How it ended: <see cref="PdfDecodeOutcome.Undecodable"/> for an unknown predictor or parameters out of range.</returns>
    internal static PdfDecodeOutcome Undo(byte[] data, PdfFilterStep step, out byte[] decoded)
    {
        decoded = [];
        if (step.Colors is < 1 or > 32 || step.BitsPerComponent is not (1 or 2 or 4 or 8 or 16) || step.Columns is < 1 or > MaxRowBytes)
        {
            return PdfDecodeOutcome.Undecodable;
        }

        var rowBits = step.Columns * step.Colors * step.BitsPerComponent;
        var rowBytes = (rowBits + 7) / 8;
        if (rowBytes > MaxRowBytes)
        {
            return PdfDecodeOutcome.Undecodable;
        }

        var pixelBytes = (int)Math.Max(1, step.Colors * step.BitsPerComponent / 8);
        return step.Predictor switch
        {
            2 when step.BitsPerComponent == 8 => Tiff(data, (int)rowBytes, pixelBytes, out decoded),
            >= 10 and <= 15 => Png(data, (int)rowBytes, pixelBytes, out decoded),
            _ => PdfDecodeOutcome.Undecodable,
        };
    }

    private static PdfDecodeOutcome Tiff(byte[] data, int rowBytes, int pixelBytes, out byte[] decoded)
    {
        decoded = (byte[])data.Clone();
        for (var row = 0; row < decoded.Length; row += rowBytes)
        {
            var end = Math.Min(row + rowBytes, decoded.Length);
            for (var i = row + pixelBytes; i < end; i++)
            {
                decoded[i] = unchecked((byte)(decoded[i] + decoded[i - pixelBytes]));
            }
        }

        return PdfDecodeOutcome.Decoded;
    }

    /// <summary>PNG rows: a filter-type byte, then the row; a last row cut short is kept as far as it goes.</summary>
    private static PdfDecodeOutcome Png(byte[] data, int rowBytes, int pixelBytes, out byte[] decoded)
    {
        var rows = (data.Length + rowBytes) / (rowBytes + 1);
        var output = new byte[Math.Max(0, data.Length - rows)];
        var previous = new byte[rowBytes];
        var current = new byte[rowBytes];
        var written = 0;
        for (var at = 0; at < data.Length; at += rowBytes + 1)
        {
            var type = data[at];
            var length = Math.Min(rowBytes, data.Length - at - 1);
            if (type > 4)
            {
                decoded = [];
                return PdfDecodeOutcome.Undecodable;
            }

            for (var i = 0; i < length; i++)
            {
                var raw = data[at + 1 + i];
                var left = i >= pixelBytes ? current[i - pixelBytes] : 0;
                var up = previous[i];
                var upLeft = i >= pixelBytes ? previous[i - pixelBytes] : 0;
                current[i] = unchecked((byte)(raw + type switch
                {
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => 0,
                }));
            }

            Buffer.BlockCopy(current, 0, output, written, length);
            written += length;
            (previous, current) = (current, previous);
        }

        if (written < output.Length)
        {
            Array.Resize(ref output, written);
        }

        decoded = output;
        return PdfDecodeOutcome.Decoded;
    }

    private static int Paeth(int left, int up, int upLeft)
    {
        var estimate = left + up - upLeft;
        var toLeft = Math.Abs(estimate - left);
        var toUp = Math.Abs(estimate - up);
        var toUpLeft = Math.Abs(estimate - upLeft);
        return toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft;
    }
}

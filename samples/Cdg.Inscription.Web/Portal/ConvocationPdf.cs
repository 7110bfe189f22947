using System.Globalization;
using System.Text;

namespace Cdg.Inscription.Web.Portal;

/// <summary>A small, valid one-page PDF (Helvetica, WinAnsi text) written by hand: the convocation.</summary>
public static class ConvocationPdf
{
    /// <summary>The bytes of a PDF that prints <paramref name="lines"/>.</summary>
    /// <param name="lines">The lines, in French (Latin-1 characters).</param>
    /// <returns>The PDF.</returns>
    public static byte[] Write(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var text = new StringBuilder("BT /F1 12 Tf 72 770 Td 16 TL\n");
        foreach (var line in lines)
        {
            text.Append('(').Append(Escape(line)).Append(") Tj T*\n");
        }

        text.Append("ET\n");
        var latin1 = Encoding.Latin1;
        var stream = latin1.GetBytes(text.ToString());
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            null!,
        ];
        using var output = new MemoryStream();
        void Write(string s) => output.Write(latin1.GetBytes(s));
        Write("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new long[objects.Length];
        for (var i = 0; i < objects.Length; i++)
        {
            offsets[i] = output.Position;
            Write(FormattableString.Invariant($"{i + 1} 0 obj\n"));
            if (objects[i] is null)
            {
                Write(FormattableString.Invariant($"<< /Length {stream.Length} >>\nstream\n"));
                output.Write(stream);
                Write("\nendstream");
            }
            else
            {
                Write(objects[i]);
            }

            Write("\nendobj\n");
        }

        var xref = output.Position;
        Write(FormattableString.Invariant($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n"));
        foreach (var offset in offsets)
        {
            Write(offset.ToString("D10", CultureInfo.InvariantCulture) + " 00000 n \n");
        }

        Write(FormattableString.Invariant($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"));
        return output.ToArray();
    }

    private static string Escape(string line) =>
        line.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal);
}

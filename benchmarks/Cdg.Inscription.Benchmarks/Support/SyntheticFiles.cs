using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Cdg.Inscription.Benchmarks.Support;

/// <summary>
/// Valid PDFs and JPEGs of a chosen size, made in memory so that every size can be measured
/// without committing large files: a PDF of pages whose images pad it to the size, with or without
/// compressed object streams; a JPEG whose entropy-coded data pads it.
/// </summary>
internal static class SyntheticFiles
{
    /// <summary>A PDF of about <paramref name="size"/> bytes, and where its object streams' data lies.</summary>
    /// <param name="size">The size to reach, in bytes.</param>
    /// <param name="objectStreams">Whether the page dictionaries sit in compressed object streams (a tenth of the size, inflated).</param>
    /// <returns>The file, and the offset and length of each object stream's compressed data.</returns>
    public static (byte[] File, IReadOnlyList<(int Offset, int Length)> ObjectStreams) Pdf(int size, bool objectStreams)
    {
        var random = new Random(42);
        var output = new MemoryStream();
        var offsets = new List<long>();
        var streams = new List<(int, int)>();
        Write(output, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");

        void Object(string body, byte[]? data = null)
        {
            offsets.Add(output.Length);
            Write(output, $"{offsets.Count} 0 obj\n{body}");
            if (data is not null)
            {
                Write(output, "\nstream\n");
                output.Write(data);
                Write(output, "\nendstream");
            }

            Write(output, "\nendobj\n");
        }

        Object("<< /Type /Catalog /Pages 2 0 R >>");
        var pages = Math.Max(1, size / 200_000);
        Object($"<< /Type /Pages /Kids [{string.Join(" ", Enumerable.Range(0, pages).Select(i => $"{3 + i} 0 R"))}] /Count {pages} >>");
        for (var i = 0; i < pages; i++)
        {
            Object($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 {3 + pages + i} 0 R >> >> /Annots [<< /Type /Annot /Subtype /Link /Rect [0 0 10 10] /A << /S /URI /URI (https://www.cdg.example/{i}) >> >>] >>");
        }

        if (objectStreams)
        {
            // Dictionaries that a scanner must read: font-like objects, a tenth of the file once
            // inflated, in object streams of about 256 KiB each, numbered after the file's own.
            var inflated = 0;
            for (var number = 1_000_000; inflated < size / 10;)
            {
                var header = new StringBuilder();
                var body = new StringBuilder();
                for (var n = 0; n < 1000; n++, number++)
                {
                    header.Append(CultureInfo.InvariantCulture, $"{number} {body.Length} ");
                    body.Append(CultureInfo.InvariantCulture, $"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 255 /Widths [{n} 250 333 500] >>\n");
                }

                var content = Encoding.ASCII.GetBytes(header.ToString() + body);
                inflated += content.Length;
                var compressed = Deflate(content);
                Object($"<< /Type /ObjStm /N 1000 /First {header.Length} /Filter /FlateDecode /Length {compressed.Length} >>", compressed);
                streams.Add(((int)(output.Length - compressed.Length - "\nendstream\nendobj\n".Length), compressed.Length));
            }
        }

        // Images (random bytes, as JPEG data is) pad the file to its size.
        var left = Math.Max(1024, size - (int)output.Length - 1024 - (pages * 40));
        for (var i = 0; i < pages; i++)
        {
            var image = new byte[left / pages];
            random.NextBytes(image);
            Object($"<< /Type /XObject /Subtype /Image /Width 100 /Height 100 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length {image.Length} >>", image);
        }

        var xref = output.Length;
        var table = new StringBuilder($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        Write(output, table.ToString());
        Write(output, $"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return (output.ToArray(), streams);
    }

    /// <summary>A baseline JPEG of about <paramref name="size"/> bytes: a real image's header, then entropy-coded data, then the end of image.</summary>
    /// <param name="header">A real JPEG, whose segments up to the first scan's data are kept.</param>
    /// <param name="size">The size to reach, in bytes.</param>
    /// <returns>The file.</returns>
    public static byte[] Jpeg(byte[] header, int size)
    {
        var scanData = ScanDataOffset(header);
        var output = new byte[Math.Max(size, scanData + 2)];
        header.AsSpan(0, scanData).CopyTo(output);
        var random = new Random(42);
        random.NextBytes(output.AsSpan(scanData, output.Length - scanData - 2));
        for (var i = scanData; i < output.Length - 2; i++)
        {
            if (output[i] == 0xFF)
            {
                // A byte 0xFF in the data is followed by a stuffed 0x00, as an encoder writes it.
                if (i + 1 < output.Length - 2)
                {
                    output[++i] = 0x00;
                }
                else
                {
                    output[i] = 0x00;
                }
            }
        }

        output[^2] = 0xFF;
        output[^1] = 0xD9;
        return output;
    }

    /// <summary>The repository's test corpus, found from where the benchmarks run.</summary>
    /// <param name="name">A fixture's file name.</param>
    /// <returns>Its bytes.</returns>
    public static byte[] Fixture(string name)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var path = Path.Combine(folder.FullName, "tests", "Cdg.Inscription.Tests", "Files", "Fixtures", name);
            if (File.Exists(path))
            {
                return File.ReadAllBytes(path);
            }
        }

        throw new FileNotFoundException($"The fixture {name} was not found above {AppContext.BaseDirectory}.");
    }

    private static int ScanDataOffset(byte[] jpeg)
    {
        var position = 2;
        while (position + 4 <= jpeg.Length)
        {
            var marker = jpeg[position + 1];
            var length = (jpeg[position + 2] << 8) | jpeg[position + 3];
            if (marker == 0xDA)
            {
                return position + 2 + length;
            }

            position += 2 + length;
        }

        throw new InvalidDataException("The JPEG has no scan.");
    }

    private static byte[] Deflate(byte[] data)
    {
        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return compressed.ToArray();
    }

    private static void Write(Stream output, string text) => output.Write(Encoding.Latin1.GetBytes(text));
}

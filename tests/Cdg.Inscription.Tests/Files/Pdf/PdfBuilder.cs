using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Cdg.Inscription.Tests.Files.Pdf;

/// <summary>
/// Writes PDFs in memory for the tests: objects, streams, object streams, and sections that each
/// end with a correct cross-reference table (or stream) with byte offsets, a trailer,
/// <c>startxref</c> and <c>%%EOF</c>. A section after the first is an incremental update.
/// </summary>
internal sealed class PdfBuilder
{
    private readonly MemoryStream _output = new();

    /// <summary>The cross-reference entries of the section being written: type 1 (offset) or 2 (object stream, index).</summary>
    private readonly SortedDictionary<int, (int Type, long Field2, int Field3)> _entries = [];

    private int _next = 1;
    private long _previousSection = -1;
    private bool _firstSection = true;

    /// <summary>Starts a file with the header <c>%PDF-</c><paramref name="version"/> and a binary comment.</summary>
    public PdfBuilder(string version = "1.7")
    {
        Write($"%PDF-{version}\n%\u00E2\u00E3\u00CF\u00D3\n");
    }

    /// <summary>The catalog, for the trailer's <c>/Root</c>.</summary>
    public int Root { get; set; }

    /// <summary>The bytes written so far.</summary>
    public long Length => _output.Length;

    /// <summary>A PDF of <paramref name="pages"/> pages, in one section with a cross-reference table.</summary>
    public static byte[] Document(int pages = 1, params string[] objects)
    {
        var pdf = new PdfBuilder().AddPages(pages);
        foreach (var body in objects)
        {
            pdf.Add(body);
        }

        return pdf.Build();
    }

    /// <summary>The zlib form (RFC 1950) of bytes.</summary>
    public static byte[] Zlib(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

    /// <summary>The Latin-1 bytes of a text.</summary>
    public static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);

    /// <summary>A number for an object written later.</summary>
    public int Reserve() => _next++;

    /// <summary>Writes an object; <paramref name="body"/> is its PDF text.</summary>
    public int Add(string body) => Add(Reserve(), body);

    /// <summary>Writes an object of a reserved number.</summary>
    public int Add(int number, string body)
    {
        _entries[number] = (1, _output.Length, 0);
        Write($"{number} 0 obj\n{body}\nendobj\n");
        return number;
    }

    /// <summary>
    /// Writes a stream: <paramref name="entries"/> are its dictionary's entries but <c>/Length</c>,
    /// which is direct, or an indirect reference to an object written after the stream.
    /// </summary>
    public int AddStream(string entries, byte[] data, bool indirectLength = false) => AddStream(Reserve(), entries, data, indirectLength);

    /// <summary>Writes a stream of a reserved number.</summary>
    public int AddStream(int number, string entries, byte[] data, bool indirectLength = false, long? declaredLength = null)
    {
        _entries[number] = (1, _output.Length, 0);
        var lengthNumber = indirectLength ? Reserve() : 0;
        var length = indirectLength
            ? $"{lengthNumber} 0 R"
            : (declaredLength ?? data.Length).ToString(CultureInfo.InvariantCulture);
        Write($"{number} 0 obj\n<< {entries} /Length {length} >>\nstream\n");
        _output.Write(data);
        Write("\nendstream\nendobj\n");
        if (indirectLength)
        {
            Add(lengthNumber, data.Length.ToString(CultureInfo.InvariantCulture));
        }

        return number;
    }

    /// <summary>
    /// Writes objects into an object stream, compressed with zlib unless <paramref name="filter"/> is
    /// null; their cross-reference entries are then of type 2, which needs a cross-reference stream.
    /// </summary>
    public int AddObjectStream(IReadOnlyList<(int Number, string Body)> objects, string? filter = "/FlateDecode", bool indirectLength = false)
    {
        var offsets = new StringBuilder();
        var bodies = new StringBuilder();
        foreach (var (number, body) in objects)
        {
            offsets.Append(CultureInfo.InvariantCulture, $"{number} {bodies.Length} ");
            bodies.Append(body).Append('\n');
        }

        var data = Latin1(offsets.ToString() + bodies);
        var stream = Reserve();
        for (var i = 0; i < objects.Count; i++)
        {
            _entries[objects[i].Number] = (2, stream, i);
        }

        var entries = $"/Type /ObjStm /N {objects.Count} /First {offsets.Length}" + (filter is null ? string.Empty : $" /Filter {filter}");
        return AddStream(stream, entries, filter is null ? data : Zlib(data), indirectLength);
    }

    /// <summary>Writes objects, given by their bodies, into an object stream; returns their numbers.</summary>
    public int[] AddObjectStream(params string[] bodies)
    {
        var objects = bodies.Select(body => (Reserve(), body)).ToArray();
        AddObjectStream(objects);
        return objects.Select(o => o.Item1).ToArray();
    }

    /// <summary>Writes a catalog, the root of a page tree and <paramref name="count"/> pages, in an object stream or not.</summary>
    public PdfBuilder AddPages(int count, bool inObjectStream = false)
    {
        var catalog = Reserve();
        var pages = Reserve();
        var kids = Enumerable.Range(0, count).Select(_ => Reserve()).ToArray();
        var objects = new List<(int Number, string Body)>
        {
            (catalog, $"<< /Type /Catalog /Pages {pages} 0 R >>"),
            (pages, $"<< /Type /Pages /Kids [{string.Join(" ", kids.Select(k => $"{k} 0 R"))}] /Count {count} >>"),
        };
        objects.AddRange(kids.Select(kid => (kid, $"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 595 842] /Resources << >> >>")));
        if (inObjectStream)
        {
            AddObjectStream(objects);
        }
        else
        {
            foreach (var (number, body) in objects)
            {
                Add(number, body);
            }
        }

        Root = catalog;
        return this;
    }

    /// <summary>Writes bytes as they are.</summary>
    public PdfBuilder Write(byte[] bytes)
    {
        _output.Write(bytes);
        return this;
    }

    /// <summary>Writes text, in Latin-1, as it is.</summary>
    public PdfBuilder Write(string text) => Write(Latin1(text));

    /// <summary>
    /// Ends a section: its cross-reference table (or, with <paramref name="xrefStream"/>, stream,
    /// whose dictionary starts with <paramref name="xrefStreamEntries"/>), the trailer with
    /// <paramref name="trailerEntries"/>, <c>startxref</c> and <c>%%EOF</c>.
    /// </summary>
    /// <returns>The offset of the cross-reference section.</returns>
    public long EndSection(string trailerEntries = "", bool xrefStream = false, string xrefStreamEntries = "")
    {
        var prev = _previousSection < 0 ? string.Empty : $" /Prev {_previousSection}";
        long offset;
        if (xrefStream)
        {
            var number = Reserve();
            offset = _output.Length;
            _entries[number] = (1, offset, 0);
            var (index, data) = BinaryEntries();
            Write($"{number} 0 obj\n<< {xrefStreamEntries} /Type /XRef /Size {_next} /W [1 8 2] /Index [{index}] /Root {Root} 0 R{prev} {trailerEntries} /Length {data.Length} >>\nstream\n");
            Write(data);
            Write("\nendstream\nendobj\n");
        }
        else
        {
            if (_entries.Values.Any(e => e.Type == 2))
            {
                throw new InvalidOperationException("Objects in object streams need a cross-reference stream.");
            }

            offset = _output.Length;
            Write("xref\n");
            foreach (var (start, numbers) in Subsections())
            {
                Write($"{start} {numbers.Count}\n");
                foreach (var number in numbers)
                {
                    Write(number == 0 ? "0000000000 65535 f\r\n" : $"{_entries[number].Field2:D10} 00000 n\r\n");
                }
            }

            Write($"trailer\n<< /Size {_next} /Root {Root} 0 R{prev} {trailerEntries} >>\n");
        }

        Write($"startxref\n{offset}\n%%EOF\n");
        _previousSection = offset;
        _entries.Clear();
        _firstSection = false;
        return offset;
    }

    /// <summary>Ends the section and gives the file's bytes.</summary>
    public byte[] Build(string trailerEntries = "", bool xrefStream = false)
    {
        EndSection(trailerEntries, xrefStream);
        return ToArray();
    }

    /// <summary>The bytes written so far.</summary>
    public byte[] ToArray() => _output.ToArray();

    private IEnumerable<(int Start, List<int> Numbers)> Subsections()
    {
        var numbers = _entries.Keys.ToList();
        if (_firstSection)
        {
            numbers.Insert(0, 0);
        }

        var run = new List<int>();
        foreach (var number in numbers)
        {
            if (run.Count > 0 && number != run[^1] + 1)
            {
                yield return (run[0], run);
                run = [];
            }

            run.Add(number);
        }

        if (run.Count > 0)
        {
            yield return (run[0], run);
        }
    }

    /// <summary>The <c>/Index</c> and the entries of a cross-reference stream, with <c>/W [1 8 2]</c>.</summary>
    private (string Index, byte[] Data) BinaryEntries()
    {
        var index = new StringBuilder();
        using var data = new MemoryStream();
        foreach (var (start, numbers) in Subsections())
        {
            index.Append(CultureInfo.InvariantCulture, $"{start} {numbers.Count} ");
            foreach (var number in numbers)
            {
                var (type, field2, field3) = number == 0 ? (0, 0L, 65535) : _entries[number];
                data.WriteByte((byte)type);
                for (var shift = 56; shift >= 0; shift -= 8)
                {
                    data.WriteByte((byte)(field2 >> shift));
                }

                data.WriteByte((byte)(field3 >> 8));
                data.WriteByte((byte)field3);
            }
        }

        return (index.ToString().TrimEnd(), data.ToArray());
    }
}

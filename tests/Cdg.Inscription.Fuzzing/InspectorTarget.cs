using System.Runtime.InteropServices;
using System.Text;
using Cdg.Inscription.Files;
using Cdg.Inscription.Files.Inspection;
using Cdg.Inscription.Files.Jpeg;
using Cdg.Inscription.Files.Pdf;

namespace Cdg.Inscription.Fuzzing;

/// <summary>
/// The fuzzing target: one input through the whole <see cref="FileInspector"/>, through the
/// structural checks of both formats, and through both content scanners in three chunkings.
/// Any exception that escapes is a crash for AFL++; a broken promise that throws nothing is turned
/// into an <see cref="InvariantViolationException"/>.
/// </summary>
/// <remarks>
/// The promises checked: the inspector never throws for content and gives a verdict that is
/// accepted or has refusals, never both nor neither, and leaves a seekable stream at position 0;
/// <see cref="PdfStructure"/> and <see cref="JpegStructure"/> never throw; each scanner finds the
/// same (<see cref="ScanOutcome"/>) when fed the input in one chunk, one byte at a time (inputs up to
/// <see cref="MaxBytewiseLength"/> bytes), and in the chunks of its <see cref="ChunkPlan"/>. Each
/// chunk is copied between guard bytes that read <c>/JS (</c> and <c>FF D9</c>, so that a scanner
/// that read outside the bytes given would find JavaScript, an open string or an end of image.
/// Every input goes to both scanners and both structural checks, whatever its first bytes say.
/// The input's first bytes, read as UTF-8 and as raw UTF-16, are also the browser's name and
/// declared content type given to <see cref="DisplayName.Clean"/> and
/// <see cref="DeclaredContentType.Contradiction"/>, which must not throw either, and the cleaned
/// name must keep the promises of <see cref="DisplayName"/>: the content's extension, within
/// <see cref="DisplayName.MaxLength"/> characters and <see cref="DisplayName.MaxUtf8Bytes"/>
/// UTF-8 bytes, no control, lone surrogate, path separator or character that Windows forbids.
/// </remarks>
internal static class InspectorTarget
{
    /// <summary>
    /// The cap on inflated bytes, for the inspector and the PDF scanner: 1 MiB instead of the
    /// default 64 MiB, so that a compression bomb costs milliseconds, not a second, per execution.
    /// The code that enforces it is the same.
    /// </summary>
    internal const long MaxInflatedBytes = 1024 * 1024;

    /// <summary>The largest input that is also fed one byte at a time.</summary>
    internal const int MaxBytewiseLength = 64 * 1024;

    /// <summary>The most bytes of the input that make the names checked.</summary>
    internal const int MaxNameBytes = 512;

    /// <summary>The bytes around each chunk.</summary>
    private static readonly byte[] Guard = [(byte)'/', (byte)'J', (byte)'S', (byte)' ', (byte)'(', 0xFF, 0xD9, 0xFF];

    /// <summary>The inspector, with every default but <see cref="MaxInflatedBytes"/>.</summary>
    private static readonly FileInspector Inspector = new(new FileInspectionOptions { MaxInflatedBytes = MaxInflatedBytes });

    /// <summary>Reads the input from AFL++'s stream and checks it.</summary>
    /// <param name="stream">The input.</param>
    internal static void Run(Stream stream)
    {
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        Check(memory.ToArray());
    }

    /// <summary>Checks one input; throws on any finding.</summary>
    /// <param name="input">The bytes.</param>
    internal static void Check(byte[] input)
    {
        CheckInspector(input);
        CheckNames(input);
        CheckStructures(input);
        CheckScanner("PdfScanner", input, () => new PdfScanner(MaxInflatedBytes));
        CheckScanner("JpegScanner", input, () => new JpegScanner());
    }

    /// <summary>The whole inspector, on a seekable stream left at an arbitrary position.</summary>
    private static void CheckInspector(byte[] input)
    {
        using var content = new MemoryStream(input, writable: false);
        content.Position = input.Length / 2;
        var browserName = input.Length > 0 && input[0] == 0xFF ? "piece.jpg" : "piece.pdf";
        var verdict = Inspector.InspectAsync(content, browserName, declaredContentType: null).GetAwaiter().GetResult();
        if (verdict.IsAccepted == verdict.Refusals.Count > 0)
        {
            throw new InvariantViolationException($"The verdict is accepted={verdict.IsAccepted} with {verdict.Refusals.Count} refusals: {verdict}.");
        }

        if (verdict.IsAccepted && verdict.DetectedType != verdict.File.Type)
        {
            throw new InvariantViolationException($"The accepted file is {verdict.File.Type}, the detected type {verdict.DetectedType}.");
        }

        if (content.Position != 0)
        {
            throw new InvariantViolationException($"The stream was left at {content.Position}, not 0.");
        }
    }

    /// <summary>The cleaning of the browser's name and the declared content type, from the input's first bytes.</summary>
    private static void CheckNames(byte[] input)
    {
        var head = input.AsSpan(0, Math.Min(input.Length, MaxNameBytes));
        var utf8 = Encoding.UTF8.GetString(head);
        var utf16 = new string(MemoryMarshal.Cast<byte, char>(head));
        foreach (var name in new[] { utf8, utf16 })
        {
            foreach (var type in new[] { FileType.Pdf, FileType.Jpeg })
            {
                CheckName(name, type);
                _ = DeclaredContentType.Contradiction(name, type);
            }
        }
    }

    /// <summary>Cleans one name and checks what <see cref="DisplayName.Clean"/> promises of the result.</summary>
    private static void CheckName(string browserName, FileType type)
    {
        var cleaned = DisplayName.Clean(browserName, type).Name;
        var extension = type == FileType.Pdf ? ".pdf" : ".jpg";
        var broken = !cleaned.EndsWith(extension, StringComparison.Ordinal) ? "does not end with " + extension
            : cleaned.Length > DisplayName.MaxLength ? "is too long"
            : Encoding.UTF8.GetByteCount(cleaned) > DisplayName.MaxUtf8Bytes ? "takes too many UTF-8 bytes"
            : string.IsNullOrWhiteSpace(cleaned.Substring(0, cleaned.Length - extension.Length)) ? "has a blank stem"
            : cleaned.IndexOfAny(['<', '>', ':', '"', '|', '?', '*', '/', '\\']) >= 0 ? "holds a forbidden character"
            : cleaned.Any(char.IsControl) ? "holds a control character"
            : HasLoneSurrogate(cleaned) ? "holds a lone surrogate"
            : null;
        if (broken is not null)
        {
            throw new InvariantViolationException($"The cleaned name \"{cleaned}\" {broken}.");
        }

        _ = new FileRecord(Guid.NewGuid(), cleaned, type, 1, new string('0', 64));
    }

    /// <summary>Whether a text holds a surrogate that is not part of a pair.</summary>
    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogatePair(text, i))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The structural checks of both formats, which must not throw for any content.</summary>
    private static void CheckStructures(byte[] input)
    {
        using var content = new MemoryStream(input, writable: false);
        PdfStructure.CheckAsync(content, new FormatReport(), CancellationToken.None).GetAwaiter().GetResult();
        JpegStructure.CheckAsync(content, new FormatReport(), CancellationToken.None).GetAwaiter().GetResult();
    }

    /// <summary>Feeds the input to fresh scanners in three ways and compares what they found.</summary>
    private static void CheckScanner(string name, byte[] input, Func<IContentScanner> create)
    {
        var whole = FeedWhole(create(), input);
        if (input.Length <= MaxBytewiseLength)
        {
            var bytewise = FeedChunks(create(), input, () => 1);
            Compare(name, "one byte at a time", whole, bytewise);
        }

        var plan = new ChunkPlan(input);
        var planned = FeedChunks(create(), input, plan.Next);
        Compare(name, "in planned chunks", whole, planned);
    }

    /// <summary>Feeds the input in one chunk, straight from its array.</summary>
    private static ScanOutcome FeedWhole(IContentScanner scanner, byte[] input)
    {
        if (input.Length > 0)
        {
            scanner.Scan(input, 0, input.Length);
        }

        return Complete(scanner);
    }

    /// <summary>Feeds the input in chunks of the sizes given, each copied between guard bytes.</summary>
    private static ScanOutcome FeedChunks(IContentScanner scanner, byte[] input, Func<int> nextSize)
    {
        var buffer = Array.Empty<byte>();
        var start = 0;
        while (start < input.Length)
        {
            var count = Math.Min(nextSize(), input.Length - start);
            var needed = count + (2 * Guard.Length);
            if (buffer.Length < needed)
            {
                buffer = new byte[Math.Max(needed, 2 * buffer.Length)];
            }

            Guard.CopyTo(buffer, 0);
            Buffer.BlockCopy(input, start, buffer, Guard.Length, count);
            Guard.CopyTo(buffer, Guard.Length + count);
            scanner.Scan(buffer, Guard.Length, count);
            start += count;
        }

        return Complete(scanner);
    }

    /// <summary>Ends a scan and reads what it found.</summary>
    private static ScanOutcome Complete(IContentScanner scanner)
    {
        var report = new FormatReport();
        scanner.Complete(report);
        var pdf = scanner as PdfScanner;
        return new ScanOutcome(
            report.Faults.ToString(),
            report.PageCount,
            report.PixelWidth,
            report.PixelHeight,
            pdf?.InflatedBytes ?? -1,
            pdf?.LastEndOfFileOffset ?? -1);
    }

    /// <summary>Throws when a chunking found something else than the single chunk.</summary>
    private static void Compare(string scanner, string feeding, ScanOutcome whole, ScanOutcome chunked)
    {
        if (whole != chunked)
        {
            throw new InvariantViolationException($"{scanner} fed {feeding} found {chunked}, in one chunk {whole}.");
        }
    }
}

using Cdg.Inscription.Files.Inspection;
using Cdg.Inscription.Files.Pdf;

namespace Cdg.Inscription.Tests.Files.Pdf;

/// <summary>Feeds a PDF to a <see cref="PdfScanner"/> in chunks of a given size, as the inspector would.</summary>
internal static class PdfScan
{
    /// <summary>The limit of inflated bytes of the tests that do not test it.</summary>
    internal const long DefaultMaxInflatedBytes = 64L * 1024 * 1024;

    /// <summary>The chunk sizes of the tests that feed a file in several ways: a byte, an odd size, a page, all at once.</summary>
    internal static readonly int[] ChunkSizes = [1, 7, 4096, int.MaxValue];

    /// <summary>
    /// Scans a PDF in chunks of <paramref name="chunkSize"/> bytes and gives the report and the scanner.
    /// Each chunk is copied into a buffer between bytes that read <c>/JS (</c>, so that a scanner that
    /// read outside the bytes it is given would find JavaScript or an open string.
    /// </summary>
    internal static (FormatReport Report, PdfScanner Scanner) Run(byte[] pdf, int chunkSize = int.MaxValue, long maxInflatedBytes = DefaultMaxInflatedBytes)
    {
        var scanner = new PdfScanner(maxInflatedBytes);
        var size = Math.Max(1, Math.Min(chunkSize, pdf.Length));
        var buffer = new byte[size + 8];
        for (var start = 0; start < pdf.Length; start += size)
        {
            var count = Math.Min(size, pdf.Length - start);
            "/JS"u8.CopyTo(buffer);
            Array.Copy(pdf, start, buffer, 3, count);
            "/JS ("u8.CopyTo(buffer.AsSpan(3 + count));
            scanner.Scan(buffer, 3, count);
        }

        var report = new FormatReport();
        scanner.Complete(report);
        return (report, scanner);
    }

    /// <summary>Scans a PDF and gives the report.</summary>
    internal static FormatReport Report(byte[] pdf, int chunkSize = int.MaxValue, long maxInflatedBytes = DefaultMaxInflatedBytes) =>
        Run(pdf, chunkSize, maxInflatedBytes).Report;

    /// <summary>The faults of a PDF scanned in chunks of <paramref name="chunkSize"/> bytes.</summary>
    internal static FileFaults Faults(byte[] pdf, int chunkSize = int.MaxValue) => Report(pdf, chunkSize).Faults;

    /// <summary>
    /// The faults of a PDF scanned whole and then read as a reader reads it (<see cref="PdfReaderView"/>),
    /// as the inspector does for a file with a <c>%%EOF</c> that is neither encrypted nor a bomb.
    /// </summary>
    internal static async Task<FileFaults> FaultsAsReadAsync(byte[] pdf, long maxInflatedBytes = DefaultMaxInflatedBytes)
    {
        var report = await ReportAsReadAsync(pdf, maxInflatedBytes);
        return report.Faults;
    }

    /// <summary>The report of a PDF scanned whole and then read as a reader reads it, with the bytes that the reader's view read.</summary>
    internal static async Task<FormatReport> ReportAsReadAsync(byte[] pdf, long maxInflatedBytes = DefaultMaxInflatedBytes)
    {
        var (report, scanner) = Run(pdf, int.MaxValue, maxInflatedBytes);
        if (scanner.LastEndOfFileOffset >= 0 && !report.Has(FileFaults.Encrypted) && !report.Has(FileFaults.CompressionBomb))
        {
            using var content = new MemoryStream(pdf, writable: false);
            await PdfReaderView.CheckAsync(content, scanner.LastEndOfFileOffset, report, maxInflatedBytes, CancellationToken.None);
        }

        return report;
    }
}

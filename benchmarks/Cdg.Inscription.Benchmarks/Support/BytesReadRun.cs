using System.Globalization;
using Cdg.Inscription.Benchmarks.Files;
using Cdg.Inscription.Files;
using Cdg.Inscription.Files.Inspection;
using Cdg.Inscription.Files.Jpeg;
using Cdg.Inscription.Files.Pdf;

namespace Cdg.Inscription.Benchmarks.Support;

/// <summary>
/// The <c>--bytes-read</c> mode, outside BenchmarkDotNet, which does not count what a stream
/// returns: for each kind and size of the structural-check benchmarks, the bytes that the checks
/// read, and the inspector's verdict on the file (every synthetic file must be accepted); then, for
/// the PDFs of the content-scan benchmarks, the bytes that the reader's view reads.
/// </summary>
internal static class BytesReadRun
{
    /// <summary>Runs the mode; returns the process's exit code.</summary>
    internal static int Run()
    {
        var inspector = new FileInspector(new FileInspectionOptions { MaxSize = 100_000_000 });
        var allAccepted = true;
        Console.WriteLine("| File | Size | Structural checks read | Limit | Verdict |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var kind in new[] { FileKind.Pdf, FileKind.Jpeg })
        {
            foreach (var size in new[] { 50_000, 5_000_000, 50_000_000 })
            {
                var bytes = BenchmarkFile.Bytes(kind, size);
                using var counted = new CountingStream(new MemoryStream(bytes, writable: false));
                var report = new FormatReport();
                var check = kind == FileKind.Pdf ? PdfStructure.CheckAsync(counted, report, CancellationToken.None) : JpegStructure.CheckAsync(counted, report, CancellationToken.None);
                check.GetAwaiter().GetResult();
                var verdict = inspector.InspectAsync(new MemoryStream(bytes, writable: false), "piece").GetAwaiter().GetResult();
                allAccepted &= verdict.IsAccepted && report.Faults == FileFaults.None;
                var limit = kind == FileKind.Pdf ? PdfStructure.MaxBytesRead : JpegStructure.MaxBytesRead;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {kind} | {bytes.Length:N0} B | {counted.BytesRead:N0} B | {limit:N0} B | {verdict} |"));
            }
        }

        Console.WriteLine();
        Console.WriteLine("| PDF | Size | Reader's view read | Verdict |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var objectStreams in new[] { false, true })
        {
            foreach (var size in new[] { 50_000, 5_000_000, 50_000_000 })
            {
                var (bytes, _) = SyntheticFiles.Pdf(size, objectStreams);
                var scanner = new PdfScanner(FileInspectionOptions.DefaultMaxInflatedBytes);
                scanner.Scan(bytes, 0, bytes.Length);
                var report = new FormatReport();
                scanner.Complete(report);
                var read = PdfReaderView.CheckAsync(new MemoryStream(bytes, writable: false), scanner.LastEndOfFileOffset, report, FileInspectionOptions.DefaultMaxInflatedBytes, CancellationToken.None).GetAwaiter().GetResult();
                allAccepted &= report.Faults == FileFaults.None;
                var kind = objectStreams ? "with object streams" : "without object streams";
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {kind} | {bytes.Length:N0} B | {read:N0} B | {report.Faults} |"));
            }
        }

        return allAccepted ? 0 : 1;
    }
}

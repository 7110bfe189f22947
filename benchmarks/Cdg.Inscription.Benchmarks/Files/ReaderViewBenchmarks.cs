using System.IO.Compression;
using BenchmarkDotNet.Attributes;
using Cdg.Inscription.Benchmarks.Support;
using Cdg.Inscription.Files;
using Cdg.Inscription.Files.Inspection;
using Cdg.Inscription.Files.Pdf;

namespace Cdg.Inscription.Benchmarks.Files;

/// <summary>
/// The reader's view of a PDF (FILE-04: the objects that a reader loads, read where the
/// cross-reference places them) beside the sequential scan, over 50 KB, 5 MB and 50 MB files, with
/// and without object streams. The baseline is a plain sequential read of the same bytes; beside
/// it, the same read plus inflating the object streams, the work that neither view can avoid.
/// </summary>
[MemoryDiagnoser]
public class ReaderViewBenchmarks
{
    private const int Chunk = 64 * 1024;
    private readonly byte[] _buffer = new byte[Chunk];
    private readonly byte[] _inflated = new byte[Chunk];
    private byte[] _file = null!;
    private IReadOnlyList<(int Offset, int Length)> _objectStreams = [];
    private long _endOfFile;

    /// <summary>The file's size in bytes.</summary>
    [Params(50_000, 5_000_000, 50_000_000)]
    public int Size { get; set; }

    /// <summary>Whether a tenth of the file, inflated, sits in compressed object streams.</summary>
    [Params(false, true)]
    public bool ObjectStreams { get; set; }

    /// <summary>Makes the file, and checks that both views find nothing wrong with it.</summary>
    [GlobalSetup]
    public void Setup()
    {
        (_file, _objectStreams) = SyntheticFiles.Pdf(Size, ObjectStreams);
        var scanner = new PdfScanner(FileInspectionOptions.DefaultMaxInflatedBytes);
        scanner.Scan(_file, 0, _file.Length);
        scanner.Complete(new FormatReport());
        _endOfFile = scanner.LastEndOfFileOffset;
        if (ReaderView())
        {
            throw new InvalidOperationException("The reader's view finds the synthetic file faulty.");
        }
    }

    /// <summary>The baseline: a plain sequential read of the bytes, in 64 KiB chunks.</summary>
    /// <returns>The bytes read.</returns>
    [Benchmark(Baseline = true)]
    public long PlainRead()
    {
        using var content = new MemoryStream(_file, writable: false);
        long total = 0;
        int read;
        while ((read = content.Read(_buffer, 0, Chunk)) > 0)
        {
            total += read;
        }

        return total;
    }

    /// <summary>The same read, then inflating every object stream with <see cref="ZLibStream"/>.</summary>
    /// <returns>The bytes read and inflated.</returns>
    [Benchmark]
    public long ReadAndInflate()
    {
        var total = PlainRead();
        foreach (var (offset, length) in _objectStreams)
        {
            using var zlib = new ZLibStream(new MemoryStream(_file, offset, length, writable: false), CompressionMode.Decompress);
            int read;
            while ((read = zlib.Read(_inflated, 0, Chunk)) > 0)
            {
                total += read;
            }
        }

        return total;
    }

    /// <summary>The sequential scan, in 64 KiB chunks.</summary>
    /// <returns>Whether it found a fault (it finds none).</returns>
    [Benchmark]
    public bool Scan()
    {
        using var content = new MemoryStream(_file, writable: false);
        var scanner = new PdfScanner(FileInspectionOptions.DefaultMaxInflatedBytes);
        int read;
        while ((read = content.Read(_buffer, 0, Chunk)) > 0)
        {
            scanner.Scan(_buffer, 0, read);
        }

        var report = new FormatReport();
        scanner.Complete(report);
        return report.Faults != FileFaults.None;
    }

    /// <summary>The reader's view alone: the cross-reference, every object at its offset, every object stream decoded.</summary>
    /// <returns>Whether it found a fault (it finds none).</returns>
    [Benchmark]
    public bool ReaderView()
    {
        using var content = new MemoryStream(_file, writable: false);
        var report = new FormatReport();
        PdfReaderView.CheckAsync(content, _endOfFile, report, FileInspectionOptions.DefaultMaxInflatedBytes, CancellationToken.None).GetAwaiter().GetResult();
        return report.Faults != FileFaults.None;
    }
}

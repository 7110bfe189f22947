using System.IO.Compression;
using BenchmarkDotNet.Attributes;
using Cdg.Inscription.Benchmarks.Support;
using Cdg.Inscription.Files;
using Cdg.Inscription.Files.Inspection;
using Cdg.Inscription.Files.Pdf;

namespace Cdg.Inscription.Benchmarks.Files;

/// <summary>
/// The active-content scan of a PDF (FILE-04) over 50 KB, 5 MB and 50 MB files, with and without
/// object streams, in 64 KiB chunks as the inspector reads; and its reader's view, which reads the
/// objects where the cross-reference places them. The baseline is a plain sequential read of the
/// same bytes; beside it, the same read plus inflating the object streams with
/// <see cref="ZLibStream"/>, which is the work that neither view can avoid; the first steps of the
/// reader's view on object streams, measured apart (decoded by the library, then lexed); and the
/// whole inspection (structure, SHA-256, scan and reader's view). Throughput is the size over the mean.
/// </summary>
[MemoryDiagnoser]
public class ContentScanBenchmarks
{
    private const int Chunk = 64 * 1024;
    private static readonly PdfFilterStep[] Flate = [new(PdfName.FlateDecode, Predictor: 1, Colors: 1, BitsPerComponent: 8, Columns: 1)];
    private readonly byte[] _buffer = new byte[Chunk];
    private readonly byte[] _inflated = new byte[Chunk];
    private byte[] _file = null!;
    private IReadOnlyList<(int Offset, int Length)> _objectStreams = [];
    private FileInspector _inspector = null!;
    private long _endOfFile;

    /// <summary>The file's size in bytes.</summary>
    [Params(50_000, 5_000_000, 50_000_000)]
    public int Size { get; set; }

    /// <summary>Whether a tenth of the file, inflated, sits in compressed object streams.</summary>
    [Params(false, true)]
    public bool ObjectStreams { get; set; }

    /// <summary>Makes the file, and checks that the reader's view finds nothing wrong with it.</summary>
    [GlobalSetup]
    public void Setup()
    {
        (_file, _objectStreams) = SyntheticFiles.Pdf(Size, ObjectStreams);
        _inspector = new FileInspector(new FileInspectionOptions { MaxSize = 100_000_000 });
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

    /// <summary>
    /// The first part of the reader's view's work on object streams: the same read, then each
    /// object stream decoded whole into one array by the library's <see cref="PdfDecoder"/>.
    /// </summary>
    /// <returns>The bytes read and decoded.</returns>
    [Benchmark]
    public long ReadAndDecode()
    {
        var total = PlainRead();
        foreach (var decoded in DecodeEach())
        {
            total += decoded.Length;
        }

        return total;
    }

    /// <summary>The same, each decoded object stream then lexed whole, as the reader's view lexes it before it parses each object.</summary>
    /// <returns>Whether the lexer found an object stream unterminated (it finds none).</returns>
    [Benchmark]
    public bool ReadDecodeAndLex()
    {
        PlainRead();
        var lexer = new PdfLexer(new FormatReport(), topLevel: false);
        var unterminated = false;
        foreach (var decoded in DecodeEach())
        {
            lexer.Reset();
            lexer.Lex(decoded, 0, decoded.Length, 0);
            lexer.Finish();
            unterminated |= lexer.IsUnterminated;
        }

        return unterminated;
    }

    /// <summary>The scan: the same read, each chunk given to the <see cref="PdfScanner"/>.</summary>
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

    private IEnumerable<byte[]> DecodeEach()
    {
        foreach (var (offset, length) in _objectStreams)
        {
            var data = new byte[length];
            Buffer.BlockCopy(_file, offset, data, 0, length);
            if (PdfDecoder.Decode(data, Flate, PdfScanner.MaxObjectStreamBytes, out var decoded, out _) != PdfDecodeOutcome.Decoded)
            {
                throw new InvalidOperationException("An object stream of the synthetic file does not decode.");
            }

            yield return decoded;
        }
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

    /// <summary>The whole inspection of the file: size, sniff, structure, SHA-256 and scan.</summary>
    /// <returns>Whether it was accepted.</returns>
    [Benchmark]
    public bool Inspect()
    {
        using var content = new MemoryStream(_file, writable: false);
        return _inspector.InspectAsync(content, "piece.pdf").GetAwaiter().GetResult().IsAccepted;
    }
}

using BenchmarkDotNet.Attributes;
using Cdg.Inscription.Files.Inspection;
using Cdg.Inscription.Files.Jpeg;
using Cdg.Inscription.Files.Pdf;
using MimeDetective.Extensions;

namespace Cdg.Inscription.Benchmarks.Files;

/// <summary>
/// The structural checks of a PDF or a JPEG (FILE-02) on seekable streams of 50 KB, 5 MB and
/// 50 MB, in memory and on disk. The baseline is a bare Mime-Detective sniff of the same stream,
/// which reads one header and decides nothing about structure; beside it, reading the first 4 KiB.
/// The bytes that the checks read are counted by the <c>--bytes-read</c> mode and by a test.
/// </summary>
[MemoryDiagnoser]
public class StructuralCheckBenchmarks
{
    private readonly byte[] _buffer = new byte[4096];
    private Stream _content = null!;

    /// <summary>PDF or JPEG.</summary>
    [Params(FileKind.Pdf, FileKind.Jpeg)]
    public FileKind Kind { get; set; }

    /// <summary>The file's size in bytes.</summary>
    [Params(50_000, 5_000_000, 50_000_000)]
    public int Size { get; set; }

    /// <summary>A memory stream or a file stream.</summary>
    [Params(FileSource.Memory, FileSource.File)]
    public FileSource Source { get; set; }

    /// <summary>Makes the file and opens it.</summary>
    [GlobalSetup]
    public void Setup() => _content = BenchmarkFile.Open(BenchmarkFile.Bytes(Kind, Size), Source);

    /// <summary>Closes the file.</summary>
    [GlobalCleanup]
    public void Cleanup() => _content.Dispose();

    /// <summary>The baseline: Mime-Detective sniffs the stream.</summary>
    /// <returns>The MIME type it names.</returns>
    [Benchmark(Baseline = true)]
    public string? BareSniff()
    {
        _content.Position = 0;
        return _content.GetFileType(false, false)?.Mime;
    }

    /// <summary>Reading the first 4 KiB of the stream.</summary>
    /// <returns>The bytes read.</returns>
    [Benchmark]
    public int ReadFirst4KiB()
    {
        _content.Position = 0;
        var read = 0;
        int n;
        while (read < _buffer.Length && (n = _content.Read(_buffer, read, _buffer.Length - read)) > 0)
        {
            read += n;
        }

        return read;
    }

    /// <summary>The structural checks of the file's format, as the inspector runs them.</summary>
    /// <returns>Whether it found a fault (it finds none).</returns>
    [Benchmark]
    public bool StructuralCheck()
    {
        var report = new FormatReport();
        var check = Kind == FileKind.Pdf
            ? PdfStructure.CheckAsync(_content, report, CancellationToken.None)
            : JpegStructure.CheckAsync(_content, report, CancellationToken.None);
        check.GetAwaiter().GetResult();
        return report.Faults != FileFaults.None;
    }
}

using BenchmarkDotNet.Attributes;
using Cdg.Inscription.Files;
using Cdg.Inscription.Files.Inspection;

namespace Cdg.Inscription.Benchmarks.Files;

/// <summary>
/// Streams that cannot seek (a request body read as it arrives): the inspector copies them within
/// the size limit before inspecting. The baseline is a plain copy of the same stream into a
/// <see cref="MemoryStream"/>; beside it, the inspector's spool alone, the whole inspection of the
/// stream, and the inspection of the same bytes through a seekable stream.
/// </summary>
[MemoryDiagnoser]
public class NonSeekableBenchmarks
{
    private byte[] _file = null!;
    private FileInspector _inspector = null!;

    /// <summary>PDF or JPEG.</summary>
    [Params(FileKind.Pdf, FileKind.Jpeg)]
    public FileKind Kind { get; set; }

    /// <summary>The file's size in bytes: under the in-memory spool's limit, and over it (a temporary file).</summary>
    [Params(500_000, 5_000_000)]
    public int Size { get; set; }

    /// <summary>Makes the file.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _file = BenchmarkFile.Bytes(Kind, Size);
        _inspector = new FileInspector();
    }

    /// <summary>The baseline: <see cref="Stream.CopyTo(Stream)"/> into a memory stream.</summary>
    /// <returns>The bytes copied.</returns>
    [Benchmark(Baseline = true)]
    public long PlainCopy()
    {
        using var copy = new MemoryStream();
        new ForwardOnlyStream(_file).CopyTo(copy);
        return copy.Length;
    }

    /// <summary>The inspector's spool alone: memory up to 1 Mio, then a temporary file.</summary>
    /// <returns>The bytes spooled.</returns>
    [Benchmark]
    public long Spool()
    {
        using var spool = Inscription.Files.Inspection.Spool.CopyAsync(new ForwardOnlyStream(_file), FileInspectionOptions.DefaultMaxSize, CancellationToken.None).GetAwaiter().GetResult();
        return spool!.Length;
    }

    /// <summary>The whole inspection of the stream that cannot seek.</summary>
    /// <returns>Whether it was accepted.</returns>
    [Benchmark]
    public bool InspectForwardOnly() =>
        _inspector.InspectAsync(new ForwardOnlyStream(_file), "piece").GetAwaiter().GetResult().IsAccepted;

    /// <summary>The whole inspection of the same bytes through a seekable stream.</summary>
    /// <returns>Whether it was accepted.</returns>
    [Benchmark]
    public bool InspectSeekable() =>
        _inspector.InspectAsync(new MemoryStream(_file, writable: false), "piece").GetAwaiter().GetResult().IsAccepted;
}

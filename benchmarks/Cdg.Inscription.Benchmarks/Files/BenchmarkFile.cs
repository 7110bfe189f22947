using Cdg.Inscription.Benchmarks.Support;

namespace Cdg.Inscription.Benchmarks.Files;

/// <summary>The files that the file benchmarks read, made once per size and kind.</summary>
internal static class BenchmarkFile
{
    /// <summary>The bytes of a synthetic file.</summary>
    /// <param name="kind">PDF or JPEG.</param>
    /// <param name="size">Its size in bytes, about.</param>
    /// <returns>The file.</returns>
    public static byte[] Bytes(FileKind kind, int size) =>
        kind == FileKind.Pdf ? SyntheticFiles.Pdf(size, objectStreams: false).File : SyntheticFiles.Jpeg(SyntheticFiles.Fixture("jpeg-baseline-rgb.jpg"), size);

    /// <summary>A seekable stream over <paramref name="bytes"/>, in memory or in a temporary file deleted on close.</summary>
    /// <param name="bytes">The content.</param>
    /// <param name="source">Memory or file.</param>
    /// <returns>The stream, to dispose.</returns>
    public static Stream Open(byte[] bytes, FileSource source)
    {
        if (source == FileSource.Memory)
        {
            return new MemoryStream(bytes, writable: false);
        }

        var path = Path.Combine(Path.GetTempPath(), "cdg-bench-" + Path.GetRandomFileName());
        File.WriteAllBytes(path, bytes);
        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 4096, FileOptions.DeleteOnClose);
    }
}

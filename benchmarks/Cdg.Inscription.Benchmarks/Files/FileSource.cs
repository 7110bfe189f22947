namespace Cdg.Inscription.Benchmarks.Files;

/// <summary>Where a benchmark's seekable stream reads from.</summary>
public enum FileSource
{
    /// <summary>A <see cref="MemoryStream"/> over the file's bytes.</summary>
    Memory,

    /// <summary>A <see cref="FileStream"/> over a temporary copy of the file.</summary>
    File,
}

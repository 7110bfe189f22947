namespace Cdg.Inscription.Benchmarks.Files;

/// <summary>The kind of file a benchmark inspects.</summary>
public enum FileKind
{
    /// <summary>A PDF of pages padded by images, without object streams.</summary>
    Pdf,

    /// <summary>A baseline JPEG padded by its entropy-coded data.</summary>
    Jpeg,
}

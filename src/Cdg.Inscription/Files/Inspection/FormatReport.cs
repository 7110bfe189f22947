namespace Cdg.Inscription.Files.Inspection;

/// <summary>
/// What the format checks of one file found: the faults, and the facts that they could read
/// (page count, pixel dimensions). Filled in by the structural check and the content scan of
/// the file's format; read by the inspector.
/// </summary>
internal sealed class FormatReport
{
    /// <summary>The faults found so far.</summary>
    public FileFaults Faults { get; private set; }

    /// <summary>The number of pages of a PDF, when it could be read; null otherwise.</summary>
    public int? PageCount { get; set; }

    /// <summary>The width in pixels of a JPEG, from its frame header; null otherwise.</summary>
    public int? PixelWidth { get; set; }

    /// <summary>The height in pixels of a JPEG, from its frame header; null otherwise.</summary>
    public int? PixelHeight { get; set; }

    /// <summary>Records a fault.</summary>
    /// <param name="fault">The fault.</param>
    public void Add(FileFaults fault) => Faults |= fault;

    /// <summary>Whether a fault was recorded.</summary>
    /// <param name="fault">The fault.</param>
    /// <returns>True when it was.</returns>
    public bool Has(FileFaults fault) => (Faults & fault) != 0;
}

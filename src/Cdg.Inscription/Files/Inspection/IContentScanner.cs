namespace Cdg.Inscription.Files.Inspection;

/// <summary>
/// A scan of a file's whole content, fed once, in order, chunk after chunk, with memory that does
/// not grow with the file. One instance scans one file.
/// </summary>
internal interface IContentScanner
{
    /// <summary>Scans the next bytes of the file.</summary>
    /// <param name="buffer">The buffer that holds them.</param>
    /// <param name="offset">Where they start in <paramref name="buffer"/>.</param>
    /// <param name="count">How many there are; at least one.</param>
    void Scan(byte[] buffer, int offset, int count);

    /// <summary>Says that the file has ended, and records what the scan found.</summary>
    /// <param name="report">Where to record faults and facts.</param>
    void Complete(FormatReport report);
}

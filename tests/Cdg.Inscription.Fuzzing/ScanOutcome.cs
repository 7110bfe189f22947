namespace Cdg.Inscription.Fuzzing;

/// <summary>
/// What a scanner found in one feeding of an input: the <c>FormatReport</c> that it completed
/// (faults, page count, pixel dimensions) and, for the PDF scanner, the internal facts that must not
/// depend on the chunking either (the bytes inflated, the offset of the last <c>%%EOF</c>).
/// </summary>
/// <param name="Faults">The faults, as the enum's text.</param>
/// <param name="PageCount">The page count of a PDF.</param>
/// <param name="PixelWidth">The width of a JPEG.</param>
/// <param name="PixelHeight">The height of a JPEG.</param>
/// <param name="InflatedBytes">The bytes that a PDF's object streams inflated to; -1 for another scanner.</param>
/// <param name="LastEndOfFileOffset">The offset of a PDF's last <c>%%EOF</c>; -1 for none or another scanner.</param>
internal readonly record struct ScanOutcome(
    string Faults,
    int? PageCount,
    int? PixelWidth,
    int? PixelHeight,
    long InflatedBytes,
    long LastEndOfFileOffset);

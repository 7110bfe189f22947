namespace Cdg.Inscription.Files.Pdf;

/// <summary>An object in use that a cross-reference section places at an offset of the file (a type 1 entry).</summary>
/// <param name="Offset">Where the object starts.</param>
/// <param name="Number">Its object number.</param>
/// <param name="Generation">Its generation.</param>
internal readonly record struct PdfCrossReferenceEntry(long Offset, long Number, long Generation);

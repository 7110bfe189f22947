namespace Cdg.Inscription.Files.Pdf;

/// <summary>What <see cref="PdfObjectReader.ReadObjectAsync"/> read at an offset.</summary>
/// <param name="Value">The object's value; null when no object of that number starts there, or it cannot be read.</param>
/// <param name="Number">The object's number, as written.</param>
/// <param name="IsStream">Whether the object is a stream.</param>
/// <param name="DataStart">For a stream, the offset in the file where its data start.</param>
internal readonly record struct PdfObjectRead(PdfValue? Value, long Number, bool IsStream, long DataStart);

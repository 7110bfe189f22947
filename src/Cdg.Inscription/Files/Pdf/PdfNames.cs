namespace Cdg.Inscription.Files.Pdf;

/// <summary>Recognises the names that the PDF scan acts upon, from their decoded bytes.</summary>
internal static class PdfNames
{
    /// <summary>The names that <see cref="Classify"/> recognises, without their slash.</summary>
    private static readonly byte[] JavaScript = PdfBytes.Ascii("JavaScript");
    private static readonly byte[] Xfa = PdfBytes.Ascii("XFA");
    private static readonly byte[] Launch = PdfBytes.Ascii("Launch");
    private static readonly byte[] EmbeddedFile = PdfBytes.Ascii("EmbeddedFile");
    private static readonly byte[] EmbeddedFiles = PdfBytes.Ascii("EmbeddedFiles");
    private static readonly byte[] Encrypt = PdfBytes.Ascii("Encrypt");
    private static readonly byte[] Type = PdfBytes.Ascii("Type");
    private static readonly byte[] Pages = PdfBytes.Ascii("Pages");
    private static readonly byte[] Count = PdfBytes.Ascii("Count");
    private static readonly byte[] Parent = PdfBytes.Ascii("Parent");
    private static readonly byte[] Length = PdfBytes.Ascii("Length");
    private static readonly byte[] Filter = PdfBytes.Ascii("Filter");
    private static readonly byte[] FlateDecode = PdfBytes.Ascii("FlateDecode");
    private static readonly byte[] ObjStm = PdfBytes.Ascii("ObjStm");
    private static readonly byte[] Linearized = PdfBytes.Ascii("Linearized");

    /// <summary>Which name the decoded bytes of a name (without its slash) are.</summary>
    /// <param name="name">The decoded bytes.</param>
    /// <param name="length">How many there are.</param>
    /// <returns>The name, or <see cref="PdfName.Other"/>.</returns>
    internal static PdfName Classify(byte[] name, int length) => length switch
    {
        1 => name[0] == 'N' ? PdfName.N : PdfName.Other,
        2 => name[0] == 'J' && name[1] == 'S' ? PdfName.JS : PdfName.Other,
        3 => name[0] == 'X' && PdfBytes.Equals(name, length, Xfa) ? PdfName.Xfa : PdfName.Other,
        4 => name[0] == 'T' && PdfBytes.Equals(name, length, Type) ? PdfName.Type : PdfName.Other,
        5 => name[0] == 'P' ? (PdfBytes.Equals(name, length, Pages) ? PdfName.Pages : PdfName.Other)
            : name[0] == 'C' && PdfBytes.Equals(name, length, Count) ? PdfName.Count
            : PdfName.Other,
        6 => ClassifySix(name, length),
        7 => name[0] == 'E' && PdfBytes.Equals(name, length, Encrypt) ? PdfName.Encrypt : PdfName.Other,
        10 => PdfBytes.Equals(name, length, JavaScript) ? PdfName.JavaScript
            : PdfBytes.Equals(name, length, Linearized) ? PdfName.Linearized
            : PdfName.Other,
        11 => PdfBytes.Equals(name, length, FlateDecode) ? PdfName.FlateDecode : PdfName.Other,
        12 => PdfBytes.Equals(name, length, EmbeddedFile) ? PdfName.EmbeddedFile : PdfName.Other,
        13 => PdfBytes.Equals(name, length, EmbeddedFiles) ? PdfName.EmbeddedFiles : PdfName.Other,
        _ => PdfName.Other,
    };

    /// <summary>Which name six decoded bytes are.</summary>
    private static PdfName ClassifySix(byte[] name, int length) => name[0] switch
    {
        (byte)'L' => PdfBytes.Equals(name, length, Length) ? PdfName.Length
            : PdfBytes.Equals(name, length, Launch) ? PdfName.Launch
            : PdfName.Other,
        (byte)'P' => PdfBytes.Equals(name, length, Parent) ? PdfName.Parent : PdfName.Other,
        (byte)'F' => PdfBytes.Equals(name, length, Filter) ? PdfName.Filter : PdfName.Other,
        (byte)'O' => PdfBytes.Equals(name, length, ObjStm) ? PdfName.ObjStm : PdfName.Other,
        _ => PdfName.Other,
    };
}

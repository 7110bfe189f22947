namespace Cdg.Inscription.Files.Pdf;

/// <summary>Recognises the names that the PDF scan acts upon, from their decoded bytes.</summary>
/// <remarks>
/// The abbreviations of filter names (<c>/Fl</c>, <c>/AHx</c>, <c>/A85</c>, <c>/RL</c>,
/// <c>/LZW</c>) and <c>/DP</c> for <c>/DecodeParms</c> are recognised as the full names, as
/// readers such as qpdf accept them in streams too.
/// </remarks>
internal static class PdfNames
{
    /// <summary>The names that <see cref="Classify"/> recognises, without their slash.</summary>
    private static readonly byte[] JavaScript = PdfBytes.Ascii("JavaScript");
    private static readonly byte[] Xfa = PdfBytes.Ascii("XFA");
    private static readonly byte[] Launch = PdfBytes.Ascii("Launch");
    private static readonly byte[] EmbeddedFile = PdfBytes.Ascii("EmbeddedFile");
    private static readonly byte[] EmbeddedFiles = PdfBytes.Ascii("EmbeddedFiles");
    private static readonly byte[] RichMedia = PdfBytes.Ascii("RichMedia");
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
    private static readonly byte[] First = PdfBytes.Ascii("First");
    private static readonly byte[] DecodeParms = PdfBytes.Ascii("DecodeParms");
    private static readonly byte[] Prev = PdfBytes.Ascii("Prev");
    private static readonly byte[] XRefStm = PdfBytes.Ascii("XRefStm");
    private static readonly byte[] XRef = PdfBytes.Ascii("XRef");
    private static readonly byte[] Size = PdfBytes.Ascii("Size");
    private static readonly byte[] Index = PdfBytes.Ascii("Index");
    private static readonly byte[] Predictor = PdfBytes.Ascii("Predictor");
    private static readonly byte[] Columns = PdfBytes.Ascii("Columns");
    private static readonly byte[] Colors = PdfBytes.Ascii("Colors");
    private static readonly byte[] BitsPerComponent = PdfBytes.Ascii("BitsPerComponent");
    private static readonly byte[] AsciiHexDecode = PdfBytes.Ascii("ASCIIHexDecode");
    private static readonly byte[] Ascii85Decode = PdfBytes.Ascii("ASCII85Decode");
    private static readonly byte[] RunLengthDecode = PdfBytes.Ascii("RunLengthDecode");
    private static readonly byte[] LzwDecode = PdfBytes.Ascii("LZWDecode");
    private static readonly byte[] AsciiHexShort = PdfBytes.Ascii("AHx");
    private static readonly byte[] Ascii85Short = PdfBytes.Ascii("A85");
    private static readonly byte[] LzwShort = PdfBytes.Ascii("LZW");

    /// <summary>Which name the decoded bytes of a name (without its slash) are.</summary>
    /// <param name="name">The decoded bytes.</param>
    /// <param name="length">How many there are.</param>
    /// <returns>The name, or <see cref="PdfName.Other"/>.</returns>
    internal static PdfName Classify(byte[] name, int length) => length switch
    {
        1 => name[0] switch
        {
            (byte)'N' => PdfName.N,
            (byte)'W' => PdfName.W,
            _ => PdfName.Other,
        },
        2 => ClassifyTwo(name[0], name[1]),
        3 => Is(name, length, Xfa) ? PdfName.Xfa
            : Is(name, length, AsciiHexShort) ? PdfName.AsciiHexDecode
            : Is(name, length, Ascii85Short) ? PdfName.Ascii85Decode
            : Is(name, length, LzwShort) ? PdfName.LzwDecode
            : PdfName.Other,
        4 => Is(name, length, Type) ? PdfName.Type
            : Is(name, length, Prev) ? PdfName.Prev
            : Is(name, length, XRef) ? PdfName.XRef
            : Is(name, length, Size) ? PdfName.Size
            : PdfName.Other,
        5 => Is(name, length, Pages) ? PdfName.Pages
            : Is(name, length, Count) ? PdfName.Count
            : Is(name, length, First) ? PdfName.First
            : Is(name, length, Index) ? PdfName.Index
            : PdfName.Other,
        6 => ClassifySix(name, length),
        7 => Is(name, length, Encrypt) ? PdfName.Encrypt
            : Is(name, length, XRefStm) ? PdfName.XRefStm
            : Is(name, length, Columns) ? PdfName.Columns
            : PdfName.Other,
        9 => Is(name, length, Predictor) ? PdfName.Predictor
            : Is(name, length, RichMedia) ? PdfName.RichMedia
            : Is(name, length, LzwDecode) ? PdfName.LzwDecode
            : PdfName.Other,
        10 => Is(name, length, JavaScript) ? PdfName.JavaScript
            : Is(name, length, Linearized) ? PdfName.Linearized
            : PdfName.Other,
        11 => Is(name, length, FlateDecode) ? PdfName.FlateDecode
            : Is(name, length, DecodeParms) ? PdfName.DecodeParms
            : PdfName.Other,
        12 => Is(name, length, EmbeddedFile) ? PdfName.EmbeddedFile : PdfName.Other,
        13 => Is(name, length, EmbeddedFiles) ? PdfName.EmbeddedFiles
            : Is(name, length, Ascii85Decode) ? PdfName.Ascii85Decode
            : PdfName.Other,
        14 => Is(name, length, AsciiHexDecode) ? PdfName.AsciiHexDecode : PdfName.Other,
        15 => Is(name, length, RunLengthDecode) ? PdfName.RunLengthDecode : PdfName.Other,
        16 => Is(name, length, BitsPerComponent) ? PdfName.BitsPerComponent : PdfName.Other,
        _ => PdfName.Other,
    };

    /// <summary>Which name two decoded bytes are.</summary>
    private static PdfName ClassifyTwo(byte first, byte second) => (first, second) switch
    {
        ((byte)'J', (byte)'S') => PdfName.JS,
        ((byte)'D', (byte)'P') => PdfName.DecodeParms,
        ((byte)'F', (byte)'l') => PdfName.FlateDecode,
        ((byte)'R', (byte)'L') => PdfName.RunLengthDecode,
        _ => PdfName.Other,
    };

    /// <summary>Which name six decoded bytes are.</summary>
    private static PdfName ClassifySix(byte[] name, int length) => name[0] switch
    {
        (byte)'L' => Is(name, length, Length) ? PdfName.Length
            : Is(name, length, Launch) ? PdfName.Launch
            : PdfName.Other,
        (byte)'P' => Is(name, length, Parent) ? PdfName.Parent : PdfName.Other,
        (byte)'F' => Is(name, length, Filter) ? PdfName.Filter : PdfName.Other,
        (byte)'O' => Is(name, length, ObjStm) ? PdfName.ObjStm : PdfName.Other,
        (byte)'C' => Is(name, length, Colors) ? PdfName.Colors : PdfName.Other,
        _ => PdfName.Other,
    };

    /// <summary>Whether the decoded bytes are the name given.</summary>
    private static bool Is(byte[] name, int length, byte[] expected) => name[0] == expected[0] && PdfBytes.Equals(name, length, expected);
}

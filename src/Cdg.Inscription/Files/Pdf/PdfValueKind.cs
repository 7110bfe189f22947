namespace Cdg.Inscription.Files.Pdf;

/// <summary>The kinds of PDF objects that <see cref="PdfParser"/> reads (ISO 32000-1, 7.3).</summary>
internal enum PdfValueKind : byte
{
    /// <summary><c>null</c>.</summary>
    Null,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>An integer.</summary>
    Integer,

    /// <summary>A real number, or an integer too long to be read as one.</summary>
    Real,

    /// <summary>A name.</summary>
    Name,

    /// <summary>A literal or hexadecimal string; its content is not kept.</summary>
    String,

    /// <summary>An array.</summary>
    Array,

    /// <summary>A dictionary.</summary>
    Dictionary,

    /// <summary>An indirect reference, <c>N G R</c>.</summary>
    Reference,
}

namespace Cdg.Inscription.Files.Pdf;

/// <summary>The tokens that <see cref="PdfParser"/> reads.</summary>
internal enum PdfTokenKind : byte
{
    /// <summary>The bytes ended before a token did, or a token could not be read: see <see cref="PdfParser.NeedMore"/> and <see cref="PdfParser.Malformed"/>.</summary>
    None,

    /// <summary>An integer.</summary>
    Integer,

    /// <summary>A real number, or an integer too long to be read as one.</summary>
    Real,

    /// <summary>A name.</summary>
    Name,

    /// <summary>A literal or hexadecimal string.</summary>
    String,

    /// <summary><c>&lt;&lt;</c>.</summary>
    DictionaryStart,

    /// <summary><c>&gt;&gt;</c>.</summary>
    DictionaryEnd,

    /// <summary><c>[</c>.</summary>
    ArrayStart,

    /// <summary><c>]</c>.</summary>
    ArrayEnd,

    /// <summary>A keyword: <c>R</c>, <c>obj</c>, <c>true</c>, <c>n</c>…</summary>
    Keyword,
}

namespace Cdg.Inscription.Files.Pdf;

/// <summary>Where the PDF lexer is, between two chunks of bytes.</summary>
internal enum PdfLexState : byte
{
    /// <summary>Between tokens: skipping white space.</summary>
    Between,

    /// <summary>In a comment, up to the end of the line.</summary>
    Comment,

    /// <summary>In a name, after its slash.</summary>
    Name,

    /// <summary>In a number or keyword.</summary>
    Regular,

    /// <summary>In a literal string <c>( … )</c>.</summary>
    LiteralString,

    /// <summary>In a hexadecimal string <c>&lt; … &gt;</c>.</summary>
    HexString,

    /// <summary>After a <c>&lt;</c>: a dictionary starts if another follows, a hexadecimal string otherwise.</summary>
    LessThan,

    /// <summary>After a <c>&gt;</c> outside a hexadecimal string: a dictionary ends if another follows.</summary>
    GreaterThan,
}

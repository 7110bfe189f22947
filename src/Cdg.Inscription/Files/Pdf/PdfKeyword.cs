namespace Cdg.Inscription.Files.Pdf;

/// <summary>The keywords that the PDF lexer acts upon; every other keyword, and every real number, is <see cref="Other"/>.</summary>
internal enum PdfKeyword : byte
{
    /// <summary>Another keyword (<c>true</c>, <c>null</c>, <c>n</c>…), a real or signed number, or a token too long to be a keyword.</summary>
    Other,

    /// <summary><c>obj</c>: an indirect object starts.</summary>
    Obj,

    /// <summary><c>endobj</c>: an indirect object ends.</summary>
    EndObj,

    /// <summary><c>stream</c>: a stream's data follow.</summary>
    Stream,

    /// <summary><c>endstream</c>.</summary>
    EndStream,

    /// <summary><c>R</c>: the two integers before are an indirect reference.</summary>
    R,

    /// <summary><c>xref</c>: a cross-reference table starts.</summary>
    Xref,

    /// <summary><c>trailer</c>: the trailer dictionary follows.</summary>
    Trailer,

    /// <summary><c>startxref</c>: the offset of the last cross-reference section follows.</summary>
    StartXref,
}

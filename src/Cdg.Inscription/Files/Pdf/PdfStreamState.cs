namespace Cdg.Inscription.Files.Pdf;

/// <summary>Where the PDF scanner is, between two chunks of bytes: in tokens or in a stream's data.</summary>
internal enum PdfStreamState : byte
{
    /// <summary>In tokens, which the lexer reads.</summary>
    Tokens,

    /// <summary>Right after the keyword <c>stream</c>: a line feed, or a carriage return and a line feed, follows.</summary>
    LineEnd,

    /// <summary>After the carriage return that follows <c>stream</c>: a line feed follows.</summary>
    LineFeed,

    /// <summary>In data whose length the dictionary gives: skipping the bytes that remain.</summary>
    Data,

    /// <summary>After the data that the direct length covers: white space and <c>endstream</c> should follow.</summary>
    Verify,

    /// <summary>In data of unknown length, or past the given length: looking for <c>endstream</c>.</summary>
    SearchEnd,
}

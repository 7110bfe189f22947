namespace Cdg.Inscription.Files.Pdf;

/// <summary>How decoding a stream's data ended.</summary>
internal enum PdfDecodeOutcome : byte
{
    /// <summary>The data were decoded.</summary>
    Decoded,

    /// <summary>The data decode to more than the limit: a compression bomb.</summary>
    TooLarge,

    /// <summary>The data cannot be decoded: an unsupported filter or parameter, or corrupt data.</summary>
    Undecodable,
}

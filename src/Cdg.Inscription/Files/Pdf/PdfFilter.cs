namespace Cdg.Inscription.Files.Pdf;

/// <summary>What a stream dictionary says of the stream's filters, as far as the scan needs.</summary>
internal enum PdfFilter : byte
{
    /// <summary>No filter: the data are as written.</summary>
    None,

    /// <summary>One filter, <c>/FlateDecode</c>, directly or in a one-element array.</summary>
    Flate,

    /// <summary>Any other filter, a chain of filters, or filters given by an indirect reference.</summary>
    Other,
}

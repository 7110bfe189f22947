namespace Cdg.Inscription.Files.Jpeg;

/// <summary>
/// The codes of JPEG markers (ITU-T T.81, table B.1), the byte that follows <c>FF</c>, and what
/// the checks make of them.
/// </summary>
internal static class JpegMarkers
{
    /// <summary>Start of image.</summary>
    internal const byte Soi = 0xD8;

    /// <summary>End of image.</summary>
    internal const byte Eoi = 0xD9;

    /// <summary>Start of scan: entropy-coded data follows its header.</summary>
    internal const byte Sos = 0xDA;

    /// <summary>Define arithmetic coding conditioning.</summary>
    internal const byte Dac = 0xCC;

    /// <summary>Whether a marker stands alone, without a length: <c>TEM</c> and the restart markers <c>RST0</c> to <c>RST7</c>.</summary>
    /// <param name="code">The marker's code.</param>
    /// <returns>True when it has no length.</returns>
    internal static bool IsStandalone(byte code) => code is 0x01 or (>= 0xD0 and <= 0xD7);

    /// <summary>Whether a marker is a restart marker, <c>RST0</c> to <c>RST7</c>, which belongs to entropy-coded data.</summary>
    /// <param name="code">The marker's code.</param>
    /// <returns>True when it is one.</returns>
    internal static bool IsRestart(byte code) => code is >= 0xD0 and <= 0xD7;

    /// <summary>
    /// Whether a marker starts a frame header, <c>SOF0</c> to <c>SOF15</c>: <c>C0</c> to <c>CF</c>
    /// but <c>DHT</c> (<c>C4</c>), <c>JPG</c> (<c>C8</c>) and <c>DAC</c> (<c>CC</c>).
    /// </summary>
    /// <param name="code">The marker's code.</param>
    /// <returns>True when it does.</returns>
    internal static bool IsFrame(byte code) => code is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or Dac);

    /// <summary>
    /// Whether a frame header is of a supported kind: baseline (<c>SOF0</c>), extended sequential
    /// (<c>SOF1</c>) or progressive (<c>SOF2</c>), with Huffman coding. Lossless (<c>SOF3</c>),
    /// hierarchical (<c>SOF5</c> to <c>SOF7</c>) and arithmetic-coded (<c>SOF9</c> to <c>SOF11</c>,
    /// <c>SOF13</c> to <c>SOF15</c>) frames are not.
    /// </summary>
    /// <param name="code">The code of a frame header's marker.</param>
    /// <returns>True when it is supported.</returns>
    internal static bool IsSupportedFrame(byte code) => code is 0xC0 or 0xC1 or 0xC2;

    /// <summary>
    /// Whether a marker other than a frame header belongs to a kind of JPEG that is not supported:
    /// <c>DAC</c> (arithmetic coding), <c>DHP</c> and <c>EXP</c> (hierarchical), <c>JPG</c> and
    /// <c>JPG0</c> to <c>JPG13</c> (extensions, JPEG-LS among them).
    /// </summary>
    /// <param name="code">The marker's code.</param>
    /// <returns>True when it is one of those.</returns>
    internal static bool IsUnsupported(byte code) => code is Dac or 0xDE or 0xDF or 0xC8 or (>= 0xF0 and <= 0xFD);

    /// <summary>
    /// Whether a marker starts a segment that the checks skip: <c>DHT</c>, <c>DQT</c>, <c>DNL</c>,
    /// <c>DRI</c>, <c>APP0</c> to <c>APP15</c> and <c>COM</c>.
    /// </summary>
    /// <param name="code">The marker's code.</param>
    /// <returns>True when it is one of those.</returns>
    internal static bool IsKnownSegment(byte code) => code is 0xC4 or 0xDB or 0xDC or 0xDD or (>= 0xE0 and <= 0xEF) or 0xFE;
}

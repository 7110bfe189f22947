namespace Cdg.Inscription.Files.Jpeg;

/// <summary>Where <see cref="JpegScanner"/> is in a JPEG, between one byte and the next.</summary>
internal enum JpegScanState
{
    /// <summary>At the start of the file, expecting the <c>FF</c> of the start of image.</summary>
    StartOfImage,

    /// <summary>After the first <c>FF</c>, expecting the <c>D8</c> of the start of image.</summary>
    StartOfImageCode,

    /// <summary>Between segments, expecting the <c>FF</c> of a marker.</summary>
    Marker,

    /// <summary>After the <c>FF</c> of a marker between segments, expecting its code or a fill byte.</summary>
    MarkerCode,

    /// <summary>Expecting the high byte of a segment's length.</summary>
    LengthHigh,

    /// <summary>Expecting the low byte of a segment's length.</summary>
    LengthLow,

    /// <summary>In the data of a segment, skipped by count.</summary>
    SegmentData,

    /// <summary>In entropy-coded data, after a start of scan's header, looking for <c>FF</c>.</summary>
    EntropyCoded,

    /// <summary>After an <c>FF</c> in entropy-coded data: a stuffed byte, a restart marker, fill or a marker follows.</summary>
    EntropyCodedMarker,

    /// <summary>After the end of image, where only NUL padding may follow.</summary>
    AfterEnd,

    /// <summary>A fault ended the scan; the rest of the file is ignored.</summary>
    Stopped,
}

using Cdg.Inscription.Files.Inspection;

namespace Cdg.Inscription.Files.Jpeg;

/// <summary>
/// The structural check of a JPEG (FILE-02): the marker segments from the start of the file to the
/// first scan, walked by their lengths, and the frame header, read in full. It finds a file that
/// does not say what image it holds, or holds one of a kind that is not supported, and reads its
/// pixel dimensions.
/// </summary>
/// <remarks>
/// Only the marker and the length of each segment are read, and the frame header; the data of the
/// other segments is sought over. The work is bounded by the number of segments before the first
/// scan (<see cref="MaxSegments"/>), never by the size of the file: at most
/// <see cref="MaxBytesRead"/> bytes are read. Where the image ends is the content scan's business
/// (<see cref="JpegScanner"/>).
/// </remarks>
internal static class JpegStructure
{
    /// <summary>The most segments, fill bytes apart, that may come before the first start of scan.</summary>
    internal const int MaxSegments = 256;

    /// <summary>
    /// The most fill bytes (<c>FF</c> before a marker's own <c>FF</c>) that may come before the
    /// first start of scan, all markers together. Encoders write none or a few.
    /// </summary>
    internal const int MaxFillBytes = 64;

    /// <summary>
    /// The most bytes that the check reads from a file, whatever its size: the first
    /// <see cref="JpegHeaderWindow.WindowBytes"/>, from which the headers within them are read; and
    /// beyond them, a 4-byte read for each marker (its code and length), the start of scan's
    /// included, and for each fill byte, the one too many included; the start of scan's component
    /// count; and the frame header's body.
    /// </summary>
    internal const int MaxBytesRead = JpegHeaderWindow.WindowBytes + ((MaxSegments + 1 + MaxFillBytes + 1) * MarkerRead) + ScanHeaderRead + FrameBodyRead + (MaxComponents * ComponentRead);

    /// <summary>The bytes read at each marker: <c>FF</c>, its code, and the two bytes of a segment's length.</summary>
    private const int MarkerRead = 4;

    /// <summary>The bytes of a start of scan that are read after its length: the number of components.</summary>
    private const int ScanHeaderRead = 1;

    /// <summary>The bytes of a frame header after its length, before its components: precision, height, width, component count.</summary>
    private const int FrameBodyRead = 6;

    /// <summary>The bytes of each component in a frame header: identifier, sampling factors, quantisation table.</summary>
    private const int ComponentRead = 3;

    /// <summary>The most components of a supported frame.</summary>
    private const int MaxComponents = 4;

    /// <summary>The only sample precision supported, in bits.</summary>
    private const int SupportedPrecision = 8;

    /// <summary>
    /// Checks the segments of a JPEG up to its first start of scan, records the faults in
    /// <paramref name="report"/> and, when the frame header gives them, its pixel dimensions. Stops
    /// at the first fault.
    /// </summary>
    /// <param name="content">The file, seekable, known to start with <c>FF D8 FF</c>.</param>
    /// <param name="report">Where to record faults and facts.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>A task that completes when the check is done.</returns>
    /// <remarks>
    /// Never throws for the content, whatever it is: only <see cref="OperationCanceledException"/>
    /// and what the stream throws.
    /// </remarks>
    internal static async Task CheckAsync(Stream content, FormatReport report, CancellationToken cancellationToken)
    {
        var window = await JpegHeaderWindow.ReadAsync(content, cancellationToken).ConfigureAwait(false);
        var fault = await FindFaultAsync(content.Length, window, report, cancellationToken).ConfigureAwait(false);
        if (fault != FileFaults.None)
        {
            report.Add(fault);
        }
    }

    /// <summary>
    /// Walks the segments from the one after the start of image to the first start of scan, and
    /// returns the first fault found, or <see cref="FileFaults.None"/>.
    /// </summary>
    /// <param name="length">The file's length.</param>
    /// <param name="window">The file's first bytes, and the file.</param>
    /// <param name="report">Where the frame header's dimensions go.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>The first fault, or <see cref="FileFaults.None"/>.</returns>
    private static async Task<FileFaults> FindFaultAsync(long length, JpegHeaderWindow window, FormatReport report, CancellationToken cancellationToken)
    {
        long position = 2;
        var fillBytes = 0;
        var frames = 0;

        // Each turn reads one marker; the last one that may be read is the start of scan.
        for (var segment = 0; segment <= MaxSegments;)
        {
            var head = await window.ReadAsync(position, MarkerRead, cancellationToken).ConfigureAwait(false);
            if (head.Length > 0 && head[0] != 0xFF)
            {
                return FileFaults.Damaged;
            }

            if (head.Length < 2)
            {
                // The file ends where a marker should be, before any scan.
                return FileFaults.Truncated;
            }

            var code = head[1];
            if (code == 0xFF)
            {
                // A fill byte: the marker starts at the next one.
                if (++fillBytes > MaxFillBytes)
                {
                    return FileFaults.Damaged;
                }

                position++;
                continue;
            }

            segment++;
            if (JpegMarkers.IsStandalone(code))
            {
                // Restart and TEM markers have no length, and no business here, but decoders skip them.
                position += 2;
                continue;
            }

            if (code is JpegMarkers.Soi or JpegMarkers.Eoi or 0x00)
            {
                // A second start of image, an end of image before any scan, or a stuffed byte outside a scan.
                return FileFaults.Damaged;
            }

            if (head.Length < MarkerRead)
            {
                return FileFaults.Truncated;
            }

            var segmentLength = (head[2] << 8) | head[3];
            if (segmentLength < 2)
            {
                return FileFaults.Damaged;
            }

            if (position + 2 + segmentLength > length)
            {
                return FileFaults.Truncated;
            }

            if (code == JpegMarkers.Sos)
            {
                return frames == 0 ? FileFaults.Damaged : await CheckScanHeaderAsync(window, position, segmentLength, cancellationToken).ConfigureAwait(false);
            }

            if (JpegMarkers.IsFrame(code))
            {
                if (++frames > 1)
                {
                    return FileFaults.Damaged;
                }

                if (!JpegMarkers.IsSupportedFrame(code))
                {
                    return FileFaults.UnsupportedImage;
                }

                var frameFault = await CheckFrameHeaderAsync(window, position, segmentLength, report, cancellationToken).ConfigureAwait(false);
                if (frameFault != FileFaults.None)
                {
                    return frameFault;
                }
            }
            else if (JpegMarkers.IsUnsupported(code))
            {
                return FileFaults.UnsupportedImage;
            }
            else if (!JpegMarkers.IsKnownSegment(code))
            {
                // A reserved marker: decoders refuse it.
                return FileFaults.Damaged;
            }

            position += 2 + segmentLength;
        }

        return FileFaults.Damaged;
    }

    /// <summary>
    /// Reads a supported frame header (SOF0, SOF1, SOF2) and checks it: 8-bit samples, 1, 3 or 4
    /// components, a length that matches them, non-zero dimensions, sampling factors from 1 to 4 and
    /// quantisation tables from 0 to 3. Records the dimensions when they are not zero.
    /// </summary>
    /// <param name="window">The file's first bytes, and the file.</param>
    /// <param name="position">Where the frame header's marker starts.</param>
    /// <param name="segmentLength">The length that the segment gives, at least 2, within the file.</param>
    /// <param name="report">Where the dimensions go.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>The first fault, or <see cref="FileFaults.None"/>.</returns>
    private static async Task<FileFaults> CheckFrameHeaderAsync(JpegHeaderWindow window, long position, int segmentLength, FormatReport report, CancellationToken cancellationToken)
    {
        if (segmentLength < 2 + FrameBodyRead)
        {
            return FileFaults.Damaged;
        }

        var body = await window.ReadAsync(position + MarkerRead, FrameBodyRead, cancellationToken).ConfigureAwait(false);
        if (body.Length < FrameBodyRead)
        {
            return FileFaults.Truncated;
        }

        var precision = body[0];
        var height = (body[1] << 8) | body[2];
        var width = (body[3] << 8) | body[4];
        var components = body[5];
        if (height != 0 && width != 0)
        {
            report.PixelWidth = width;
            report.PixelHeight = height;
        }

        if (precision != SupportedPrecision || components is not (1 or 3 or MaxComponents))
        {
            return FileFaults.UnsupportedImage;
        }

        if (segmentLength != 2 + FrameBodyRead + (ComponentRead * components) || height == 0 || width == 0)
        {
            // A height of zero is legal with a DNL marker after the first scan, but no decoder that matters needs it.
            return FileFaults.Damaged;
        }

        var specifications = await window.ReadAsync(position + MarkerRead + FrameBodyRead, ComponentRead * components, cancellationToken).ConfigureAwait(false);
        if (specifications.Length < ComponentRead * components)
        {
            return FileFaults.Truncated;
        }

        for (var i = 0; i < specifications.Length; i += ComponentRead)
        {
            var horizontal = specifications[i + 1] >> 4;
            var vertical = specifications[i + 1] & 0x0F;
            var table = specifications[i + 2];
            if (horizontal is < 1 or > 4 || vertical is < 1 or > 4 || table > 3)
            {
                return FileFaults.Damaged;
            }
        }

        return FileFaults.None;
    }

    /// <summary>Checks that a start of scan names 1 to 4 components and that its length matches them.</summary>
    /// <param name="window">The file's first bytes, and the file.</param>
    /// <param name="position">Where the start of scan's marker starts.</param>
    /// <param name="segmentLength">The length that the segment gives, at least 2, within the file.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns><see cref="FileFaults.Damaged"/> or <see cref="FileFaults.None"/>.</returns>
    private static async Task<FileFaults> CheckScanHeaderAsync(JpegHeaderWindow window, long position, int segmentLength, CancellationToken cancellationToken)
    {
        if (segmentLength < 2 + ScanHeaderRead)
        {
            return FileFaults.Damaged;
        }

        var header = await window.ReadAsync(position + MarkerRead, ScanHeaderRead, cancellationToken).ConfigureAwait(false);
        var components = header.Length == ScanHeaderRead ? header[0] : 0;
        return components is >= 1 and <= MaxComponents && segmentLength == 6 + (2 * components) ? FileFaults.None : FileFaults.Damaged;
    }
}

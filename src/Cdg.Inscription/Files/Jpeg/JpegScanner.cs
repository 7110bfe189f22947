using Cdg.Inscription.Files.Inspection;

namespace Cdg.Inscription.Files.Jpeg;

/// <summary>
/// The content scan of a JPEG (FILE-02): finds where the image ends, and what follows it. A file
/// that ends before its end of image is <see cref="FileFaults.Truncated"/>; bytes other than NUL
/// padding after it are <see cref="FileFaults.DataAfterEnd"/>, the mark of a polyglot (a ZIP or
/// an HTML page appended to an image).
/// </summary>
/// <remarks>
/// A byte-level state machine that keeps its state from one chunk to the next, so that a marker
/// may be split anywhere. Segments are walked by their lengths and their data skipped by count;
/// entropy-coded data, after each start of scan, is searched for <c>FF</c>: <c>FF 00</c> (a
/// stuffed byte) and <c>FF D0</c> to <c>FF D7</c> (restart markers) belong to it, <c>FF FF</c> is
/// fill, <c>FF D9</c> ends the image and any other <c>FF</c> code is the marker of the next segment
/// (progressive files have several scans). Whether the segments before the first scan make a
/// supported image is <see cref="JpegStructure"/>'s business. Memory does not grow with the file.
/// </remarks>
internal sealed class JpegScanner : IContentScanner
{
    /// <summary>The byte that starts every marker.</summary>
    private const byte MarkerPrefix = 0xFF;

    /// <summary>Where the scan is.</summary>
    private JpegScanState _state = JpegScanState.StartOfImage;

    /// <summary>The faults found so far.</summary>
    private FileFaults _faults;

    /// <summary>The high byte of the length being read, shifted into place.</summary>
    private int _lengthHigh;

    /// <summary>The bytes of the current segment's data still to skip.</summary>
    private int _remaining;

    /// <summary>Whether entropy-coded data follows the current segment: it is a start of scan.</summary>
    private bool _scanFollows;

    /// <inheritdoc />
    public void Scan(byte[] buffer, int offset, int count)
    {
        var state = _state;
        var i = offset;
        var end = offset + count;
        while (i < end)
        {
            switch (state)
            {
                case JpegScanState.EntropyCoded:
                    i = SkipEntropyCoded(buffer, i, end);
                    if (i < end)
                    {
                        // Past an FF that the chunk does not show to be a stuffed byte or a restart marker.
                        i++;
                        state = JpegScanState.EntropyCodedMarker;
                    }

                    break;

                case JpegScanState.EntropyCodedMarker:
                    var scanCode = buffer[i++];
                    if (scanCode == 0x00 || JpegMarkers.IsRestart(scanCode))
                    {
                        state = JpegScanState.EntropyCoded;
                    }
                    else if (scanCode != MarkerPrefix)
                    {
                        state = OnMarker(scanCode);
                    }

                    break;

                case JpegScanState.SegmentData:
                    var skipped = Math.Min(_remaining, end - i);
                    i += skipped;
                    _remaining -= skipped;
                    if (_remaining == 0)
                    {
                        state = AfterSegment();
                    }

                    break;

                case JpegScanState.Marker:
                    state = buffer[i++] == MarkerPrefix ? JpegScanState.MarkerCode : Stop(FileFaults.Damaged);
                    break;

                case JpegScanState.MarkerCode:
                    var code = buffer[i++];
                    if (code == 0x00)
                    {
                        // A stuffed byte where a marker should be.
                        state = Stop(FileFaults.Damaged);
                    }
                    else if (code != MarkerPrefix)
                    {
                        state = OnMarker(code);
                    }

                    break;

                case JpegScanState.LengthHigh:
                    _lengthHigh = buffer[i++] << 8;
                    state = JpegScanState.LengthLow;
                    break;

                case JpegScanState.LengthLow:
                    var length = _lengthHigh | buffer[i++];
                    if (length < 2)
                    {
                        state = Stop(FileFaults.Damaged);
                    }
                    else
                    {
                        _remaining = length - 2;
                        state = _remaining == 0 ? AfterSegment() : JpegScanState.SegmentData;
                    }

                    break;

                case JpegScanState.AfterEnd:
                    if (IndexOfNonPadding(buffer, i, end) >= 0)
                    {
                        state = Stop(FileFaults.DataAfterEnd);
                    }

                    i = end;
                    break;

                case JpegScanState.StartOfImage:
                    state = buffer[i++] == MarkerPrefix ? JpegScanState.StartOfImageCode : Stop(FileFaults.Damaged);
                    break;

                case JpegScanState.StartOfImageCode:
                    state = buffer[i++] == JpegMarkers.Soi ? JpegScanState.Marker : Stop(FileFaults.Damaged);
                    break;

                default:
                    // Stopped: the rest is ignored.
                    i = end;
                    break;
            }
        }

        _state = state;
    }

    /// <inheritdoc />
    public void Complete(FormatReport report)
    {
        if (_state is not (JpegScanState.AfterEnd or JpegScanState.Stopped))
        {
            // The file ended before its end of image: in a segment, in a scan or between them.
            _faults |= FileFaults.Truncated;
        }

        if (_faults != FileFaults.None)
        {
            report.Add(_faults);
        }
    }

    /// <summary>
    /// Skips entropy-coded data, with the stuffed bytes and restart markers that the chunk shows
    /// whole, up to an <c>FF</c> that may start a marker.
    /// </summary>
    /// <param name="buffer">The bytes.</param>
    /// <param name="start">Where to start, in entropy-coded data.</param>
    /// <param name="end">Where the chunk ends.</param>
    /// <returns>The index of that <c>FF</c>, or <paramref name="end"/> when the chunk ends first.</returns>
    private static int SkipEntropyCoded(byte[] buffer, int start, int end)
    {
        var i = start;
        while (i < end)
        {
            // Checked first: in dense data the next FF is often the next byte.
            var prefix = buffer[i] == MarkerPrefix ? i : IndexOfMarkerPrefix(buffer, i, end);
            if (prefix < 0)
            {
                return end;
            }

            if (prefix + 1 == end)
            {
                return prefix;
            }

            var code = buffer[prefix + 1];
            if (code != 0x00 && !JpegMarkers.IsRestart(code))
            {
                return prefix;
            }

            i = prefix + 2;
        }

        return end;
    }

    /// <summary>Where the next <c>FF</c> is, from <paramref name="start"/> to before <paramref name="end"/>.</summary>
    /// <param name="buffer">The bytes.</param>
    /// <param name="start">Where to start.</param>
    /// <param name="end">Where to stop.</param>
    /// <returns>Its index in <paramref name="buffer"/>, or -1 when there is none.</returns>
    /// <remarks>
    /// The hot loop of the scan. <see cref="Array.IndexOf{T}(T[], T, int, int)"/>, all that the
    /// netstandard2.0 build has, is vectorised too on the .NET runtimes that run that build for a
    /// host on .NET 8 or 9, and a search a word at a time on .NET Framework.
    /// </remarks>
    private static int IndexOfMarkerPrefix(byte[] buffer, int start, int end)
    {
#if NET
        var found = buffer.AsSpan(start, end - start).IndexOf(MarkerPrefix);
        return found < 0 ? -1 : start + found;
#else
        return Array.IndexOf(buffer, MarkerPrefix, start, end - start);
#endif
    }

    /// <summary>Where the next byte other than NUL is, from <paramref name="start"/> to before <paramref name="end"/>.</summary>
    /// <param name="buffer">The bytes.</param>
    /// <param name="start">Where to start.</param>
    /// <param name="end">Where to stop.</param>
    /// <returns>Its index in <paramref name="buffer"/>, or -1 when there is none.</returns>
    private static int IndexOfNonPadding(byte[] buffer, int start, int end)
    {
#if NET
        var found = buffer.AsSpan(start, end - start).IndexOfAnyExcept((byte)0x00);
        return found < 0 ? -1 : start + found;
#else
        for (var i = start; i < end; i++)
        {
            if (buffer[i] != 0x00)
            {
                return i;
            }
        }

        return -1;
#endif
    }

    /// <summary>
    /// The state after the code of a marker, neither fill nor a stuffed byte, nor a restart marker
    /// in entropy-coded data: the end of image, a standalone marker, or a segment's length.
    /// </summary>
    /// <param name="code">The marker's code.</param>
    /// <returns>The next state.</returns>
    private JpegScanState OnMarker(byte code)
    {
        switch (code)
        {
            case JpegMarkers.Eoi:
                return JpegScanState.AfterEnd;
            case JpegMarkers.Soi:
                // A second start of image.
                return Stop(FileFaults.Damaged);
            default:
                if (JpegMarkers.IsStandalone(code))
                {
                    return JpegScanState.Marker;
                }

                _scanFollows = code == JpegMarkers.Sos;
                return JpegScanState.LengthHigh;
        }
    }

    /// <summary>The state after a segment's data: entropy-coded data after a start of scan, another marker otherwise.</summary>
    /// <returns>The next state.</returns>
    private JpegScanState AfterSegment() => _scanFollows ? JpegScanState.EntropyCoded : JpegScanState.Marker;

    /// <summary>Records a fault that ends the scan.</summary>
    /// <param name="fault">The fault.</param>
    /// <returns><see cref="JpegScanState.Stopped"/>.</returns>
    private JpegScanState Stop(FileFaults fault)
    {
        _faults |= fault;
        return JpegScanState.Stopped;
    }
}

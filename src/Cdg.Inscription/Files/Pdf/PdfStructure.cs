using Cdg.Inscription.Files.Inspection;

namespace Cdg.Inscription.Files.Pdf;

/// <summary>
/// Checks the structure of a PDF from a few bounded windows of it, whatever its size: the header,
/// and that the last <c>startxref</c> points to a cross-reference section.
/// </summary>
/// <remarks>
/// <para>
/// The header must be <c>%PDF-1.0</c> to <c>%PDF-1.7</c> or <c>%PDF-2.0</c>, followed by white
/// space or a line end; otherwise the file is <see cref="FileFaults.Damaged"/>.
/// </para>
/// <para>
/// In the last <see cref="PdfStructureWindows.TailBytes"/> bytes, the last <c>%%EOF</c> is looked
/// for. When there is none, or bytes other than white space follow it, nothing is recorded here:
/// the scan of the content tells a file cut off from one with data after its end. Otherwise the <c>startxref</c>
/// before it must give an offset within the file, where, after white space, a classic
/// cross-reference table (<c>xref</c>) or a cross-reference stream (<c>N G obj</c> and a
/// dictionary with <c>/Type /XRef</c>) starts, at the start of a token; otherwise the file is
/// <see cref="FileFaults.Damaged"/>. Linearized, hybrid and qpdf files point to one of the two.
/// A stream dictionary too long to be read in the window is given the benefit of the doubt.
/// </para>
/// </remarks>
internal static class PdfStructure
{
    /// <summary>The most bytes that <see cref="CheckAsync"/> reads, whatever the size of the file.</summary>
    internal const int MaxBytesRead = PdfStructureWindows.MaxBytesRead;

    /// <summary>The most digits of an offset or object number.</summary>
    private const int MaxDigits = 18;

    /// <summary>The most bytes of a name that are compared.</summary>
    private const int MaxNameLength = 16;

    /// <summary>What <see cref="ReadStartXref"/> gives when there is nothing to check.</summary>
    private const long NothingToCheck = -1;

    /// <summary>What <see cref="ReadStartXref"/> gives when <c>startxref</c> is missing or garbled.</summary>
    private const long Garbled = -2;

    /// <summary>The markers, keywords and names that the checks look for.</summary>
    private static readonly byte[] EndOfFileMarker = PdfBytes.Ascii("%%EOF");
    private static readonly byte[] StartXrefKeyword = PdfBytes.Ascii("startxref");
    private static readonly byte[] XrefKeyword = PdfBytes.Ascii("xref");
    private static readonly byte[] ObjKeyword = PdfBytes.Ascii("obj");
    private static readonly byte[] TypeName = PdfBytes.Ascii("Type");
    private static readonly byte[] XRefName = PdfBytes.Ascii("XRef");

    /// <summary>Checks the header and the cross-reference offset, recording <see cref="FileFaults.Damaged"/> when they are wrong.</summary>
    /// <param name="content">The file: seekable, starting with <c>%PDF-</c>.</param>
    /// <param name="report">Where to record what was found.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>A task that completes when the checks are done.</returns>
    internal static async Task CheckAsync(Stream content, FormatReport report, CancellationToken cancellationToken)
    {
        Preconditions.CheckNotNull(content, nameof(content));
        Preconditions.CheckNotNull(report, nameof(report));
        cancellationToken.ThrowIfCancellationRequested();

        var windows = await PdfStructureWindows.ReadAsync(content, cancellationToken).ConfigureAwait(false);
        var bytes = windows.Bytes;
        if (!HasHeader(bytes, windows.HeadCount))
        {
            report.Add(FileFaults.Damaged);
        }

        var length = windows.Length;
        var offset = ReadStartXref(bytes, windows.TailIndex, windows.TailEnd, windowCut: windows.TailOffset > 0);
        if (offset == NothingToCheck)
        {
            return;
        }

        if (offset == Garbled || offset >= length)
        {
            report.Add(FileFaults.Damaged);
            return;
        }

        // One byte before the offset too, to see that a token starts there.
        var windowStart = offset > 0 ? offset - 1 : 0;
        var (start, end) = await windows.CrossReferenceAsync(windowStart, cancellationToken).ConfigureAwait(false);
        if (!StartsCrossReference(bytes, start, end, offset > 0, reachesEnd: windowStart + (end - start) >= length))
        {
            report.Add(FileFaults.Damaged);
        }
    }

    /// <summary><c>%PDF-1.0</c> to <c>%PDF-1.7</c> or <c>%PDF-2.0</c>, then white space.</summary>
    private static bool HasHeader(byte[] head, int count) =>
        count >= 9
        && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F' && head[4] == '-'
        && head[6] == '.'
        && ((head[5] == '1' && head[7] is >= (byte)'0' and <= (byte)'7') || (head[5] == '2' && head[7] == '0'))
        && PdfBytes.IsWhitespace(head[8]);

    /// <summary>
    /// The offset that the last <c>startxref</c> in the tail, <c>tail[start..end]</c>, gives;
    /// <see cref="NothingToCheck"/> when the window
    /// has no <c>%%EOF</c> followed by white space only (or too little before it to tell);
    /// <see cref="Garbled"/> when the <c>startxref</c> before it is missing or garbled.
    /// </summary>
    private static long ReadStartXref(byte[] tail, int start, int end, bool windowCut)
    {
        var marker = LastIndexOf(tail, start, end, EndOfFileMarker);
        if (marker < 0)
        {
            return NothingToCheck;
        }

        for (var i = marker + EndOfFileMarker.Length; i < end; i++)
        {
            if (!PdfBytes.IsWhitespace(tail[i]))
            {
                return NothingToCheck;
            }
        }

        var keyword = LastIndexOf(tail, start, marker, StartXrefKeyword);
        if (keyword < 0)
        {
            // A startxref may be before the window only if the marker is at its very start.
            return windowCut && marker - start < 32 ? NothingToCheck : Garbled;
        }

        var position = keyword + StartXrefKeyword.Length;
        if (position == marker || !PdfBytes.IsWhitespace(tail[position]))
        {
            return Garbled;
        }

        position = SkipWhitespace(tail, position, marker);
        if (!ReadInteger(tail, ref position, marker, out var offset))
        {
            return Garbled;
        }

        return SkipWhitespace(tail, position, marker) == marker ? offset : Garbled;
    }

    /// <summary>
    /// Whether the window, <c>window[start..end]</c>, read from one byte before the offset when
    /// <paramref name="hasPrevious"/>, starts a token that is a cross-reference table or a
    /// cross-reference stream.
    /// </summary>
    private static bool StartsCrossReference(byte[] window, int start, int end, bool hasPrevious, bool reachesEnd)
    {
        var i = start;
        if (hasPrevious)
        {
            if (end - start < 2 || (PdfBytes.IsRegular(window[start]) && PdfBytes.IsRegular(window[start + 1])))
            {
                // The offset points into the middle of a number or keyword.
                return false;
            }

            i = start + 1;
        }

        i = SkipWhitespace(window, i, end);
        if (IsKeyword(window, i, end, XrefKeyword))
        {
            return true;
        }

        // N G obj
        if (!ReadInteger(window, ref i, end, out _) || i >= end || !PdfBytes.IsWhitespace(window[i]))
        {
            return false;
        }

        i = SkipWhitespace(window, i, end);
        if (!ReadInteger(window, ref i, end, out _))
        {
            return false;
        }

        i = SkipWhitespace(window, i, end);
        if (!IsKeyword(window, i, end, ObjKeyword))
        {
            return false;
        }

        i = SkipWhitespaceAndComments(window, i + ObjKeyword.Length, end);
        if (i + 1 >= end)
        {
            return !reachesEnd;
        }

        if (window[i] != '<' || window[i + 1] != '<')
        {
            return false;
        }

        return DictionaryHasXRefType(window, i + 2, end, reachesEnd);
    }

    /// <summary>
    /// Whether the dictionary whose <c>&lt;&lt;</c> ends before <paramref name="i"/> has
    /// <c>/Type /XRef</c>; when it does not end within the window, true unless the window reaches
    /// the end of the file.
    /// </summary>
    private static bool DictionaryHasXRefType(byte[] window, int i, int end, bool reachesEnd)
    {
        var name = new byte[MaxNameLength];
        var depth = 1;
        var afterTypeKey = false;
        while (i < end)
        {
            var value = window[i];
            if (PdfBytes.IsWhitespace(value))
            {
                i++;
                continue;
            }

            if (value == '%')
            {
                i = SkipComment(window, i, end);
                continue;
            }

            if (value == '/')
            {
                i = ReadName(window, i + 1, end, name, out var nameLength);
                if (depth == 1 && afterTypeKey && PdfBytes.Equals(name, nameLength, XRefName))
                {
                    return true;
                }

                afterTypeKey = depth == 1 && PdfBytes.Equals(name, nameLength, TypeName);
                continue;
            }

            afterTypeKey = false;
            if (value == '(')
            {
                i = SkipLiteralString(window, i + 1, end);
            }
            else if (value == '<')
            {
                if (i + 1 < end && window[i + 1] == '<')
                {
                    depth++;
                    i += 2;
                }
                else
                {
                    var close = Array.IndexOf(window, (byte)'>', i + 1, end - (i + 1));
                    i = close < 0 ? end : close + 1;
                }
            }
            else if (value == '>')
            {
                if (i + 1 < end && window[i + 1] == '>')
                {
                    depth--;
                    if (depth == 0)
                    {
                        return false;
                    }

                    i += 2;
                }
                else
                {
                    i++;
                }
            }
            else if (PdfBytes.IsRegular(value))
            {
                while (i < end && PdfBytes.IsRegular(window[i]))
                {
                    i++;
                }
            }
            else
            {
                i++;
            }
        }

        return !reachesEnd;
    }

    /// <summary>Reads a name after its slash, decoding <c>#xx</c> escapes; a name too long keeps a length that matches nothing.</summary>
    private static int ReadName(byte[] window, int i, int end, byte[] name, out int length)
    {
        length = 0;
        var tooLong = false;
        while (i < end && PdfBytes.IsRegular(window[i]))
        {
            var value = window[i++];
            if (value == '#' && i + 1 < end && PdfBytes.HexValue(window[i]) >= 0 && PdfBytes.HexValue(window[i + 1]) >= 0)
            {
                value = (byte)((PdfBytes.HexValue(window[i]) << 4) | PdfBytes.HexValue(window[i + 1]));
                i += 2;
            }

            if (length < name.Length)
            {
                name[length++] = value;
            }
            else
            {
                tooLong = true;
            }
        }

        if (tooLong)
        {
            length = -1;
        }

        return i;
    }

    /// <summary>Skips a literal string whose <c>(</c> ends before <paramref name="i"/>.</summary>
    private static int SkipLiteralString(byte[] window, int i, int end)
    {
        var depth = 1;
        while (i < end)
        {
            var value = window[i++];
            if (value == '\\')
            {
                i++;
            }
            else if (value == '(')
            {
                depth++;
            }
            else if (value == ')' && --depth == 0)
            {
                break;
            }
        }

        return i;
    }

    /// <summary>Skips a comment, up to its line end.</summary>
    private static int SkipComment(byte[] window, int i, int end)
    {
        while (i < end && window[i] != '\r' && window[i] != '\n')
        {
            i++;
        }

        return i;
    }

    /// <summary>Skips white space, up to <paramref name="end"/>.</summary>
    private static int SkipWhitespace(byte[] bytes, int i, int end)
    {
        while (i < end && PdfBytes.IsWhitespace(bytes[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>Skips white space and comments.</summary>
    private static int SkipWhitespaceAndComments(byte[] bytes, int i, int end)
    {
        while (i < end)
        {
            if (PdfBytes.IsWhitespace(bytes[i]))
            {
                i++;
            }
            else if (bytes[i] == '%')
            {
                i = SkipComment(bytes, i, end);
            }
            else
            {
                break;
            }
        }

        return i;
    }

    /// <summary>Reads an unsigned integer of 1 to <see cref="MaxDigits"/> digits, followed by anything but a regular character.</summary>
    private static bool ReadInteger(byte[] bytes, ref int i, int end, out long value)
    {
        value = 0;
        var start = i;
        while (i < end && bytes[i] is >= (byte)'0' and <= (byte)'9')
        {
            if (i - start == MaxDigits)
            {
                return false;
            }

            value = (value * 10) + (bytes[i] - '0');
            i++;
        }

        return i > start && (i == end || !PdfBytes.IsRegular(bytes[i]));
    }

    /// <summary>Whether a keyword starts at <paramref name="i"/>, followed by the end of the bytes or anything but a regular character.</summary>
    private static bool IsKeyword(byte[] bytes, int i, int end, byte[] keyword)
    {
        if (i + keyword.Length > end)
        {
            return false;
        }

        for (var k = 0; k < keyword.Length; k++)
        {
            if (bytes[i + k] != keyword[k])
            {
                return false;
            }
        }

        var after = i + keyword.Length;
        return after == end || !PdfBytes.IsRegular(bytes[after]);
    }

    /// <summary>Where the last occurrence of <paramref name="pattern"/> from <paramref name="start"/> that ends by <paramref name="end"/> starts; -1 when there is none.</summary>
    private static int LastIndexOf(byte[] bytes, int start, int end, byte[] pattern)
    {
        for (var i = end - pattern.Length; i >= start; i--)
        {
            var k = 0;
            while (k < pattern.Length && bytes[i + k] == pattern[k])
            {
                k++;
            }

            if (k == pattern.Length)
            {
                return i;
            }
        }

        return -1;
    }
}

using System.IO.Compression;
using Cdg.Inscription.Files.Inspection;

namespace Cdg.Inscription.Files.Pdf;

/// <summary>
/// Scans the whole content of a PDF once, in chunks of any size, for active content (JavaScript,
/// XFA forms, launch actions, embedded files), encryption, the end of the document, and the page
/// count, with memory that does not grow with the file.
/// </summary>
/// <remarks>
/// <para>
/// The bytes outside streams go through a <see cref="PdfLexer"/>: names are matched after their
/// <c>#xx</c> escapes are decoded, never inside strings. A stream's data are skipped, not lexed:
/// by the direct <c>/Length</c> of its dictionary when there is one, after which white space and
/// <c>endstream</c> must follow. When they do not, <c>endstream</c> is looked for in the last
/// <see cref="LengthTolerance"/> bytes of the data, for a length a little too long (the bytes after
/// it are then scanned again as tokens), then further on, where it must start within
/// <see cref="LengthTolerance"/> bytes; a direct length that misses <c>endstream</c> by more is
/// <see cref="FileFaults.Damaged"/>. The data of a stream whose length is indirect end at the first
/// <c>endstream</c>.
/// </para>
/// <para>
/// The data of an object stream (<c>/Type /ObjStm</c>) are kept, up to
/// <see cref="MaxObjectStreamBytes"/>, then lexed by a second lexer: as they are without filter,
/// inflated with a single <c>/FlateDecode</c>. Inflation counts the bytes of every object stream
/// of the file and stops, recording <see cref="FileFaults.CompressionBomb"/>, as soon as they
/// exceed the limit; it reads the inflater in bounded chunks, so that it never inflates more
/// than one byte past it. An object stream whose data exceed <see cref="MaxObjectStreamBytes"/>
/// cannot be inspected within the memory bound and also counts as a
/// <see cref="FileFaults.CompressionBomb"/>. An object stream with another filter, a chain of
/// filters or <c>/DecodeParms</c> is left to the reader's view (<see cref="PdfReaderView"/>), which
/// decodes them. An object stream that cannot be decoded (a bad zlib header, corrupt deflate data,
/// objects cut off) is
/// <see cref="FileFaults.Damaged"/>, unless the file is <see cref="FileFaults.Encrypted"/>: its
/// object streams are then encrypted, and cannot be read either. Other streams (content, images,
/// fonts, cross-reference streams) are never inflated.
/// </para>
/// <para>
/// The end of the document: a file without <c>%%EOF</c> is <see cref="FileFaults.Truncated"/>.
/// When bytes other than white space follow the last <c>%%EOF</c>, they are an incremental update
/// cut off (<see cref="FileFaults.Truncated"/>) when they hold the keywords of a section
/// (<c>obj</c>, <c>xref</c>, <c>trailer</c>, <c>startxref</c>), and data after the end
/// (<see cref="FileFaults.DataAfterEnd"/>) otherwise. A file that ends inside a string, a
/// dictionary, an array or a stream's data, after nothing but white space follows its last
/// <c>%%EOF</c>, is <see cref="FileFaults.Truncated"/>.
/// </para>
/// <para>
/// The page count is the <c>/Count</c> of the last dictionary with <c>/Type /Pages</c> and no
/// <c>/Parent</c> (the root of the page tree, object streams included), or else the <c>/N</c>
/// of the linearization dictionary.
/// </para>
/// </remarks>
internal sealed class PdfScanner : IContentScanner
{
    /// <summary>The most bytes of one object stream's data that are kept to be decoded.</summary>
    internal const int MaxObjectStreamBytes = 8 * 1024 * 1024;

    /// <summary>The most bytes that are inflated at a time.</summary>
    internal const int InflateChunkBytes = 64 * 1024;

    /// <summary>How far after the end of a stream's direct length <c>endstream</c> may start.</summary>
    internal const int LengthTolerance = 64;

    /// <summary>How many of the last bytes of a stream's data are kept, to find an <c>endstream</c> that a length too long covered.</summary>
    private const int TailLength = LengthTolerance;

    /// <summary>The keyword that ends a stream's data.</summary>
    private static readonly byte[] EndStream = PdfBytes.Ascii("endstream");

    /// <summary>The most bytes that the object streams may inflate to, all together.</summary>
    private readonly long _maxInflatedBytes;

    /// <summary>The faults and the page count that the lexers found.</summary>
    private readonly FormatReport _found = new();

    /// <summary>The lexer of the file's bytes outside streams.</summary>
    private readonly PdfLexer _lexer;

    /// <summary>The lexer of the objects of object streams.</summary>
    private readonly PdfLexer _objectLexer;

    /// <summary>The last bytes of the data that the direct length covers.</summary>
    private readonly byte[] _tail = new byte[TailLength];

    /// <summary>The white space and the start of <c>endstream</c> read after the data that the direct length covers.</summary>
    private readonly byte[] _verify = new byte[LengthTolerance + 9];

    /// <summary>Whether the scan is in tokens or in a stream's data, and where in it.</summary>
    private PdfStreamState _state;

    /// <summary>The offset in the file of the next byte to scan.</summary>
    private long _position;

    /// <summary>How many bytes of the stream's direct length remain to skip.</summary>
    private long _remaining;

    /// <summary>Whether the stream's dictionary gave a direct length.</summary>
    private bool _lengthKnown;

    /// <summary>How many bytes were searched for <c>endstream</c> in this stream.</summary>
    private long _searched;

    /// <summary>How many bytes of <c>endstream</c> the last bytes searched matched.</summary>
    private int _match;

    /// <summary>How many of <see cref="_tail"/>'s bytes hold the end of the data skipped so far.</summary>
    private int _tailLength;

    /// <summary>How many bytes after the data that the direct length covers <see cref="_verify"/> holds.</summary>
    private int _verifyLength;

    /// <summary>Whether the stream's data are kept, to be decoded as an object stream.</summary>
    private bool _keeping;

    /// <summary>The filter of the object stream whose data are kept.</summary>
    private PdfFilter _objectFilter;

    /// <summary>The kept data of an object stream.</summary>
    private byte[]? _objectData;

    /// <summary>How many bytes of <see cref="_objectData"/> are kept.</summary>
    private int _objectLength;

    /// <summary>
    /// Whether an object stream could not be decoded; damage, unless the file is encrypted: its
    /// streams are then encrypted too.
    /// </summary>
    private bool _undecodable;

    /// <summary>Where the inflated bytes go, a chunk at a time.</summary>
    private byte[]? _inflated;

    /// <summary>Creates a scanner for one file.</summary>
    /// <param name="maxInflatedBytes">The most bytes that the file's object streams may inflate to, all together.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxInflatedBytes"/> is negative.</exception>
    internal PdfScanner(long maxInflatedBytes)
    {
        if (maxInflatedBytes < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxInflatedBytes), maxInflatedBytes, "The limit cannot be negative.");
        }

        _maxInflatedBytes = maxInflatedBytes;
        _lexer = new PdfLexer(_found, topLevel: true);
        _objectLexer = new PdfLexer(_found, topLevel: false);
    }

    /// <summary>How many bytes the object streams inflated to so far.</summary>
    internal long InflatedBytes { get; private set; }

    /// <summary>The offset in the file of the last <c>%%EOF</c> scanned; -1 when there is none.</summary>
    internal long LastEndOfFileOffset => _lexer.LastEndOfFileOffset;

    /// <inheritdoc/>
    public void Scan(byte[] buffer, int offset, int count)
    {
        Preconditions.CheckNotNull(buffer, nameof(buffer));
        if (offset < 0 || count < 0 || count > buffer.Length - offset)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "The bytes are not within the buffer.");
        }

        ScanBytes(buffer, offset, count, _position);
        _position += count;
    }

    /// <inheritdoc/>
    public void Complete(FormatReport report)
    {
        Preconditions.CheckNotNull(report, nameof(report));
        var unterminated = true;
        if (_state == PdfStreamState.Tokens)
        {
            _lexer.Finish();
            unterminated = _lexer.IsUnterminated || _lexer.StreamStarted;
        }

        if (!_lexer.EndOfFileSeen)
        {
            report.Add(FileFaults.Truncated);
        }
        else if (_lexer.DataAfterEndOfFile)
        {
            report.Add(_lexer.SectionAfterEndOfFile ? FileFaults.Truncated : FileFaults.DataAfterEnd);
        }
        else if (unterminated)
        {
            report.Add(FileFaults.Truncated);
        }

        if (_undecodable && !_found.Has(FileFaults.Encrypted))
        {
            report.Add(FileFaults.Damaged);
        }

        report.Add(_found.Faults);
        report.PageCount = _found.PageCount ?? _lexer.LinearizedPageCount;
    }

    /// <summary>Scans bytes, whatever the state: tokens or a stream's data.</summary>
    /// <param name="buffer">The buffer that holds them.</param>
    /// <param name="offset">Where they start.</param>
    /// <param name="count">How many there are.</param>
    /// <param name="position">The offset in the file of <c>buffer[offset]</c>.</param>
    private void ScanBytes(byte[] buffer, int offset, int count, long position)
    {
        var end = offset + count;
        var i = offset;
        while (i < end)
        {
            switch (_state)
            {
                case PdfStreamState.Tokens:
                    i += _lexer.Lex(buffer, i, end - i, position + (i - offset));
                    if (_lexer.StreamStarted)
                    {
                        BeginStream(_lexer.TakeStreamDictionary());
                    }

                    break;

                case PdfStreamState.LineEnd:
                    // "stream" is followed by CRLF or LF; the data start after it (or right away, if neither follows).
                    if (buffer[i] == '\r')
                    {
                        _state = PdfStreamState.LineFeed;
                        i++;
                    }
                    else
                    {
                        if (buffer[i] == '\n')
                        {
                            i++;
                        }

                        BeginData();
                    }

                    break;

                case PdfStreamState.LineFeed:
                    if (buffer[i] == '\n')
                    {
                        i++;
                    }

                    BeginData();
                    break;

                case PdfStreamState.Data:
                    i = SkipData(buffer, i, end);
                    break;

                case PdfStreamState.Verify:
                    i = Verify(buffer, i, end, position - offset);
                    break;

                default:
                    i = SearchEnd(buffer, i, end);
                    break;
            }
        }
    }

    /// <summary>After the keyword <c>stream</c>: prepares to skip the data, and to keep them if an object stream's.</summary>
    private void BeginStream(PdfDictionaryFacts dictionary)
    {
        _state = PdfStreamState.LineEnd;
        _lengthKnown = dictionary.Length >= 0;
        _remaining = dictionary.Length;
        _keeping = false;
        _objectLength = 0;
        if (dictionary.Type != PdfName.ObjStm || _found.Has(FileFaults.CompressionBomb))
        {
            return;
        }

        if (dictionary.Filter == PdfFilter.Other || dictionary.HasDecodeParms)
        {
            // Another filter, a chain or a predictor: the reader's view decodes it (PdfReaderView).
            return;
        }

        if (_lengthKnown && dictionary.Length > MaxObjectStreamBytes)
        {
            _found.Add(FileFaults.CompressionBomb);
        }
        else
        {
            _keeping = true;
            _objectFilter = dictionary.Filter;
            _objectData ??= new byte[InflateChunkBytes];
        }
    }

    /// <summary>After the line end that follows <c>stream</c>.</summary>
    private void BeginData()
    {
        _tailLength = 0;
        _searched = 0;
        _match = 0;
        if (_lengthKnown)
        {
            _state = PdfStreamState.Data;
            if (_remaining == 0)
            {
                EndOfLength();
            }
        }
        else
        {
            _state = PdfStreamState.SearchEnd;
        }
    }

    /// <summary>Skips the data that the direct length covers.</summary>
    /// <param name="buffer">The bytes.</param>
    /// <param name="i">Where to start.</param>
    /// <param name="end">Where the bytes end.</param>
    /// <returns>Where to go on.</returns>
    private int SkipData(byte[] buffer, int i, int end)
    {
        var take = (int)Math.Min(_remaining, end - i);
        if (_keeping)
        {
            Keep(buffer, i, take);
        }

        RememberTail(buffer, i, take);
        _remaining -= take;
        i += take;
        if (_remaining == 0)
        {
            EndOfLength();
        }

        return i;
    }

    /// <summary>The direct length has been skipped: white space and <c>endstream</c> should follow.</summary>
    private void EndOfLength()
    {
        _state = PdfStreamState.Verify;
        _match = 0;
        _verifyLength = 0;
    }

    /// <summary>
    /// Checks that white space and <c>endstream</c> follow the data that the direct length
    /// covers, keeping the bytes read in case they do not.
    /// </summary>
    /// <param name="buffer">The bytes.</param>
    /// <param name="i">Where to start.</param>
    /// <param name="end">Where the bytes end.</param>
    /// <param name="origin">The offset in the file of <c>buffer[0]</c>.</param>
    /// <returns>Where to go on.</returns>
    private int Verify(byte[] buffer, int i, int end, long origin)
    {
        while (i < end)
        {
            var value = buffer[i];
            if (value == EndStream[_match])
            {
                _verify[_verifyLength++] = value;
                i++;
                if (++_match == EndStream.Length)
                {
                    EndOfStream();
                    return i;
                }
            }
            else if (_match == 0 && PdfBytes.IsWhitespace(value) && _verifyLength < LengthTolerance)
            {
                _verify[_verifyLength++] = value;
                i++;
            }
            else
            {
                MissedEnd(origin + i);
                return i;
            }
        }

        return i;
    }

    /// <summary>
    /// <c>endstream</c> does not follow the data that the direct length covers. If it is in the
    /// last bytes of the data (a length a little too long), the stream ends there and the bytes
    /// after it are scanned again, as the start of what follows the stream; otherwise it is
    /// looked for further on (a length too short).
    /// </summary>
    /// <param name="position">The offset in the file of the next byte, the first that is neither white space nor <c>endstream</c>.</param>
    private void MissedEnd(long position)
    {
        var seen = new byte[_tailLength + _verifyLength];
        Buffer.BlockCopy(_tail, 0, seen, 0, _tailLength);
        Buffer.BlockCopy(_verify, 0, seen, _tailLength, _verifyLength);
        _state = PdfStreamState.SearchEnd;
        _searched = _verifyLength;
        _match = 0;
        for (var k = 0; k < seen.Length; k++)
        {
            _match = Step(_match, seen[k]);
            if (_match == EndStream.Length)
            {
                var rest = new byte[seen.Length - k - 1];
                Buffer.BlockCopy(seen, k + 1, rest, 0, rest.Length);
                EndOfStream();
                if (rest.Length > 0)
                {
                    ScanBytes(rest, 0, rest.Length, position - rest.Length);
                }

                return;
            }
        }
    }

    /// <summary>Looks for <c>endstream</c>, keeping the data of an object stream whose length is unknown.</summary>
    private int SearchEnd(byte[] buffer, int i, int end)
    {
        var start = i;

        // A match begun in the previous chunk goes on byte by byte.
        while (_match > 0 && i < end)
        {
            _match = Step(_match, buffer[i]);
            i++;
            if (_match == EndStream.Length)
            {
                FoundEnd(buffer, start, i);
                return i;
            }
        }

        if (i < end)
        {
            var found = IndexOfEndStream(buffer, i, end);
            if (found >= 0)
            {
                var after = found + EndStream.Length;
                FoundEnd(buffer, start, after);
                return after;
            }

            // No match in the chunk: only a match that its last bytes begin can go on.
            var from = Math.Max(i, end - (EndStream.Length - 1));
            for (var k = from; k < end; k++)
            {
                _match = Step(_match, buffer[k]);
            }
        }

        if (_keeping && !_lengthKnown)
        {
            Keep(buffer, start, end - start);
        }

        _searched += end - start;
        return end;
    }

    /// <summary><c>endstream</c> ends at <paramref name="after"/>, searched from <paramref name="start"/> in this chunk.</summary>
    private void FoundEnd(byte[] buffer, int start, int after)
    {
        if (_keeping && !_lengthKnown)
        {
            // The keyword itself was kept too; it is dropped, with what of it earlier chunks kept.
            Keep(buffer, start, after - start);
            _objectLength = Math.Max(0, _objectLength - EndStream.Length);
        }

        _searched += after - start;
        if (_lengthKnown && _searched - EndStream.Length > LengthTolerance)
        {
            // The length ends far from endstream: the stream's length is wrong.
            _found.Add(FileFaults.Damaged);
        }

        EndOfStream();
    }

    /// <summary>The stream has ended: an object stream's kept data are read; tokens follow.</summary>
    private void EndOfStream()
    {
        _state = PdfStreamState.Tokens;
        _match = 0;
        if (_keeping)
        {
            _keeping = false;
            ReadObjectStream();
        }
    }

    /// <summary>Keeps bytes of an object stream's data; beyond <see cref="MaxObjectStreamBytes"/> it is a compression bomb.</summary>
    private void Keep(byte[] buffer, int offset, int count)
    {
        if (!_keeping || count == 0)
        {
            return;
        }

        var data = _objectData!;
        if ((long)_objectLength + count > data.Length)
        {
            var needed = (long)_objectLength + count;
            if (needed > MaxObjectStreamBytes)
            {
                _keeping = false;
                _found.Add(FileFaults.CompressionBomb);
                return;
            }

            var size = Math.Min(MaxObjectStreamBytes, Math.Max(needed, (long)data.Length * 2));
            Array.Resize(ref data, (int)size);
            _objectData = data;
        }

        Buffer.BlockCopy(buffer, offset, data, _objectLength, count);
        _objectLength += count;
    }

    /// <summary>Keeps the last bytes of the data skipped.</summary>
    private void RememberTail(byte[] buffer, int offset, int count)
    {
        if (count >= TailLength)
        {
            Buffer.BlockCopy(buffer, offset + count - TailLength, _tail, 0, TailLength);
            _tailLength = TailLength;
            return;
        }

        var keep = Math.Min(_tailLength, TailLength - count);
        Buffer.BlockCopy(_tail, _tailLength - keep, _tail, 0, keep);
        Buffer.BlockCopy(buffer, offset, _tail, keep, count);
        _tailLength = keep + count;
    }

    /// <summary>Lexes the objects of an object stream, inflating them if compressed.</summary>
    private void ReadObjectStream()
    {
        if (_found.Has(FileFaults.CompressionBomb))
        {
            return;
        }

        _objectLexer.Reset();
        if (_objectFilter == PdfFilter.None)
        {
            if (_objectLength > 0)
            {
                _objectLexer.Lex(_objectData!, 0, _objectLength, 0);
            }
        }
        else if (!Inflate())
        {
            return;
        }

        _objectLexer.Finish();
        if (_objectLexer.IsUnterminated)
        {
            _undecodable = true;
        }
    }

    /// <summary>Inflates the kept zlib data into the object lexer, within the limit.</summary>
    /// <returns>Whether all of it was inflated; false for a bomb or corrupt data, which are recorded.</returns>
    private bool Inflate()
    {
        var data = _objectData!;
        if (!PdfDecoder.IsZlibHeader(data, _objectLength))
        {
            _undecodable = true;
            return false;
        }

        var inflated = _inflated ??= new byte[InflateChunkBytes];
        try
        {
            using var compressed = new MemoryStream(data, 2, _objectLength - 2, writable: false);
            using var inflater = new DeflateStream(compressed, CompressionMode.Decompress);
            while (true)
            {
                // At most one byte more than the limit allows: enough to know it is exceeded.
                var room = _maxInflatedBytes - InflatedBytes;
                var read = inflater.Read(inflated, 0, room >= inflated.Length ? inflated.Length : (int)room + 1);
                if (read == 0)
                {
                    return true;
                }

                InflatedBytes += read;
                if (InflatedBytes > _maxInflatedBytes)
                {
                    _found.Add(FileFaults.CompressionBomb);
                    return false;
                }

                _objectLexer.Lex(inflated, 0, read, 0);
            }
        }
        catch (InvalidDataException)
        {
            _undecodable = true;
            return false;
        }
    }

    /// <summary>The next state of the search for <c>endstream</c> (Knuth–Morris–Pratt: only "e" is both a prefix and a suffix of a prefix).</summary>
    private static int Step(int match, byte value)
    {
        if (value == EndStream[match])
        {
            return match + 1;
        }

        if (match == 7 && value == 'n')
        {
            // "endstre" then "n": "en".
            return 2;
        }

        return value == 'e' ? 1 : 0;
    }

    /// <summary>Where the first whole <c>endstream</c> in the bytes starts; -1 when there is none.</summary>
    private static int IndexOfEndStream(byte[] buffer, int start, int end)
    {
#if NET
        var found = buffer.AsSpan(start, end - start).IndexOf(EndStream);
        return found < 0 ? -1 : start + found;
#else
        var last = end - EndStream.Length;
        var i = start;
        while (i <= last)
        {
            var e = Array.IndexOf(buffer, EndStream[0], i, last - i + 1);
            if (e < 0)
            {
                return -1;
            }

            var k = 1;
            while (k < EndStream.Length && buffer[e + k] == EndStream[k])
            {
                k++;
            }

            if (k == EndStream.Length)
            {
                return e;
            }

            i = e + 1;
        }

        return -1;
#endif
    }
}

using Cdg.Inscription.Files.Inspection;

namespace Cdg.Inscription.Files.Pdf;

/// <summary>
/// Reads PDF objects from a window of a file's bytes, as a reader does when it follows a
/// cross-reference offset: indirect objects, cross-reference tables and trailers. Every name it
/// reads is given to <see cref="PdfActiveContent"/>, so that what the reader's view sees is
/// refused as the sequential scan refuses it.
/// </summary>
/// <remarks>
/// The window may end before the object does: <see cref="NeedMore"/> then says that a larger
/// window is needed, unless the window ends with the file. Syntax that no reader could take for
/// an object (a dictionary key that is not a name, a stray delimiter, nesting deeper than
/// <see cref="MaxDepth"/>) sets <see cref="Malformed"/>. Values are kept to a depth of
/// <see cref="StoredDepth"/>; deeper ones are read for their names only.
/// </remarks>
internal sealed class PdfParser
{
    /// <summary>The deepest nesting of arrays and dictionaries read.</summary>
    internal const int MaxDepth = 256;

    /// <summary>The deepest nesting whose values are kept; the keys of dictionaries deeper than the lexer tracks count as keys, as in the lexer.</summary>
    internal const int MaxStoredDepth = 4;

    /// <summary>The most items of an array that are kept.</summary>
    internal const int MaxStoredItems = 1 << 16;

    /// <summary>The most bytes of a keyword or number that are kept.</summary>
    private const int MaxRegularLength = 32;

    /// <summary>The most digits of an integer that is read as one.</summary>
    private const int MaxIntegerDigits = 18;

    private static readonly byte[] ObjKeyword = PdfBytes.Ascii("obj");
    private static readonly byte[] EndObjKeyword = PdfBytes.Ascii("endobj");
    private static readonly byte[] StreamKeyword = PdfBytes.Ascii("stream");
    private static readonly byte[] TrueKeyword = PdfBytes.Ascii("true");
    private static readonly byte[] FalseKeyword = PdfBytes.Ascii("false");
    private static readonly byte[] NullKeyword = PdfBytes.Ascii("null");

    /// <summary>Where the names read are recorded.</summary>
    private readonly FormatReport _found;

    /// <summary>The decoded bytes of the last name.</summary>
    private readonly byte[] _name = new byte[PdfLexer.MaxNameLength];

    /// <summary>The bytes of the last keyword.</summary>
    private readonly byte[] _regular = new byte[MaxRegularLength];

    private byte[] _bytes = [];
    private int _end;
    private bool _endIsFileEnd;
    private int _regularLength;

    /// <summary>Creates a parser.</summary>
    /// <param name="found">Where the faults that names mean are recorded.</param>
    internal PdfParser(FormatReport found) => _found = found;

    /// <summary>
    /// The deepest nesting whose values are kept, <see cref="MaxStoredDepth"/> by default; 0 to
    /// read objects for their names only, as the objects of an object stream are read.
    /// </summary>
    internal int StoredDepth { get; set; } = MaxStoredDepth;

    /// <summary>Where the next token starts, or the first byte not read.</summary>
    internal int Position { get; set; }

    /// <summary>Whether the window ended before what was read; a larger window may tell.</summary>
    internal bool NeedMore { get; private set; }

    /// <summary>Whether the bytes are not PDF syntax that a reader could take.</summary>
    internal bool Malformed { get; private set; }

    /// <summary>Whether reading stopped, for <see cref="NeedMore"/> or <see cref="Malformed"/>.</summary>
    internal bool Failed => NeedMore || Malformed;

    /// <summary>The value of the last integer token.</summary>
    internal long Integer { get; private set; }

    /// <summary>The number of the last object that <see cref="ReadIndirectObject"/> read.</summary>
    internal long ObjectNumber { get; private set; }

    /// <summary>Which name the last name token was.</summary>
    internal PdfName Name { get; private set; }

    /// <summary>Sets the window to read.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <param name="start">Where reading starts.</param>
    /// <param name="end">Where the window ends.</param>
    /// <param name="endIsFileEnd">Whether the file ends there too.</param>
    internal void Reset(byte[] bytes, int start, int end, bool endIsFileEnd)
    {
        _bytes = bytes;
        Position = start;
        _end = end;
        _endIsFileEnd = endIsFileEnd;
        NeedMore = false;
        Malformed = false;
    }

    /// <summary>Whether the last keyword token is <paramref name="keyword"/>.</summary>
    /// <param name="keyword">The keyword's bytes.</param>
    /// <returns>True when it is.</returns>
    internal bool IsKeyword(byte[] keyword) => PdfBytes.Equals(_regular, _regularLength, keyword);

    /// <summary>
    /// Reads <c>N G obj</c> and the object's value; then, after <c>endobj</c> or <c>stream</c>,
    /// says where the value ends and whether the object is a stream.
    /// </summary>
    /// <param name="number">The object number that the cross-reference gives; -1 for any.</param>
    /// <param name="generation">The generation that it gives; -1 for any.</param>
    /// <param name="isStream">Whether <c>stream</c> follows the value: <see cref="Position"/> is then just after the keyword.</param>
    /// <returns>The value; null when reading failed, or the header is not that object's.</returns>
    internal PdfValue? ReadIndirectObject(long number, long generation, out bool isStream)
    {
        isStream = false;
        if (Next() != PdfTokenKind.Integer || (number >= 0 && Integer != number) || !Remember(out var read)
            || Next() != PdfTokenKind.Integer || (generation >= 0 && Integer != generation)
            || Next() != PdfTokenKind.Keyword || !IsKeyword(ObjKeyword))
        {
            Malformed |= !NeedMore;
            return null;
        }

        ObjectNumber = read;
        var value = ReadValue(1);
        if (value is null)
        {
            return null;
        }

        var afterValue = Position;
        var token = Next();
        if (token == PdfTokenKind.Keyword && IsKeyword(StreamKeyword))
        {
            isStream = true;
            return value;
        }

        if (NeedMore)
        {
            return null;
        }

        // endobj, or anything else: readers take the object as read (qpdf warns "expected endobj").
        Malformed = false;
        if (!(token == PdfTokenKind.Keyword && IsKeyword(EndObjKeyword)))
        {
            Position = afterValue;
        }

        return value;
    }

    /// <summary>Reads one value, and the values it holds.</summary>
    /// <param name="depth">Its depth: 1 for an object's value.</param>
    /// <returns>The value (a shared placeholder when deeper than <see cref="StoredDepth"/>); null when reading failed.</returns>
    internal PdfValue? ReadValue(int depth) => ValueOf(Next(), depth);

    /// <summary>The value that starts with a token just read, and the values it holds.</summary>
    private PdfValue? ValueOf(PdfTokenKind token, int depth)
    {
        var kept = depth <= StoredDepth;
        switch (token)
        {
            case PdfTokenKind.Integer:
                return ReadIntegerOrReference(kept);
            case PdfTokenKind.Real:
                return PdfValue.Real;
            case PdfTokenKind.Name:
                if (depth > PdfLexer.MaxTrackedDepth)
                {
                    PdfActiveContent.OnKey(_found, Name);
                }

                return kept ? PdfValue.OfName(Name) : PdfValue.Null;
            case PdfTokenKind.String:
                return PdfValue.String;
            case PdfTokenKind.ArrayStart:
                return ReadArray(depth);
            case PdfTokenKind.DictionaryStart:
                return ReadDictionary(depth);
            case PdfTokenKind.Keyword:
                if (IsKeyword(NullKeyword))
                {
                    return PdfValue.Null;
                }

                if (IsKeyword(TrueKeyword) || IsKeyword(FalseKeyword))
                {
                    return PdfValue.Boolean;
                }

                Malformed = true;
                return null;
            case PdfTokenKind.None:
                return null;
            default:
                Malformed = true;
                return null;
        }
    }

    /// <summary>Reads the next token.</summary>
    /// <returns>Its kind; <see cref="PdfTokenKind.None"/> when the window ended first or the bytes are not a token.</returns>
    internal PdfTokenKind Next()
    {
        if (!SkipWhitespaceAndComments())
        {
            return PdfTokenKind.None;
        }

        var value = _bytes[Position];
        switch (value)
        {
            case (byte)'/':
                return ReadName();
            case (byte)'(':
                return SkipLiteralString();
            case (byte)'<':
                if (Position + 1 >= _end)
                {
                    return Short();
                }

                if (_bytes[Position + 1] == '<')
                {
                    Position += 2;
                    return PdfTokenKind.DictionaryStart;
                }

                return SkipHexString();
            case (byte)'>':
                if (Position + 1 >= _end)
                {
                    return Short();
                }

                if (_bytes[Position + 1] == '>')
                {
                    Position += 2;
                    return PdfTokenKind.DictionaryEnd;
                }

                Malformed = true;
                return PdfTokenKind.None;
            case (byte)'[':
                Position++;
                return PdfTokenKind.ArrayStart;
            case (byte)']':
                Position++;
                return PdfTokenKind.ArrayEnd;
            case (byte)')':
            case (byte)'{':
            case (byte)'}':
                Malformed = true;
                return PdfTokenKind.None;
            default:
                return ReadRegular();
        }
    }

    /// <summary>The last integer, kept while the tokens after it are read.</summary>
    private bool Remember(out long value)
    {
        value = Integer;
        return true;
    }

    private PdfValue? ReadIntegerOrReference(bool kept)
    {
        var first = Integer;
        var after = Position;

        // Only digits, white space and "R" can make a reference: anything else ends the integer at once.
        var i = PdfBytes.SkipWhitespace(_bytes, after, _end);
        if (i < _end && _bytes[i] is < (byte)'0' or > (byte)'9')
        {
            return kept ? PdfValue.OfInteger(first) : PdfValue.Null;
        }

        if (Next() == PdfTokenKind.Integer)
        {
            var second = Integer;
            if (Next() == PdfTokenKind.Keyword && _regularLength == 1 && _regular[0] == 'R')
            {
                return kept ? PdfValue.OfReference(first, second) : PdfValue.Null;
            }
        }

        if (NeedMore)
        {
            return null;
        }

        Malformed = false;
        Position = after;
        return kept ? PdfValue.OfInteger(first) : PdfValue.Null;
    }

    private PdfValue? ReadArray(int depth)
    {
        if (depth >= MaxDepth)
        {
            Malformed = true;
            return null;
        }

        var items = depth < StoredDepth ? new List<PdfValue>() : null;
        while (true)
        {
            var token = Next();
            if (token == PdfTokenKind.ArrayEnd)
            {
                return items is null ? PdfValue.Null : PdfValue.OfArray(items);
            }

            var item = ValueOf(token, depth + 1);
            if (item is null)
            {
                return null;
            }

            if (items is not null && items.Count < MaxStoredItems)
            {
                items.Add(item);
            }
        }
    }

    private PdfValue? ReadDictionary(int depth)
    {
        if (depth >= MaxDepth)
        {
            Malformed = true;
            return null;
        }

        var entries = depth < StoredDepth ? new List<KeyValuePair<PdfName, PdfValue>>() : null;
        while (true)
        {
            var token = Next();
            if (token == PdfTokenKind.DictionaryEnd)
            {
                return entries is null ? PdfValue.Null : PdfValue.OfDictionary(entries);
            }

            if (token != PdfTokenKind.Name)
            {
                Malformed |= !NeedMore;
                return null;
            }

            var key = Name;
            PdfActiveContent.OnKey(_found, key);
            var value = ReadValue(depth + 1);
            if (value is null)
            {
                return null;
            }

            if (entries is not null && key != PdfName.Other)
            {
                entries.Add(new KeyValuePair<PdfName, PdfValue>(key, value));
            }
        }
    }

    /// <summary>Skips white space and comments; false when the window ends first.</summary>
    private bool SkipWhitespaceAndComments()
    {
        while (true)
        {
            Position = PdfBytes.SkipWhitespace(_bytes, Position, _end);
            if (Position >= _end)
            {
                Short();
                return false;
            }

            if (_bytes[Position] != '%')
            {
                return true;
            }

            while (Position < _end && _bytes[Position] != '\r' && _bytes[Position] != '\n')
            {
                Position++;
            }
        }
    }

    private PdfTokenKind ReadName()
    {
        var i = Position + 1;
        var length = 0;
        var tooLong = false;
        while (i < _end && PdfBytes.IsRegular(_bytes[i]))
        {
            var value = _bytes[i++];
            if (value == '#')
            {
                if (i + 1 >= _end && !_endIsFileEnd)
                {
                    return Short();
                }

                if (i + 1 < _end && PdfBytes.HexValue(_bytes[i]) >= 0 && PdfBytes.HexValue(_bytes[i + 1]) >= 0)
                {
                    value = (byte)((PdfBytes.HexValue(_bytes[i]) << 4) | PdfBytes.HexValue(_bytes[i + 1]));
                    i += 2;
                }
            }

            if (length < _name.Length)
            {
                _name[length++] = value;
            }
            else
            {
                tooLong = true;
            }
        }

        if (i >= _end && !_endIsFileEnd)
        {
            return Short();
        }

        Position = i;
        Name = tooLong || length == 0 ? PdfName.Other : PdfNames.Classify(_name, length);
        PdfActiveContent.OnName(_found, Name);
        return PdfTokenKind.Name;
    }

    private PdfTokenKind SkipLiteralString()
    {
        var depth = 0L;
        var i = Position;
        while (i < _end)
        {
            var value = _bytes[i++];
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
                Position = i;
                return PdfTokenKind.String;
            }
        }

        return Short();
    }

    private PdfTokenKind SkipHexString()
    {
        var close = Array.IndexOf(_bytes, (byte)'>', Position + 1, _end - Position - 1);
        if (close < 0)
        {
            return Short();
        }

        Position = close + 1;
        return PdfTokenKind.String;
    }

    private PdfTokenKind ReadRegular()
    {
        var i = Position;
        while (i < _end && PdfBytes.IsRegular(_bytes[i]))
        {
            i++;
        }

        if (i >= _end && !_endIsFileEnd)
        {
            return Short();
        }

        var start = Position;
        Position = i;
        var length = i - start;
        _regularLength = Math.Min(length, MaxRegularLength);
        Buffer.BlockCopy(_bytes, start, _regular, 0, _regularLength);
        if (length > MaxRegularLength)
        {
            _regularLength = 0;
            return PdfTokenKind.Keyword;
        }

        return ClassifyRegular(start, length);
    }

    /// <summary>A number (integer or real) or a keyword.</summary>
    private PdfTokenKind ClassifyRegular(int start, int length)
    {
        var i = start;
        var end = start + length;
        var negative = false;
        if (_bytes[i] is (byte)'+' or (byte)'-')
        {
            negative = _bytes[i] == '-';
            i++;
        }

        var digits = 0;
        long value = 0;
        var dot = false;
        for (; i < end; i++)
        {
            var b = _bytes[i];
            if (b is >= (byte)'0' and <= (byte)'9')
            {
                if (++digits <= MaxIntegerDigits)
                {
                    value = (value * 10) + (b - '0');
                }
            }
            else if (b == '.' && !dot)
            {
                dot = true;
            }
            else
            {
                return PdfTokenKind.Keyword;
            }
        }

        if (digits == 0)
        {
            return PdfTokenKind.Keyword;
        }

        if (dot || digits > MaxIntegerDigits)
        {
            return PdfTokenKind.Real;
        }

        Integer = negative ? -value : value;
        return PdfTokenKind.Integer;
    }

    /// <summary>The window ended inside a token: more is needed, or, at the end of the file, the token is cut off.</summary>
    private PdfTokenKind Short()
    {
        if (_endIsFileEnd)
        {
            Malformed = true;
        }
        else
        {
            NeedMore = true;
        }

        return PdfTokenKind.None;
    }
}

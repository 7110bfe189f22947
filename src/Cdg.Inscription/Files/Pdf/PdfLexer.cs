using Cdg.Inscription.Files.Inspection;

namespace Cdg.Inscription.Files.Pdf;

/// <summary>
/// A PDF lexer that keeps its state from one chunk of bytes to the next, so that a token may be
/// split anywhere. It reads comments, names (decoding <c>#xx</c> escapes), literal and
/// hexadecimal strings, dictionaries, arrays, numbers and keywords; it records the names of
/// active content, the root page tree's page count, and, at the top level of a file, the
/// <c>%%EOF</c> markers and what follows the last one.
/// </summary>
/// <remarks>
/// The lexer does not read stream data: at the top level of a file it stops after the keyword
/// <c>stream</c> that follows a dictionary, and the scanner skips the data. In an object
/// stream, whose objects cannot be streams, the keyword is ignored. Its memory is fixed: names
/// are cut to <see cref="MaxNameLength"/> bytes for matching, and the entries of dictionaries
/// nested deeper than <see cref="MaxTrackedDepth"/> are not tracked. For speed, a number (or the
/// <c>R</c> of a reference) whose value is not needed, which is any but the value of
/// <c>/Length</c>, <c>/Count</c>, <c>/N</c> or <c>/Filter</c>, is skipped whole when it ends within
/// the bytes given, with the same effect as if it were read.
/// </remarks>
internal sealed class PdfLexer
{
    /// <summary>The most bytes of a name that are kept for matching; a longer name matches no key.</summary>
    internal const int MaxNameLength = 127;

    /// <summary>The deepest nesting of dictionaries and arrays whose keys and entries are tracked.</summary>
    internal const int MaxTrackedDepth = 64;

    /// <summary>The most bytes of a number or keyword that are kept; a longer one is neither.</summary>
    private const int MaxRegularLength = 20;

    /// <summary>The most digits of an integer that is read as one (fits in a long).</summary>
    private const int MaxIntegerDigits = 18;

    /// <summary><c>%%EOF</c> after the comment's first <c>%</c>.</summary>
    private static readonly byte[] EndOfFileMarker = PdfBytes.Ascii("%EOF");

    /// <summary>The keywords that the lexer acts upon.</summary>
    private static readonly byte[] ObjKeyword = PdfBytes.Ascii("obj");
    private static readonly byte[] EndObjKeyword = PdfBytes.Ascii("endobj");
    private static readonly byte[] StreamKeyword = PdfBytes.Ascii("stream");
    private static readonly byte[] EndStreamKeyword = PdfBytes.Ascii("endstream");
    private static readonly byte[] XrefKeyword = PdfBytes.Ascii("xref");
    private static readonly byte[] TrailerKeyword = PdfBytes.Ascii("trailer");
    private static readonly byte[] StartXrefKeyword = PdfBytes.Ascii("startxref");

    /// <summary>Where the faults and the page count found are recorded.</summary>
    private readonly FormatReport _found;

    /// <summary>Whether the bytes are a file's, rather than an object stream's.</summary>
    private readonly bool _topLevel;

    /// <summary>The decoded bytes of the current name, up to <see cref="MaxNameLength"/>.</summary>
    private readonly byte[] _name = new byte[MaxNameLength];

    /// <summary>The bytes of the current number or keyword, up to <see cref="MaxRegularLength"/>.</summary>
    private readonly byte[] _regular = new byte[MaxRegularLength];

    /// <summary>The facts of the open dictionaries, by depth (index 0 for depth 1).</summary>
    private readonly PdfDictionaryFacts[] _dictionaries = new PdfDictionaryFacts[MaxTrackedDepth];

    /// <summary>Where the lexer is: between tokens or in one.</summary>
    private PdfLexState _state;

    /// <summary>How many bytes of the current name are kept.</summary>
    private int _nameLength;

    /// <summary>Whether the current name is longer than <see cref="MaxNameLength"/>.</summary>
    private bool _nameTooLong;

    /// <summary>In a name: 0 outside an escape, 1 after <c>#</c>, 2 after <c>#</c> and a hexadecimal digit.</summary>
    private int _nameEscape;

    /// <summary>The first hexadecimal digit of a name escape, as written.</summary>
    private byte _nameEscapeDigit;

    /// <summary>How many bytes of the current number or keyword are kept.</summary>
    private int _regularLength;

    /// <summary>Whether the current number or keyword is longer than <see cref="MaxRegularLength"/>.</summary>
    private bool _regularTooLong;

    /// <summary>The nesting of parentheses in the current literal string.</summary>
    private long _stringDepth;

    /// <summary>Whether the last byte of the literal string was a backslash that escapes the next.</summary>
    private bool _stringEscape;

    /// <summary>
    /// In a comment at the top level: 0 to 3, how many bytes of <c>%EOF</c> followed its <c>%</c>;
    /// 4 when it is an end-of-file marker; -1 when it is another comment.
    /// </summary>
    private int _commentMatch;

    /// <summary>The offset in the file of the current comment's <c>%</c>.</summary>
    private long _commentStart;

    /// <summary>How many dictionaries and arrays are open.</summary>
    private int _depth;

    /// <summary>Bit <c>d</c>: whether the container at depth <c>d + 1</c> is a dictionary.</summary>
    private ulong _dictionaryBits;

    /// <summary>Bit <c>d</c>: whether the dictionary at depth <c>d + 1</c> expects a key next.</summary>
    private ulong _expectKeyBits;

    /// <summary>Whether the last token closed a dictionary at the top level, which a stream may follow.</summary>
    private bool _dictionaryJustClosed;

    /// <summary>The facts of the last dictionary closed at the top level.</summary>
    private PdfDictionaryFacts _lastDictionary;

    /// <summary>Creates a lexer.</summary>
    /// <param name="found">Where to record the faults and the page count found.</param>
    /// <param name="topLevel">
    /// True for the bytes of a file: streams are announced and end-of-file markers tracked; false
    /// for the objects of an object stream.
    /// </param>
    internal PdfLexer(FormatReport found, bool topLevel)
    {
        _found = found;
        _topLevel = topLevel;
        Reset();
    }

    /// <summary>Whether the lexer stopped after the keyword <c>stream</c> of a stream; <see cref="TakeStreamDictionary"/> clears it.</summary>
    internal bool StreamStarted { get; private set; }

    /// <summary>Whether an end-of-file marker (<c>%%EOF</c>) was read at the top level.</summary>
    internal bool EndOfFileSeen => LastEndOfFileOffset >= 0;

    /// <summary>The offset in the file of the last end-of-file marker; -1 when there is none.</summary>
    internal long LastEndOfFileOffset { get; private set; }

    /// <summary>Whether bytes other than white space follow the last end-of-file marker.</summary>
    internal bool DataAfterEndOfFile { get; private set; }

    /// <summary>
    /// Whether what follows the last end-of-file marker holds the keywords of a PDF section
    /// (<c>obj</c>, <c>xref</c>, <c>trailer</c>, <c>startxref</c>): an incremental update cut off.
    /// </summary>
    internal bool SectionAfterEndOfFile { get; private set; }

    /// <summary>The <c>/N</c> of the last linearization dictionary; null when there is none.</summary>
    internal int? LinearizedPageCount { get; private set; }

    /// <summary>Whether the bytes ended in a string or in an open dictionary or array; set by <see cref="Finish"/>.</summary>
    internal bool IsUnterminated { get; private set; }

    /// <summary>Forgets everything read, to lex other bytes.</summary>
    internal void Reset()
    {
        _state = PdfLexState.Between;
        _nameLength = 0;
        _nameTooLong = false;
        _nameEscape = 0;
        _regularLength = 0;
        _regularTooLong = false;
        _stringDepth = 0;
        _stringEscape = false;
        _commentMatch = -1;
        _depth = 0;
        _dictionaryBits = 0;
        _expectKeyBits = 0;
        _dictionaryJustClosed = false;
        _lastDictionary = PdfDictionaryFacts.Empty;
        StreamStarted = false;
        LastEndOfFileOffset = -1;
        DataAfterEndOfFile = false;
        SectionAfterEndOfFile = false;
        LinearizedPageCount = null;
        IsUnterminated = false;
    }

    /// <summary>The dictionary of the stream that starts, and clears <see cref="StreamStarted"/>.</summary>
    /// <returns>Its facts.</returns>
    internal PdfDictionaryFacts TakeStreamDictionary()
    {
        StreamStarted = false;
        return _lastDictionary;
    }

    /// <summary>
    /// Lexes the next bytes, until they end or, at the top level, until a stream starts
    /// (<see cref="StreamStarted"/>): the stream's data then begin with the byte after the last
    /// one consumed, which is the line end that follows <c>stream</c>.
    /// </summary>
    /// <param name="buffer">The buffer that holds the bytes.</param>
    /// <param name="offset">Where they start.</param>
    /// <param name="count">How many there are.</param>
    /// <param name="position">The offset in the file of <c>buffer[offset]</c>.</param>
    /// <returns>How many bytes were consumed: <paramref name="count"/> unless a stream started.</returns>
    internal int Lex(byte[] buffer, int offset, int count, long position)
    {
        var end = offset + count;
        var i = offset;
        var classes = PdfBytes.Classes;
        while (i < end)
        {
            switch (_state)
            {
                case PdfLexState.Between:
                    // Most runs of white space are one byte; a longer one is skipped in one search.
                    if (classes[buffer[i]] == PdfBytes.Whitespace && ++i < end && classes[buffer[i]] == PdfBytes.Whitespace)
                    {
                        i = PdfBytes.SkipWhitespace(buffer, i, end);
                    }

                    if (i == end)
                    {
                        return count;
                    }

                    if (LastEndOfFileOffset >= 0)
                    {
                        DataAfterEndOfFile = true;
                    }

                    // A number whose value is not needed is skipped whole; other numbers, keywords and
                    // names, the commonest tokens, go straight on. The dictionary that a stream follows
                    // is forgotten at the start of any token but a keyword, which may be "stream".
                    if (classes[buffer[i]] == PdfBytes.Regular)
                    {
                        var skipped = SkipNumber(buffer, i, end);
                        if (skipped > i)
                        {
                            i = skipped;
                            break;
                        }

                        _state = PdfLexState.Regular;
                        _regularLength = 0;
                        _regularTooLong = false;
                        goto case PdfLexState.Regular;
                    }

                    if (buffer[i] == '/')
                    {
                        _state = PdfLexState.Name;
                        _dictionaryJustClosed = false;
                        _nameLength = 0;
                        _nameTooLong = false;
                        _nameEscape = 0;
                        i++;
                        goto case PdfLexState.Name;
                    }

                    i = StartDelimited(buffer[i], i, position - offset);
                    break;

                case PdfLexState.Regular:
                    {
                        var length = _regularLength;
                        var regular = _regular;
                        while (i < end)
                        {
                            var value = buffer[i];
                            if (classes[value] != PdfBytes.Regular)
                            {
                                break;
                            }

                            if (length < MaxRegularLength)
                            {
                                regular[length++] = value;
                            }
                            else
                            {
                                _regularTooLong = true;
                            }

                            i++;
                        }

                        _regularLength = length;
                        if (i < end)
                        {
                            _state = PdfLexState.Between;
                            EndRegular();
                            if (StreamStarted)
                            {
                                return i - offset;
                            }
                        }

                        break;
                    }

                case PdfLexState.Name:
                    i = LexName(buffer, i, end);
                    break;

                case PdfLexState.Comment:
                    i = LexComment(buffer, i, end);
                    break;

                case PdfLexState.LiteralString:
                    i = LexLiteralString(buffer, i, end);
                    break;

                case PdfLexState.HexString:
                    i = LexHexString(buffer, i, end);
                    break;

                case PdfLexState.LessThan:
                    _state = PdfLexState.HexString;
                    if (buffer[i] == '<')
                    {
                        _state = PdfLexState.Between;
                        OpenContainer(dictionary: true);
                        i++;
                    }

                    break;

                default:
                    // After a '>': a second one closes a dictionary; a lone one is ignored.
                    _state = PdfLexState.Between;
                    if (buffer[i] == '>')
                    {
                        CloseContainer();
                        i++;
                    }

                    break;
            }
        }

        return count;
    }

    /// <summary>
    /// Says that the bytes have ended: ends the token in progress, and sets <see cref="IsUnterminated"/>.
    /// At the top level, <see cref="StreamStarted"/> may then be set, for a file that ends with <c>stream</c>.
    /// </summary>
    internal void Finish()
    {
        var unterminated = false;
        switch (_state)
        {
            case PdfLexState.Name:
                EndName();
                break;
            case PdfLexState.Regular:
                EndRegular();
                break;
            case PdfLexState.LiteralString:
            case PdfLexState.HexString:
            case PdfLexState.LessThan:
                unterminated = true;
                break;
            default:
                break;
        }

        _state = PdfLexState.Between;
        IsUnterminated = unterminated || _depth > 0;
    }

    /// <summary>
    /// Skips a number, or the <c>R</c> of a reference, that ends within the bytes, when the scan does
    /// not need its value: everywhere but after a key whose value is read (<c>/Length</c>,
    /// <c>/Count</c>, <c>/N</c>, <c>/Filter</c>). It then only ends the value of a dictionary entry,
    /// as it would if read.
    /// </summary>
    /// <param name="buffer">The bytes.</param>
    /// <param name="i">Where the token starts: a regular character.</param>
    /// <param name="end">Where the bytes end.</param>
    /// <returns>Where the token ends; <paramref name="i"/> when it is not skipped.</returns>
    private int SkipNumber(byte[] buffer, int i, int end)
    {
        var numbers = PdfBytes.NumberCharacters;
        var value = buffer[i];
        var j = i + 1;
        if (value == 'R')
        {
            if (j == end || PdfBytes.IsRegular(buffer[j]))
            {
                return i;
            }
        }
        else if (numbers[value] != 0)
        {
            while (j < end && numbers[buffer[j]] != 0)
            {
                j++;
            }

            if (j == end || PdfBytes.IsRegular(buffer[j]))
            {
                return i;
            }
        }
        else
        {
            return i;
        }

        var top = _depth - 1;
        if (top >= 0 && top < MaxTrackedDepth && IsDictionary(top))
        {
            ref var facts = ref _dictionaries[top];
            if (facts.Key is PdfName.Length or PdfName.Count or PdfName.N or PdfName.Filter)
            {
                return i;
            }

            facts.PendingStage = 0;
            if (value != 'R')
            {
                SetExpectsKey(top, true);
            }
        }

        _dictionaryJustClosed = false;
        return j;
    }

    /// <summary>Starts a token that begins with a delimiter other than <c>/</c>: a comment, a string, a dictionary or an array.</summary>
    /// <param name="value">The delimiter.</param>
    /// <param name="i">Where it is.</param>
    /// <param name="origin">The offset in the file of the lexed buffer's first byte.</param>
    /// <returns>Where to go on: after the delimiter.</returns>
    private int StartDelimited(byte value, int i, long origin)
    {
        if (value == '%')
        {
            _state = PdfLexState.Comment;
            _commentMatch = _topLevel ? 0 : -1;
            _commentStart = origin + i;
            return i + 1;
        }

        _dictionaryJustClosed = false;
        switch (value)
        {
            case (byte)'(':
                _state = PdfLexState.LiteralString;
                _stringDepth = 1;
                _stringEscape = false;
                break;
            case (byte)'<':
                _state = PdfLexState.LessThan;
                break;
            case (byte)'>':
                _state = PdfLexState.GreaterThan;
                break;
            case (byte)'[':
                OpenContainer(dictionary: false);
                break;
            case (byte)']':
                CloseContainer();
                break;
            default:
                // ')', '{' and '}' outside a string: ignored.
                break;
        }

        return i + 1;
    }

    /// <summary>Reads the bytes of a name, decoding <c>#xx</c> escapes, up to the white space or delimiter that ends it.</summary>
    private int LexName(byte[] buffer, int i, int end)
    {
        var stops = PdfBytes.NameStops;
        while (i < end)
        {
            if (_nameEscape == 0)
            {
                // The plain bytes of the name, at once.
                var length = _nameLength;
                var name = _name;
                while (i < end)
                {
                    var plain = buffer[i];
                    if (stops[plain] != 0)
                    {
                        break;
                    }

                    if (length < MaxNameLength)
                    {
                        name[length++] = plain;
                    }
                    else
                    {
                        _nameTooLong = true;
                    }

                    i++;
                }

                _nameLength = length;
                if (i == end)
                {
                    return i;
                }

                if (buffer[i] != '#')
                {
                    _state = PdfLexState.Between;
                    EndName();
                    return i;
                }

                _nameEscape = 1;
                i++;
                continue;
            }

            var value = buffer[i];
            var digit = PdfBytes.HexValue(value);
            if (digit < 0)
            {
                // Not an escape: the '#' (and the digit) are the name's own bytes; the byte is read again.
                AppendName((byte)'#');
                if (_nameEscape == 2)
                {
                    AppendName(_nameEscapeDigit);
                }

                _nameEscape = 0;
                continue;
            }

            if (_nameEscape == 1)
            {
                _nameEscapeDigit = value;
                _nameEscape = 2;
            }
            else
            {
                AppendName((byte)((PdfBytes.HexValue(_nameEscapeDigit) << 4) | digit));
                _nameEscape = 0;
            }

            i++;
        }

        return i;
    }

    /// <summary>Skips a comment up to its line end; at the top level, recognises <c>%%EOF</c>.</summary>
    private int LexComment(byte[] buffer, int i, int end)
    {
        while (_commentMatch is >= 0 and < 4 && i < end)
        {
            if (buffer[i] != EndOfFileMarker[_commentMatch])
            {
                _commentMatch = -1;
                break;
            }

            _commentMatch++;
            i++;
            if (_commentMatch == 4)
            {
                LastEndOfFileOffset = _commentStart;
                DataAfterEndOfFile = false;
                SectionAfterEndOfFile = false;
            }
        }

        if (_commentMatch == 4)
        {
            // The rest of the marker's line: anything but white space is data after the end.
            while (i < end)
            {
                var value = buffer[i];
                if (value is (byte)'\r' or (byte)'\n')
                {
                    _state = PdfLexState.Between;
                    return i;
                }

                if (!PdfBytes.IsWhitespace(value))
                {
                    DataAfterEndOfFile = true;
                }

                i++;
            }

            return i;
        }

        if (i == end)
        {
            return i;
        }

#if NET
        var found = buffer.AsSpan(i, end - i).IndexOfAny((byte)'\r', (byte)'\n');
        if (found < 0)
        {
            return end;
        }

        _state = PdfLexState.Between;
        return i + found;
#else
        while (i < end)
        {
            var value = buffer[i];
            if (value == '\r' || value == '\n')
            {
                _state = PdfLexState.Between;
                return i;
            }

            i++;
        }

        return i;
#endif
    }

    /// <summary>Skips a literal string: balanced parentheses, backslash escapes.</summary>
    private int LexLiteralString(byte[] buffer, int i, int end)
    {
        while (i < end)
        {
            if (_stringEscape)
            {
                _stringEscape = false;
                i++;
                continue;
            }

#if NET
            var found = buffer.AsSpan(i, end - i).IndexOfAny((byte)'(', (byte)')', (byte)'\\');
            if (found < 0)
            {
                return end;
            }

            i += found;
            var value = buffer[i];
#else
            var value = buffer[i];
            if (value != '(' && value != ')' && value != '\\')
            {
                i++;
                continue;
            }
#endif
            i++;
            if (value == '\\')
            {
                _stringEscape = true;
            }
            else if (value == '(')
            {
                _stringDepth++;
            }
            else if (--_stringDepth == 0)
            {
                _state = PdfLexState.Between;
                _dictionaryJustClosed = false;
                OnOtherValue();
                return i;
            }
        }

        return i;
    }

    /// <summary>Skips a hexadecimal string up to its <c>&gt;</c>.</summary>
    private int LexHexString(byte[] buffer, int i, int end)
    {
        var found = Array.IndexOf(buffer, (byte)'>', i, end - i);
        if (found < 0)
        {
            return end;
        }

        _state = PdfLexState.Between;
        OnOtherValue();
        return found + 1;
    }

    /// <summary>Adds a decoded byte to the current name; past <see cref="MaxNameLength"/> the name is only marked too long.</summary>
    private void AppendName(byte value)
    {
        if (_nameLength < MaxNameLength)
        {
            _name[_nameLength++] = value;
        }
        else
        {
            _nameTooLong = true;
        }
    }

    /// <summary>Ends a name: a '#' left at its end is its own byte.</summary>
    private void EndName()
    {
        if (_nameEscape != 0)
        {
            AppendName((byte)'#');
            if (_nameEscape == 2)
            {
                AppendName(_nameEscapeDigit);
            }

            _nameEscape = 0;
        }

        OnName(_nameTooLong ? PdfName.Other : PdfNames.Classify(_name, _nameLength));
    }

    /// <summary>Ends a number or keyword.</summary>
    private void EndRegular()
    {
        var length = _regularLength;
        if (_regularTooLong || length == 0)
        {
            _dictionaryJustClosed = false;
            OnOtherValue();
            return;
        }

        if (length <= MaxIntegerDigits)
        {
            long value = 0;
            var digits = true;
            for (var k = 0; k < length; k++)
            {
                var digit = _regular[k] - '0';
                if ((uint)digit > 9)
                {
                    digits = false;
                    break;
                }

                value = (value * 10) + digit;
            }

            if (digits)
            {
                _dictionaryJustClosed = false;
                OnInteger(value);
                return;
            }
        }

        var keyword = ClassifyKeyword(length);
        var streamFollows = _dictionaryJustClosed;
        _dictionaryJustClosed = false;
        OnKeyword(keyword, streamFollows);
    }

    /// <summary>Which keyword the current regular token is.</summary>
    private PdfKeyword ClassifyKeyword(int length) => length switch
    {
        1 => _regular[0] == 'R' ? PdfKeyword.R : PdfKeyword.Other,
        3 => PdfBytes.Equals(_regular, length, ObjKeyword) ? PdfKeyword.Obj : PdfKeyword.Other,
        4 => PdfBytes.Equals(_regular, length, XrefKeyword) ? PdfKeyword.Xref : PdfKeyword.Other,
        6 => PdfBytes.Equals(_regular, length, StreamKeyword) ? PdfKeyword.Stream
            : PdfBytes.Equals(_regular, length, EndObjKeyword) ? PdfKeyword.EndObj
            : PdfKeyword.Other,
        7 => PdfBytes.Equals(_regular, length, TrailerKeyword) ? PdfKeyword.Trailer : PdfKeyword.Other,
        9 => PdfBytes.Equals(_regular, length, EndStreamKeyword) ? PdfKeyword.EndStream
            : PdfBytes.Equals(_regular, length, StartXrefKeyword) ? PdfKeyword.StartXref
            : PdfKeyword.Other,
        _ => PdfKeyword.Other,
    };

    /// <summary>Records the faults that a name means, and tracks dictionary keys and values.</summary>
    private void OnName(PdfName name)
    {
        PdfActiveContent.OnName(_found, name);

        if (_depth == 0)
        {
            return;
        }

        var top = _depth - 1;
        if (top >= MaxTrackedDepth)
        {
            // Too deep to know whether it is a key: an XFA form is assumed.
            PdfActiveContent.OnKey(_found, name);
            return;
        }

        if (IsDictionary(top))
        {
            ref var facts = ref _dictionaries[top];
            facts.PendingStage = 0;
            if (ExpectsKey(top))
            {
                PdfActiveContent.OnKey(_found, name);

                facts.Key = name;
                if (name == PdfName.Parent)
                {
                    facts.HasParent = true;
                }
                else if (name == PdfName.Linearized)
                {
                    facts.Linearized = true;
                }
                else if (name == PdfName.DecodeParms)
                {
                    facts.HasDecodeParms = true;
                }

                SetExpectsKey(top, false);
                return;
            }

            if (facts.Key == PdfName.Type)
            {
                facts.Type = name;
            }
            else if (facts.Key == PdfName.Filter)
            {
                facts.Filter = name == PdfName.FlateDecode ? PdfFilter.Flate : PdfFilter.Other;
            }

            SetExpectsKey(top, true);
            return;
        }

        // An element of the array of /Filter.
        var parent = top - 1;
        if (parent >= 0 && IsDictionary(parent) && !ExpectsKey(parent) && _dictionaries[parent].Key == PdfName.Filter)
        {
            ref var facts = ref _dictionaries[parent];
            facts.Filter = facts.FilterCount == 0 && name == PdfName.FlateDecode ? PdfFilter.Flate : PdfFilter.Other;
            facts.FilterCount++;
        }
    }

    /// <summary>Tracks an integer: the value of <c>/Count</c>, <c>/Length</c> or <c>/N</c>, or part of an indirect reference.</summary>
    private void OnInteger(long value)
    {
        var top = _depth - 1;
        if (top < 0 || top >= MaxTrackedDepth || !IsDictionary(top))
        {
            return;
        }

        ref var facts = ref _dictionaries[top];
        if (ExpectsKey(top))
        {
            // The generation of an indirect reference, or an error.
            facts.PendingStage = facts.PendingStage == 1 ? 2 : 0;
            return;
        }

        switch (facts.Key)
        {
            case PdfName.Count:
                facts.Count = value;
                break;
            case PdfName.Length:
                facts.Length = value;
                break;
            case PdfName.N:
                facts.N = value;
                break;
            case PdfName.Filter:
                facts.Filter = PdfFilter.Other;
                break;
            default:
                break;
        }

        facts.PendingKey = facts.Key;
        facts.PendingStage = 1;
        SetExpectsKey(top, true);
    }

    /// <summary>Acts on a keyword: a reference makes the value before it indirect; object and section keywords resynchronise.</summary>
    private void OnKeyword(PdfKeyword keyword, bool streamFollows)
    {
        switch (keyword)
        {
            case PdfKeyword.R:
                OnReference();
                return;

            case PdfKeyword.Stream:
                if (_topLevel && streamFollows && _depth == 0)
                {
                    StreamStarted = true;
                }

                return;

            case PdfKeyword.Obj:
            case PdfKeyword.Xref:
            case PdfKeyword.Trailer:
            case PdfKeyword.StartXref:
                if (EndOfFileSeen)
                {
                    SectionAfterEndOfFile = true;
                }

                CloseAll();
                return;

            case PdfKeyword.EndObj:
                CloseAll();
                return;

            default:
                OnOtherValue();
                return;
        }
    }

    /// <summary>The keyword <c>R</c>: the integer value before the last one was not direct.</summary>
    private void OnReference()
    {
        var top = _depth - 1;
        if (top < 0 || top >= MaxTrackedDepth || !IsDictionary(top))
        {
            return;
        }

        ref var facts = ref _dictionaries[top];
        if (facts.PendingStage == 2)
        {
            switch (facts.PendingKey)
            {
                case PdfName.Count:
                    facts.Count = -1;
                    break;
                case PdfName.Length:
                    facts.Length = -1;
                    break;
                case PdfName.N:
                    facts.N = -1;
                    break;
                default:
                    break;
            }
        }

        facts.PendingStage = 0;
    }

    /// <summary>A value that is neither a name nor an integer (a string, a keyword, a real): the dictionary expects a key again.</summary>
    private void OnOtherValue()
    {
        var top = _depth - 1;
        if (top < 0 || top >= MaxTrackedDepth || !IsDictionary(top))
        {
            return;
        }

        _dictionaries[top].PendingStage = 0;
        if (!ExpectsKey(top))
        {
            if (_dictionaries[top].Key == PdfName.Filter)
            {
                _dictionaries[top].Filter = PdfFilter.Other;
            }

            SetExpectsKey(top, true);
        }
    }

    /// <summary>Opens a dictionary (<c>&lt;&lt;</c>), which expects a key first, or an array (<c>[</c>).</summary>
    private void OpenContainer(bool dictionary)
    {
        if (_depth < MaxTrackedDepth)
        {
            var bit = 1UL << _depth;
            if (dictionary)
            {
                _dictionaryBits |= bit;
                _expectKeyBits |= bit;
                _dictionaries[_depth] = PdfDictionaryFacts.Empty;
            }
            else
            {
                _dictionaryBits &= ~bit;
            }
        }

        if (_depth < int.MaxValue)
        {
            _depth++;
        }
    }

    /// <summary>Closes the innermost dictionary or array; a dictionary's facts are then acted upon.</summary>
    private void CloseContainer()
    {
        if (_depth == 0)
        {
            return;
        }

        _depth--;
        if (_depth < MaxTrackedDepth && IsDictionary(_depth))
        {
            var facts = _dictionaries[_depth];
            OnDictionary(facts);
            if (_depth == 0)
            {
                _lastDictionary = facts;
                _dictionaryJustClosed = true;
                return;
            }
        }

        // The container was a value of the dictionary that holds it.
        var top = _depth - 1;
        if (top >= 0 && top < MaxTrackedDepth && IsDictionary(top))
        {
            _dictionaries[top].PendingStage = 0;
            SetExpectsKey(top, true);
        }
    }

    /// <summary>Records what a dictionary says of the document: the root page tree's count, the linearization's pages.</summary>
    private void OnDictionary(PdfDictionaryFacts facts)
    {
        if (facts.Type == PdfName.Pages && !facts.HasParent && facts.Count is >= 0 and <= int.MaxValue)
        {
            _found.PageCount = (int)facts.Count;
        }

        if (facts.Linearized && facts.N is >= 0 and <= int.MaxValue)
        {
            LinearizedPageCount = (int)facts.N;
        }
    }

    /// <summary>Forgets the open dictionaries and arrays, at a keyword that only comes outside them.</summary>
    private void CloseAll()
    {
        _depth = 0;
        _dictionaryJustClosed = false;
    }

    /// <summary>Whether the container at depth <paramref name="index"/> + 1 is a dictionary.</summary>
    private bool IsDictionary(int index) => (_dictionaryBits & (1UL << index)) != 0;

    /// <summary>Whether the dictionary at depth <paramref name="index"/> + 1 expects a key next.</summary>
    private bool ExpectsKey(int index) => (_expectKeyBits & (1UL << index)) != 0;

    /// <summary>Sets whether the dictionary at depth <paramref name="index"/> + 1 expects a key next.</summary>
    private void SetExpectsKey(int index, bool expects)
    {
        if (expects)
        {
            _expectKeyBits |= 1UL << index;
        }
        else
        {
            _expectKeyBits &= ~(1UL << index);
        }
    }
}

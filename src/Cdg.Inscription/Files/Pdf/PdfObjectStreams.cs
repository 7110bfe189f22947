using Cdg.Inscription.Files.Inspection;

namespace Cdg.Inscription.Files.Pdf;

/// <summary>
/// The object streams that the reader's view decodes: each is decoded through its filters and
/// predictor, lexed whole as the sequential scan lexes one, and each object of its header read
/// where the header places it, as a reader does; the decoded bytes count against one limit.
/// </summary>
internal sealed class PdfObjectStreams
{
    private readonly FormatReport _found;
    private readonly long _maxDecodedBytes;
    private readonly PdfLexer _lexer;
    private readonly PdfParser _parser;

    /// <summary>Creates the decoder of a file's object streams.</summary>
    /// <param name="found">Where the faults that names mean are recorded.</param>
    /// <param name="maxDecodedBytes">The most bytes that they may decode to, together.</param>
    internal PdfObjectStreams(FormatReport found, long maxDecodedBytes)
    {
        _found = found;
        _maxDecodedBytes = maxDecodedBytes;
        _lexer = new PdfLexer(found, topLevel: false);
        _parser = new PdfParser(found) { StoredDepth = 0 };
    }

    /// <summary>How many bytes they decoded to.</summary>
    internal long DecodedBytes { get; private set; }

    /// <summary>The numbers of the object streams read.</summary>
    internal HashSet<long> Numbers { get; } = [];

    /// <summary>Decodes one object stream and reads its objects.</summary>
    /// <param name="number">Its object number.</param>
    /// <param name="dictionary">Its dictionary.</param>
    /// <param name="data">Its data, as in the file.</param>
    /// <returns>The fault that it makes of the file: none, damage or a compression bomb.</returns>
    internal FileFaults Read(long number, PdfValue dictionary, byte[] data)
    {
        Numbers.Add(number);
        var steps = PdfFilterStep.Of(dictionary);
        if (steps is null)
        {
            return FileFaults.Damaged;
        }

        var limit = (int)Math.Max(0, Math.Min(PdfScanner.MaxObjectStreamBytes, _maxDecodedBytes - DecodedBytes));
        var outcome = PdfDecoder.Decode(data, steps, limit, out var decoded, out var decodedBytes);
        DecodedBytes += decodedBytes;
        if (outcome == PdfDecodeOutcome.TooLarge || DecodedBytes > _maxDecodedBytes)
        {
            return FileFaults.CompressionBomb;
        }

        if (outcome == PdfDecodeOutcome.Undecodable)
        {
            return FileFaults.Damaged;
        }

        _lexer.Reset();
        _lexer.Lex(decoded, 0, decoded.Length, 0);
        _lexer.Finish();
        if (_lexer.IsUnterminated)
        {
            return FileFaults.Damaged;
        }

        return ReadObjects(dictionary, decoded) ? FileFaults.None : FileFaults.Damaged;
    }

    /// <summary>Reads the <c>/N</c> pairs of the header (number, offset), and each object at <c>/First</c> plus its offset.</summary>
    private bool ReadObjects(PdfValue dictionary, byte[] decoded)
    {
        if (dictionary.IntegerOf(PdfName.N) is not { } count || dictionary.IntegerOf(PdfName.First) is not { } first
            || count < 0 || first < 0 || first > decoded.Length || count > decoded.Length)
        {
            return false;
        }

        var parser = _parser;
        var header = 0;
        var parsed = 0L;
        var maxParsed = PdfReaderView.MaxParsedBytes(decoded.Length);
        for (var k = 0L; k < count; k++)
        {
            parser.Reset(decoded, header, (int)first, endIsFileEnd: true);
            if (parser.Next() != PdfTokenKind.Integer || parser.Next() != PdfTokenKind.Integer)
            {
                return false;
            }

            var offset = parser.Integer;
            header = parser.Position;
            var start = first + offset;
            if (offset < 0 || start >= decoded.Length)
            {
                return false;
            }

            parser.Reset(decoded, (int)start, decoded.Length, endIsFileEnd: true);
            if (parser.ReadValue(1) is null)
            {
                return false;
            }

            parsed += parser.Position - start;
            if (parsed > maxParsed)
            {
                return false;
            }
        }

        return true;
    }
}

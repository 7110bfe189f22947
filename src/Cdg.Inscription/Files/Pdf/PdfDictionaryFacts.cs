namespace Cdg.Inscription.Files.Pdf;

/// <summary>
/// What the lexer learnt of one dictionary while reading it: the key whose value comes, and the
/// few entries that the scan needs (type, page count, stream length and filter, linearization).
/// </summary>
internal struct PdfDictionaryFacts
{
    /// <summary>The facts of a dictionary that has just opened.</summary>
    internal static PdfDictionaryFacts Empty => new() { Count = -1, Length = -1, N = -1 };

    /// <summary>The last key read: the one whose value comes or came.</summary>
    internal PdfName Key { get; set; }

    /// <summary>The value of <c>/Type</c>, when a name.</summary>
    internal PdfName Type { get; set; }

    /// <summary>Whether the dictionary has a <c>/Parent</c>.</summary>
    internal bool HasParent { get; set; }

    /// <summary>Whether the dictionary has a <c>/Linearized</c> entry.</summary>
    internal bool Linearized { get; set; }

    /// <summary>The value of <c>/Count</c> when a direct integer; -1 otherwise.</summary>
    internal long Count { get; set; }

    /// <summary>The value of <c>/Length</c> when a direct integer; -1 otherwise.</summary>
    internal long Length { get; set; }

    /// <summary>The value of <c>/N</c> when a direct integer; -1 otherwise.</summary>
    internal long N { get; set; }

    /// <summary>What <c>/Filter</c> says.</summary>
    internal PdfFilter Filter { get; set; }

    /// <summary>Whether the dictionary has <c>/DecodeParms</c>: its filter may have a predictor.</summary>
    internal bool HasDecodeParms { get; set; }

    /// <summary>How many names the array of <c>/Filter</c> held so far.</summary>
    internal int FilterCount { get; set; }

    /// <summary>The key whose value was the last integer, which an indirect reference would make indirect.</summary>
    internal PdfName PendingKey { get; set; }

    /// <summary>
    /// How far an indirect reference has been read after a value: 0 none, 1 after the first integer
    /// (the value), 2 after a second integer; <c>R</c> then makes the value indirect.
    /// </summary>
    internal int PendingStage { get; set; }
}

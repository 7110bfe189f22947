namespace Cdg.Inscription.Files.Pdf;

/// <summary>
/// A PDF object as far as the reader's view needs it: integers, names, references, and the
/// arrays and dictionaries that hold them, to a bounded depth. Strings keep no content, and a
/// dictionary keeps only the entries whose key the scan knows (<see cref="PdfName"/>).
/// </summary>
internal sealed class PdfValue
{
    /// <summary>The one <c>null</c>.</summary>
    internal static readonly PdfValue Null = new(PdfValueKind.Null);

    /// <summary>A boolean, whose value is not needed.</summary>
    internal static readonly PdfValue Boolean = new(PdfValueKind.Boolean);

    /// <summary>A real number, whose value is not needed.</summary>
    internal static readonly PdfValue Real = new(PdfValueKind.Real);

    /// <summary>A string, whose content is not needed.</summary>
    internal static readonly PdfValue String = new(PdfValueKind.String);

    private PdfValue(PdfValueKind kind) => Kind = kind;

    /// <summary>What kind of object it is.</summary>
    internal PdfValueKind Kind { get; }

    /// <summary>The integer; for a reference, the object number.</summary>
    internal long Integer { get; private init; }

    /// <summary>For a reference, the generation.</summary>
    internal long Generation { get; private init; }

    /// <summary>For a name, which one.</summary>
    internal PdfName Name { get; private init; }

    /// <summary>For an array, its items (at most <see cref="PdfParser.MaxStoredItems"/>); null otherwise.</summary>
    internal List<PdfValue>? Items { get; private init; }

    /// <summary>For a dictionary, its entries with a known key, in order; null otherwise.</summary>
    internal List<KeyValuePair<PdfName, PdfValue>>? Entries { get; private init; }

    /// <summary>An integer.</summary>
    /// <param name="value">Its value.</param>
    /// <returns>The object.</returns>
    internal static PdfValue OfInteger(long value) => new(PdfValueKind.Integer) { Integer = value };

    /// <summary>A name.</summary>
    /// <param name="name">Which one.</param>
    /// <returns>The object.</returns>
    internal static PdfValue OfName(PdfName name) => new(PdfValueKind.Name) { Name = name };

    /// <summary>An indirect reference.</summary>
    /// <param name="number">The object number.</param>
    /// <param name="generation">The generation.</param>
    /// <returns>The object.</returns>
    internal static PdfValue OfReference(long number, long generation) => new(PdfValueKind.Reference) { Integer = number, Generation = generation };

    /// <summary>An array.</summary>
    /// <param name="items">Its items.</param>
    /// <returns>The object.</returns>
    internal static PdfValue OfArray(List<PdfValue> items) => new(PdfValueKind.Array) { Items = items };

    /// <summary>A dictionary.</summary>
    /// <param name="entries">Its entries with a known key.</param>
    /// <returns>The object.</returns>
    internal static PdfValue OfDictionary(List<KeyValuePair<PdfName, PdfValue>> entries) => new(PdfValueKind.Dictionary) { Entries = entries };

    /// <summary>The value of a key of a dictionary: the last one when the key is repeated, as readers take it.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The value; null when there is none or this is not a dictionary.</returns>
    internal PdfValue? this[PdfName key]
    {
        get
        {
            if (Entries is null)
            {
                return null;
            }

            for (var i = Entries.Count - 1; i >= 0; i--)
            {
                if (Entries[i].Key == key)
                {
                    return Entries[i].Value;
                }
            }

            return null;
        }
    }

    /// <summary>The value of a key when it is a direct integer.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The integer; null otherwise.</returns>
    internal long? IntegerOf(PdfName key) => this[key] is { Kind: PdfValueKind.Integer } value ? value.Integer : null;
}

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Cdg.Inscription.Tests.Files.Pdf.Differential;

/// <summary>
/// Makes mutants of a PDF as an attacker or a broken writer would, from a seeded random source:
/// byte flips, renamed keys and types, edited lengths and offsets, bytes inserted or removed.
/// </summary>
internal sealed partial class PdfMutator(int seed)
{
    private readonly Random _random = new(seed);

    /// <summary>A mutant of a file: one to three mutations, and what they were.</summary>
    /// <param name="original">The file.</param>
    /// <returns>The mutant's bytes and a description of each mutation.</returns>
    public (byte[] Bytes, string Description) Mutate(byte[] original)
    {
        var bytes = original.ToArray();
        var description = new StringBuilder();
        var count = 1 + _random.Next(3);
        for (var k = 0; k < count; k++)
        {
            var kind = _random.Next(6);
            bytes = kind switch
            {
                0 => FlipByte(bytes, description),
                1 => RenameName(bytes, description),
                2 => EditNumberAfter(bytes, LengthKey(), description),
                3 => EditOffset(bytes, description),
                4 => Splice(bytes, description),
                _ => RenameType(bytes, description),
            };
        }

        return (bytes, description.ToString());
    }

    private byte[] FlipByte(byte[] bytes, StringBuilder description)
    {
        var at = _random.Next(bytes.Length);
        var value = (byte)_random.Next(256);
        description.Append(CultureInfo.InvariantCulture, $"byte {at} = 0x{value:X2}; ");
        bytes[at] = value;
        return bytes;
    }

    /// <summary>Changes, drops or adds one letter of a name (<c>/Type</c> → <c>/Typf</c>, <c>/ObjStm</c> → <c>/ObjSt</c>).</summary>
    private byte[] RenameName(byte[] bytes, StringBuilder description)
    {
        var text = Encoding.Latin1.GetString(bytes);
        var names = NamePattern().Matches(text);
        if (names.Count == 0)
        {
            return FlipByte(bytes, description);
        }

        var name = names[_random.Next(names.Count)];
        var letter = name.Index + 1 + _random.Next(name.Length - 1);
        var replacement = _random.Next(3) switch
        {
            0 => string.Empty,
            1 => ((char)('a' + _random.Next(26))).ToString(),
            _ => text[letter] + ((char)('A' + _random.Next(26))).ToString(),
        };
        description.Append(CultureInfo.InvariantCulture, $"name {name.Value} at {name.Index}: letter {letter} -> '{replacement}'; ");
        return Encoding.Latin1.GetBytes(text[..letter] + replacement + text[(letter + 1)..]);
    }

    /// <summary>Removes or changes the value of <c>/Type</c>, so that a stream is no longer what it says.</summary>
    private byte[] RenameType(byte[] bytes, StringBuilder description)
    {
        var text = Encoding.Latin1.GetString(bytes);
        var types = TypePattern().Matches(text);
        if (types.Count == 0)
        {
            return RenameName(bytes, description);
        }

        var type = types[_random.Next(types.Count)];
        var replacement = _random.Next(2) == 0 ? string.Empty : "/Type /X" + type.Groups[1].Value;
        description.Append(CultureInfo.InvariantCulture, $"{type.Value} at {type.Index} -> '{replacement}'; ");
        return Encoding.Latin1.GetBytes(text[..type.Index] + replacement + text[(type.Index + type.Length)..]);
    }

    private string LengthKey() => _random.Next(4) == 0 ? "/N" : "/Length";

    /// <summary>Changes the number after a key: a little, a lot, or to zero.</summary>
    private byte[] EditNumberAfter(byte[] bytes, string key, StringBuilder description)
    {
        var text = Encoding.Latin1.GetString(bytes);
        var numbers = new Regex(Regex.Escape(key) + @"\s+(\d+)", RegexOptions.CultureInvariant).Matches(text);
        if (numbers.Count == 0)
        {
            return FlipByte(bytes, description);
        }

        var match = numbers[_random.Next(numbers.Count)].Groups[1];
        var value = long.Parse(match.Value, CultureInfo.InvariantCulture);
        var edited = _random.Next(4) switch
        {
            0 => value + 1 + _random.Next(200),
            1 => Math.Max(0, value - 1 - _random.Next(200)),
            2 => value * 2 + 1000,
            _ => 0,
        };
        description.Append(CultureInfo.InvariantCulture, $"{key} {value} at {match.Index} -> {edited}; ");
        return Encoding.Latin1.GetBytes(text[..match.Index] + edited.ToString(CultureInfo.InvariantCulture) + text[(match.Index + match.Length)..]);
    }

    /// <summary>Moves an offset of an xref table entry, of <c>startxref</c> or of <c>/Prev</c>.</summary>
    private byte[] EditOffset(byte[] bytes, StringBuilder description)
    {
        var text = Encoding.Latin1.GetString(bytes);
        var entries = EntryPattern().Matches(text);
        if (entries.Count > 0 && _random.Next(3) > 0)
        {
            var entry = entries[_random.Next(entries.Count)].Groups[1];
            var value = long.Parse(entry.Value, CultureInfo.InvariantCulture);
            var edited = Math.Max(0, value + _random.Next(-400, 400));
            description.Append(CultureInfo.InvariantCulture, $"xref entry {value} at {entry.Index} -> {edited}; ");
            return Encoding.Latin1.GetBytes(text[..entry.Index] + edited.ToString("D10", CultureInfo.InvariantCulture) + text[(entry.Index + entry.Length)..]);
        }

        return EditNumberAfter(bytes, _random.Next(2) == 0 ? "startxref" : "/Prev", description);
    }

    /// <summary>Inserts bytes copied from elsewhere in the file, or removes a few.</summary>
    private byte[] Splice(byte[] bytes, StringBuilder description)
    {
        var at = _random.Next(bytes.Length);
        if (_random.Next(2) == 0)
        {
            var count = Math.Min(1 + _random.Next(16), bytes.Length - at);
            description.Append(CultureInfo.InvariantCulture, $"remove {count} at {at}; ");
            return [.. bytes.AsSpan(0, at), .. bytes.AsSpan(at + count)];
        }

        var from = _random.Next(bytes.Length);
        var length = Math.Min(1 + _random.Next(64), bytes.Length - from);
        description.Append(CultureInfo.InvariantCulture, $"insert {length} from {from} at {at}; ");
        return [.. bytes.AsSpan(0, at), .. bytes.AsSpan(from, length), .. bytes.AsSpan(at)];
    }

    [GeneratedRegex(@"/[A-Za-z][A-Za-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"/Type\s*/([A-Za-z]+)", RegexOptions.CultureInvariant)]
    private static partial Regex TypePattern();

    [GeneratedRegex(@"(\d{10}) \d{5} n", RegexOptions.CultureInvariant)]
    private static partial Regex EntryPattern();
}

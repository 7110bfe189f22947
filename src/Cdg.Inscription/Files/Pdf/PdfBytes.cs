#if NET
using System.Buffers;
#endif

namespace Cdg.Inscription.Files.Pdf;

/// <summary>The classes of bytes in PDF syntax (ISO 32000-1, 7.2.2): white space, delimiters and regular characters.</summary>
internal static class PdfBytes
{
    /// <summary>The class of a regular character: part of a name, number or keyword.</summary>
    internal const byte Regular = 0;

    /// <summary>The class of white space: NUL, tab, line feed, form feed, carriage return and space.</summary>
    internal const byte Whitespace = 1;

    /// <summary>The class of delimiters: <c>( ) &lt; &gt; [ ] { } / %</c>.</summary>
    internal const byte Delimiter = 2;

    /// <summary>The white-space bytes: NUL, tab, line feed, form feed, carriage return and space. Before <see cref="Classes"/>, which reads it.</summary>
    private static readonly byte[] WhitespaceBytes = [0, 9, 10, 12, 13, 32];

    /// <summary>The class of each of the 256 byte values.</summary>
    internal static readonly byte[] Classes = CreateClasses();

    /// <summary>For each of the 256 byte values, 1 when it can be part of a number (a digit, <c>+ - .</c>), 0 otherwise.</summary>
    internal static readonly byte[] NumberCharacters = CreateNumberCharacters();

    /// <summary>For each of the 256 byte values, 1 when it stops the plain bytes of a name (white space, a delimiter, <c>#</c>), 0 otherwise.</summary>
    internal static readonly byte[] NameStops = CreateNameStops();

#if NET
    /// <summary>The white-space bytes, for a vectorized search of the end of a run.</summary>
    private static readonly SearchValues<byte> WhitespaceValues = SearchValues.Create(WhitespaceBytes);
#endif

    /// <summary>
    /// Where a run of white space ends: the first byte from <paramref name="start"/> that is not
    /// white space, or <paramref name="end"/>. On .NET the search is vectorized, so that a long run
    /// (an object stream padded to inflate to many megabytes) costs little.
    /// </summary>
    /// <param name="buffer">The bytes.</param>
    /// <param name="start">Where the run starts.</param>
    /// <param name="end">Where the bytes end.</param>
    /// <returns>The index of the first byte that is not white space, or <paramref name="end"/>.</returns>
    internal static int SkipWhitespace(byte[] buffer, int start, int end)
    {
#if NET
        var found = buffer.AsSpan(start, end - start).IndexOfAnyExcept(WhitespaceValues);
        return found < 0 ? end : start + found;
#else
        var i = start;
        while (i < end && Classes[buffer[i]] == Whitespace)
        {
            i++;
        }

        return i;
#endif
    }

    /// <summary>Whether a byte is PDF white space (NUL, tab, line feed, form feed, carriage return, space).</summary>
    /// <param name="value">The byte.</param>
    /// <returns>True when it is.</returns>
    internal static bool IsWhitespace(byte value) => Classes[value] == Whitespace;

    /// <summary>Whether a byte is a regular character, neither white space nor a delimiter.</summary>
    /// <param name="value">The byte.</param>
    /// <returns>True when it is.</returns>
    internal static bool IsRegular(byte value) => Classes[value] == Regular;

    /// <summary>The value of a hexadecimal digit.</summary>
    /// <param name="value">The byte.</param>
    /// <returns>0 to 15, or -1 when the byte is not a hexadecimal digit.</returns>
    internal static int HexValue(byte value) => value switch
    {
        >= (byte)'0' and <= (byte)'9' => value - '0',
        >= (byte)'A' and <= (byte)'F' => value - 'A' + 10,
        >= (byte)'a' and <= (byte)'f' => value - 'a' + 10,
        _ => -1,
    };

    /// <summary>The ASCII bytes of a text that holds ASCII characters only.</summary>
    /// <param name="text">The text.</param>
    /// <returns>Its bytes.</returns>
    internal static byte[] Ascii(string text)
    {
        var bytes = new byte[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            bytes[i] = (byte)text[i];
        }

        return bytes;
    }

    /// <summary>Whether <paramref name="length"/> bytes of <paramref name="buffer"/> equal <paramref name="expected"/>.</summary>
    /// <param name="buffer">The bytes to compare.</param>
    /// <param name="length">How many of them there are.</param>
    /// <param name="expected">The bytes expected.</param>
    /// <returns>True when they are the same bytes.</returns>
    internal static bool Equals(byte[] buffer, int length, byte[] expected)
    {
        if (length != expected.Length)
        {
            return false;
        }

        for (var i = 0; i < length; i++)
        {
            if (buffer[i] != expected[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The table of <see cref="NumberCharacters"/>.</summary>
    private static byte[] CreateNumberCharacters()
    {
        var numbers = new byte[256];
        foreach (var value in Ascii("0123456789+-."))
        {
            numbers[value] = 1;
        }

        return numbers;
    }

    /// <summary>The table of <see cref="NameStops"/>.</summary>
    private static byte[] CreateNameStops()
    {
        var stops = new byte[256];
        for (var i = 0; i < 256; i++)
        {
            stops[i] = (byte)(Classes[i] == Regular && i != '#' ? 0 : 1);
        }

        return stops;
    }

    /// <summary>The table of <see cref="Classes"/>.</summary>
    private static byte[] CreateClasses()
    {
        var classes = new byte[256];
        foreach (var value in WhitespaceBytes)
        {
            classes[value] = Whitespace;
        }

        foreach (var value in Ascii("()<>[]{}/%"))
        {
            classes[value] = Delimiter;
        }

        return classes;
    }
}

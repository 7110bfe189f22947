using System.Globalization;

namespace Cdg.Inscription;

/// <summary>Checks for the free text that people type: names, addresses, reasons.</summary>
internal static class Text
{
    internal const int DefaultMaxLength = 2000;

    /// <summary>
    /// Whether the text holds something printable, within the length, without control characters
    /// (line breaks only where <paramref name="allowLineBreaks"/>) or bidirectional overrides.
    /// </summary>
    internal static bool IsPrintable(string? value, int maxLength = DefaultMaxLength, bool allowLineBreaks = false) =>
        !IsBlank(value)
        && value!.Length <= maxLength
        && !value.Any(c => IsForbidden(c) || (!allowLineBreaks && c is '\n' or '\r' or '\u2028' or '\u2029'));

    /// <summary>
    /// Null when a reason typed by staff is acceptable (several lines allowed); otherwise the
    /// violation: a not-printable one when it holds a forbidden character, <paramref name="missing"/>
    /// when it is otherwise blank (<see cref="IsBlank"/>), a not-printable one when it is too long.
    /// </summary>
    internal static RuleViolation? CheckReason(string? value, string ruleId, Func<RuleViolation> missing) =>
        IsBlank(value) && (value is null || !value.Any(IsForbidden)) ? missing()
        : IsPrintable(value, DefaultMaxLength, allowLineBreaks: true) ? null
        : Violations.TextNotPrintable(ruleId);

    /// <summary>
    /// Whether a text shows nothing that a person can read: null, empty, or made only of
    /// characters of the Unicode categories Cc (controls), Cf (formats: zero-width space, word
    /// joiner, BOM, soft hyphen, Mongolian vowel separator…), Zs, Zl and Zp (spaces and
    /// separators), lone surrogates, and the characters that render as nothing though they are
    /// letters or marks (<see cref="IsInvisible(string, int)"/>). The policy is in
    /// <c>docs/decisions/0017-input-edges.md</c>.
    /// </summary>
    internal static bool IsBlank(string? value)
    {
        if (value is null)
        {
            return true;
        }

        for (var i = 0; i < value.Length; i += char.IsSurrogatePair(value, i) ? 2 : 1)
        {
            if (!IsInvisible(value, i))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the character (or surrogate pair) at <paramref name="index"/> renders as nothing.</summary>
    private static bool IsInvisible(string value, int index)
    {
        switch (CharUnicodeInfo.GetUnicodeCategory(value, index))
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.SpaceSeparator:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.Surrogate:
                return true;
        }

        var c = value[index];
        return c is '\u115F' or '\u1160' or '\u3164' or '\uFFA0' // Hangul fillers (Lo)
            or '\u2800' // Braille pattern blank (So)
            or '\u034F' // combining grapheme joiner (Mn)
            or '\u17B4' or '\u17B5' // Khmer inherent vowels (Mn)
            or (>= '\uFE00' and <= '\uFE0F') // variation selectors (Mn)
            || (char.IsSurrogatePair(value, index) && char.ConvertToUtf32(value, index) is >= 0xE0100 and <= 0xE01EF); // variation selectors supplement
    }

    /// <summary>The trimmed single-line text, or an <see cref="ArgumentException"/> when it is not printable.</summary>
    internal static string Require(string? value, string paramName, int maxLength = DefaultMaxLength)
    {
        Preconditions.CheckNotNull(value, paramName);
        Preconditions.CheckArgument(
            IsPrintable(value, maxLength),
            paramName,
            $"Expected printable text on one line, with at least one visible character, of at most {maxLength} characters, without control or bidirectional-override characters.");
        return value!.Trim();
    }

    /// <summary>Control characters other than line breaks and tabs, and the bidirectional overrides and isolates.</summary>
    internal static bool IsForbidden(char c) =>
        (char.IsControl(c) && c is not '\n' and not '\r' and not '\t')
        || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}

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
        !string.IsNullOrWhiteSpace(value)
        && value!.Length <= maxLength
        && !value.Any(c => IsForbidden(c) || (!allowLineBreaks && c is '\n' or '\r' or '\u2028' or '\u2029'));

    /// <summary>
    /// Null when a reason typed by staff is acceptable (several lines allowed); otherwise the
    /// violation: <paramref name="missing"/> when it is blank, a not-printable one otherwise.
    /// </summary>
    internal static RuleViolation? CheckReason(string? value, string ruleId, Func<RuleViolation> missing) =>
        string.IsNullOrWhiteSpace(value) ? missing()
        : IsPrintable(value, DefaultMaxLength, allowLineBreaks: true) ? null
        : Violations.TextNotPrintable(ruleId);

    /// <summary>The trimmed single-line text, or an <see cref="ArgumentException"/> when it is not printable.</summary>
    internal static string Require(string? value, string paramName, int maxLength = DefaultMaxLength)
    {
        Preconditions.CheckNotNull(value, paramName);
        Preconditions.CheckArgument(
            IsPrintable(value, maxLength),
            paramName,
            $"Expected printable text on one line, of at most {maxLength} characters, without control or bidirectional-override characters.");
        return value!.Trim();
    }

    /// <summary>Control characters other than line breaks and tabs, and the bidirectional overrides and isolates.</summary>
    internal static bool IsForbidden(char c) =>
        (char.IsControl(c) && c is not '\n' and not '\r' and not '\t')
        || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}

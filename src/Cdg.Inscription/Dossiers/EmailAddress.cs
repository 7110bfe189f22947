using System.Diagnostics.CodeAnalysis;

namespace Cdg.Inscription.Dossiers;

/// <summary>
/// An e-mail address on file, without which a password reset is not possible (SPACE-02). Checked
/// for shape only: one <c>@</c>, a local part and a domain with a dot, no white space, no control or
/// bidirectional-override character, at most 254 characters.
/// </summary>
/// <remarks>This type is immutable.</remarks>
public sealed class EmailAddress : IEquatable<EmailAddress>
{
    private const int MaxLength = 254;

    private EmailAddress(string value) => Value = value;

    /// <summary>The address as typed, trimmed.</summary>
    public string Value { get; }

    /// <summary>Parses an e-mail address.</summary>
    /// <param name="text">The address.</param>
    /// <returns>The address.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> does not have the shape of an e-mail address.</exception>
    public static EmailAddress Parse(string text) =>
        TryParse(Preconditions.CheckNotNull(text, nameof(text)), out var address)
            ? address
            : throw new FormatException("Not an e-mail address.");

    /// <summary>
    /// Checks an e-mail address typed in a form (SPACE-02) and answers in French instead of throwing:
    /// the address is allowed exactly when <see cref="Parse"/> would accept it.
    /// </summary>
    /// <param name="text">The address, as typed; may be null.</param>
    /// <returns>
    /// Allowed, or one violation with the field <see cref="FormFields.Email"/>:
    /// <see cref="RuleViolationCodes.InputMissing"/> when the text is null or blank,
    /// <see cref="RuleViolationCodes.EmailInvalid"/> when it does not have the shape of an address
    /// (its message quotes the address only when it is printable and not too long).
    /// </returns>
    public static CommandCheck Check(string? text) =>
        Text.IsBlank(text) ? CommandCheck.Of([FormViolations.Missing(FormFields.Email, "SPACE-02")])
        : TryParse(text, out _) ? CommandCheck.Allowed
        : CommandCheck.Of([FormViolations.EmailInvalid(text!, MaxLength)]);

    /// <summary>Tries to parse an e-mail address.</summary>
    /// <param name="text">The text; may be null.</param>
    /// <param name="address">The address when the text has the right shape.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> has the shape of an e-mail address.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out EmailAddress? address)
    {
        address = null;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed!.Length > MaxLength || trimmed.Any(c => char.IsWhiteSpace(c) || Text.IsForbidden(c)))
        {
            return false;
        }

        var at = trimmed.IndexOf('@');
        if (at <= 0 || at != trimmed.LastIndexOf('@'))
        {
            return false;
        }

        var domain = trimmed.Substring(at + 1);
        if (domain.IndexOf('.') <= 0 || domain.EndsWith(".", StringComparison.Ordinal))
        {
            return false;
        }

        address = new EmailAddress(trimmed);
        return true;
    }

    /// <summary>Whether two addresses are the same, ignoring the case of the domain and of the local part.</summary>
    /// <param name="other">Another address.</param>
    /// <returns><see langword="true"/> when they are the same address.</returns>
    public bool Equals(EmailAddress? other) => other is not null && string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as EmailAddress);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;
}

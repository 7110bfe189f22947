namespace Cdg.Inscription.Dossiers;

/// <summary>
/// The dossier number ("N° dossier") that identifies a dossier and that the candidate uses to sign
/// in (SPACE-02): 1 to 32 characters among ASCII letters, digits and single hyphens, starting and
/// ending with a letter or a digit. Letters are kept in uppercase.
/// </summary>
/// <remarks>This type is an immutable value type.</remarks>
public readonly struct DossierNumber : IEquatable<DossierNumber>
{
    /// <summary>The greatest number of characters in a dossier number.</summary>
    public const int MaxLength = 32;

    private readonly string? _value;

    private DossierNumber(string value) => _value = value;

    /// <summary>The number as text, in uppercase.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Parses a dossier number; surrounding white space is ignored and letters are put in uppercase.</summary>
    /// <param name="text">The number, for example <c>2023-RED-000123</c>.</param>
    /// <returns>The dossier number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a valid dossier number.</exception>
    public static DossierNumber Parse(string text) =>
        TryParse(Preconditions.CheckNotNull(text, nameof(text)), out var number)
            ? number
            : throw new FormatException($"Not a dossier number: use 1 to {MaxLength} letters, digits and single hyphens.");

    /// <summary>
    /// Checks a dossier number typed in a form (SPACE-02) and answers in French instead of throwing:
    /// the number is allowed exactly when <see cref="Parse"/> would accept it.
    /// </summary>
    /// <param name="text">The number, as typed; may be null.</param>
    /// <returns>
    /// Allowed, or one violation with the field <see cref="FormFields.DossierNumber"/>:
    /// <see cref="RuleViolationCodes.InputMissing"/> when the text is null or blank,
    /// <see cref="RuleViolationCodes.DossierNumberInvalid"/> otherwise (its message quotes the number
    /// only when it is printable and not too long).
    /// </returns>
    public static CommandCheck Check(string? text) =>
        Text.IsBlank(text) ? CommandCheck.Of([FormViolations.Missing(FormFields.DossierNumber, "SPACE-02")])
        : TryParse(text, out _) ? CommandCheck.Allowed
        : CommandCheck.Of([FormViolations.DossierNumberInvalid(text!, MaxLength)]);

    /// <summary>Tries to parse a dossier number.</summary>
    /// <param name="text">The text to parse; may be null.</param>
    /// <param name="number">The dossier number when the text is valid.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a valid dossier number.</returns>
    public static bool TryParse(string? text, out DossierNumber number)
    {
        number = default;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed!.Length > MaxLength || trimmed[0] == '-' || trimmed[trimmed.Length - 1] == '-')
        {
            return false;
        }

        for (var i = 0; i < trimmed.Length; i++)
        {
            var c = trimmed[i];
            var valid = c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') || (c == '-' && trimmed[i - 1] != '-');
            if (!valid)
            {
                return false;
            }
        }

        number = new DossierNumber(trimmed.ToUpperInvariant());
        return true;
    }

    /// <inheritdoc />
    public bool Equals(DossierNumber other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DossierNumber other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The number as text.</summary>
    /// <returns><see cref="Value"/>.</returns>
    public override string ToString() => Value;

    /// <summary>Whether two dossier numbers are the same.</summary>
    /// <param name="left">A number.</param>
    /// <param name="right">Another number.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(DossierNumber left, DossierNumber right) => left.Equals(right);

    /// <summary>Whether two dossier numbers differ.</summary>
    /// <param name="left">A number.</param>
    /// <param name="right">Another number.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(DossierNumber left, DossierNumber right) => !left.Equals(right);
}

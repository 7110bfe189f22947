namespace Cdg.Inscription.Pieces;

/// <summary>
/// The stable code of a piece ("pièce justificative"), for example <c>identity-document</c>: one to
/// 64 characters among lowercase ASCII letters, digits and single hyphens, starting with a letter.
/// </summary>
/// <remarks>This type is an immutable value type.</remarks>
public readonly struct PieceCode : IEquatable<PieceCode>
{
    private const int MaxLength = 64;
    private readonly string? _value;

    private PieceCode(string value) => _value = value;

    /// <summary>The code as text.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Parses a piece code.</summary>
    /// <param name="text">The code, for example <c>identity-document</c>.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a valid piece code.</exception>
    public static PieceCode Parse(string text) =>
        TryParse(Preconditions.CheckNotNull(text, nameof(text)), out var code)
            ? code
            : throw new FormatException($"Not a piece code: use 1 to {MaxLength} lowercase letters, digits and single hyphens, starting with a letter.");

    /// <summary>Tries to parse a piece code.</summary>
    /// <param name="text">The text to parse; may be null.</param>
    /// <param name="code">The code when the text is valid.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a valid piece code.</returns>
    public static bool TryParse(string? text, out PieceCode code)
    {
        code = default;
        if (text is null || text.Length is 0 or > MaxLength || text[0] is < 'a' or > 'z' || text[text.Length - 1] == '-')
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var valid = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') || (c == '-' && text[i - 1] != '-');
            if (!valid)
            {
                return false;
            }
        }

        code = new PieceCode(text);
        return true;
    }

    /// <inheritdoc />
    public bool Equals(PieceCode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PieceCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The code as text.</summary>
    /// <returns><see cref="Value"/>.</returns>
    public override string ToString() => Value;

    /// <summary>Whether two codes are the same.</summary>
    /// <param name="left">A code.</param>
    /// <param name="right">Another code.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(PieceCode left, PieceCode right) => left.Equals(right);

    /// <summary>Whether two codes differ.</summary>
    /// <param name="left">A code.</param>
    /// <param name="right">Another code.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(PieceCode left, PieceCode right) => !left.Equals(right);
}

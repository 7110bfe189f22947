namespace Cdg.Inscription.Files;

/// <summary>
/// What <see cref="DisplayName.Clean"/> made of the name that a browser sent: the cleaned name to
/// show (FILE-03) and, when the name announces another type than the content, the extension at
/// fault and the refusal to give the candidate (FILE-02).
/// </summary>
/// <remarks>This type is immutable.</remarks>
public sealed class DisplayNameResult
{
    internal DisplayNameResult(string name, string? contradictingExtension, RuleViolation? refusal)
    {
        Name = name;
        ContradictingExtension = contradictingExtension;
        Refusal = refusal;
    }

    /// <summary>
    /// The cleaned name: printable, in NFC, at most <see cref="DisplayName.MaxLength"/> characters
    /// and <see cref="DisplayName.MaxUtf8Bytes"/> UTF-8 bytes, ending with <c>.pdf</c> or
    /// <c>.jpg</c> as the content is.
    /// </summary>
    public string Name { get; }

    /// <summary>
    /// The extension of the name that contradicts the content, in lowercase and without its dot
    /// (<c>exe</c> for <c>cv.pdf.exe</c>); null when the name does not contradict the content.
    /// </summary>
    public string? ContradictingExtension { get; }

    /// <summary>Whether the name announces another type than the content, which FILE-02 refuses.</summary>
    public bool ContradictsContent => ContradictingExtension is not null;

    /// <summary>
    /// The refusal to give the candidate when the name contradicts the content
    /// (<see cref="RuleViolationCodes.FileNameContradictsContent"/>, FILE-02), in French; null otherwise.
    /// </summary>
    public RuleViolation? Refusal { get; }

    /// <summary>The cleaned name.</summary>
    /// <returns><see cref="Name"/>.</returns>
    public override string ToString() => Name;
}

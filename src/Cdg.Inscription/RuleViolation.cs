namespace Cdg.Inscription;

/// <summary>
/// One broken rule: a stable machine-readable code, the ID of the rule in the rules catalogue
/// (<c>LIFE-03</c>, <c>DEAD-05</c>…) and a French message that can be shown to a candidate or to
/// a member of staff as it is.
/// </summary>
/// <remarks>This type is immutable.</remarks>
public sealed class RuleViolation : IEquatable<RuleViolation>
{
    internal RuleViolation(string code, string ruleId, string message, string? field = null)
    {
        Code = code;
        RuleId = ruleId;
        Message = message;
        Field = field;
    }

    /// <summary>The stable code of the violation, one of the constants of <see cref="RuleViolationCodes"/>.</summary>
    public string Code { get; }

    /// <summary>The ID of the rule that was broken, as in <c>docs/rules.md</c> (for example <c>LIFE-03</c>).</summary>
    public string RuleId { get; }

    /// <summary>What was refused and what to do about it, in French, for the person who asked.</summary>
    public string Message { get; }

    /// <summary>
    /// The form field that the violation is about, one of the constants of <see cref="FormFields"/>
    /// (for example <c>familyName</c>); null when it is about no single field, as for every refusal
    /// of a dossier's command.
    /// </summary>
    public string? Field { get; }

    /// <inheritdoc />
    public bool Equals(RuleViolation? other) =>
        other is not null && Code == other.Code && RuleId == other.RuleId && Message == other.Message && Field == other.Field;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RuleViolation);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code) ^ StringComparer.Ordinal.GetHashCode(Message);

    /// <summary>The rule ID, the code, the field if any and the French message, on one line.</summary>
    /// <returns>For example <c>[LIFE-03] closure.deadline-passed: …</c>, or <c>[LIFE-01] input.missing (familyName): …</c> for a form field.</returns>
    public override string ToString() => Field is null ? $"[{RuleId}] {Code}: {Message}" : $"[{RuleId}] {Code} ({Field}): {Message}";
}

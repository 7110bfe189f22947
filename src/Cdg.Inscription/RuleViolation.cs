namespace Cdg.Inscription;

/// <summary>
/// One broken rule: a stable machine-readable code, the ID of the rule in the rules catalogue
/// (<c>LIFE-03</c>, <c>DEAD-05</c>…) and a French message that can be shown to a candidate or to
/// a member of staff as it is.
/// </summary>
/// <remarks>This type is immutable.</remarks>
public sealed class RuleViolation : IEquatable<RuleViolation>
{
    internal RuleViolation(string code, string ruleId, string message)
    {
        Code = code;
        RuleId = ruleId;
        Message = message;
    }

    /// <summary>The stable code of the violation, one of the constants of <see cref="RuleViolationCodes"/>.</summary>
    public string Code { get; }

    /// <summary>The ID of the rule that was broken, as in <c>docs/rules.md</c> (for example <c>LIFE-03</c>).</summary>
    public string RuleId { get; }

    /// <summary>What was refused and what to do about it, in French, for the person who asked.</summary>
    public string Message { get; }

    /// <inheritdoc />
    public bool Equals(RuleViolation? other) =>
        other is not null && Code == other.Code && RuleId == other.RuleId && Message == other.Message;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RuleViolation);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code) ^ StringComparer.Ordinal.GetHashCode(Message);

    /// <summary>The rule ID, the code and the French message, on one line.</summary>
    /// <returns>For example <c>[LIFE-03] closure.deadline-passed: …</c>.</returns>
    public override string ToString() => $"[{RuleId}] {Code}: {Message}";
}

namespace Cdg.Inscription.AspNetCore.Problems;

/// <summary>One reason of a refusal as a client receives it, in the <c>violations</c> list of a ProblemDetails.</summary>
/// <param name="Code">The stable code: one of <see cref="RuleViolationCodes"/>, or of <see cref="UploadCodes"/> for an upload that could not be read.</param>
/// <param name="RuleId">The rule, as in <c>docs/rules.md</c>; null for a fault of the request itself.</param>
/// <param name="Message">What was refused and what to do, in French, to show as it is.</param>
/// <param name="Field">The form field it concerns (<see cref="FormFields"/>), or null.</param>
public sealed record ProblemViolation(string Code, string? RuleId, string Message, string? Field = null)
{
    /// <summary>The violation of a rule, as the client receives it.</summary>
    /// <param name="violation">The violation.</param>
    /// <returns>Its code, rule, message and field.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="violation"/> is null.</exception>
    public static ProblemViolation From(RuleViolation violation)
    {
        ArgumentNullException.ThrowIfNull(violation);
        return new(violation.Code, violation.RuleId, violation.Message, violation.Field);
    }
}

namespace Cdg.Inscription.Dossiers;

/// <summary>
/// The answer of a <c>Check…</c> query: whether the command would be accepted now and, if not, the
/// same violations that the command would throw, for a user interface.
/// </summary>
/// <remarks>This type is immutable.</remarks>
public sealed class CommandCheck
{
    private CommandCheck(IReadOnlyList<RuleViolation> violations) => Violations = violations;

    /// <summary>The answer for an allowed command.</summary>
    public static CommandCheck Allowed { get; } = new(Array.Empty<RuleViolation>());

    /// <summary>Whether the command would be accepted.</summary>
    public bool IsAllowed => Violations.Count == 0;

    /// <summary>The broken rules; empty when the command is allowed.</summary>
    public IReadOnlyList<RuleViolation> Violations { get; }

    /// <summary>Throws the library's exception when the command is refused.</summary>
    /// <exception cref="RuleViolationException">The command is refused.</exception>
    public void ThrowIfRefused()
    {
        if (!IsAllowed)
        {
            throw new RuleViolationException(Violations);
        }
    }

    internal static CommandCheck Of(IReadOnlyList<RuleViolation> violations) => violations.Count == 0 ? Allowed : new CommandCheck(violations);
}

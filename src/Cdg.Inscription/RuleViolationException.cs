namespace Cdg.Inscription;

/// <summary>
/// The one exception that the library throws when a command or a setting breaks a rule: a refused
/// command on a dossier, a pre-registration outside its window, an inconsistent calendar. Its
/// <see cref="Violations"/> say which rules were broken, each with a code, a rule ID and a French
/// message. The object the command was called on is left exactly as it was.
/// </summary>
/// <remarks>
/// Programming errors (a null argument, a value out of its documented range) throw the usual
/// <see cref="ArgumentException"/> family instead.
/// </remarks>
public sealed class RuleViolationException : Exception
{
    /// <summary>Creates the exception for one or more violations; hosts rethrow a check's violations with <see cref="Dossiers.CommandCheck.ThrowIfRefused"/>.</summary>
    internal RuleViolationException(IEnumerable<RuleViolation> violations)
        : this(Preconditions.CheckNotNull(violations, nameof(violations)).ToArray())
    {
    }

    private RuleViolationException(RuleViolation[] violations)
        : base(MessageOf(violations))
    {
        Violations = Array.AsReadOnly(violations);
    }

    /// <summary>The broken rules, in the order they were checked; never empty.</summary>
    public IReadOnlyList<RuleViolation> Violations { get; }

    /// <summary>Whether a rule with this code was broken.</summary>
    /// <param name="code">One of the constants of <see cref="RuleViolationCodes"/>.</param>
    /// <returns><see langword="true"/> when one of the <see cref="Violations"/> has this code.</returns>
    public bool Has(string code) => Violations.Any(v => v.Code == code);

    /// <summary>The messages of the violations, once they are known to be some and none null.</summary>
    private static string MessageOf(RuleViolation[] violations)
    {
        Preconditions.CheckArgument(violations.Length > 0 && violations.All(v => v is not null), nameof(violations), "At least one violation is needed, and no null.");
        return string.Join(" ", violations.Select(v => v.Message));
    }
}

namespace Cdg.Inscription.Sample;

/// <summary>Runs the commands that the story expects the rules to refuse.</summary>
internal static class Expect
{
    /// <summary>
    /// Runs a command that must be refused and returns the refusal. A command that is accepted
    /// instead is a surprise: the sample stops with an exception (and a non-zero exit code).
    /// </summary>
    public static RuleViolationException Refusal(Action command)
    {
        try
        {
            command();
        }
        catch (RuleViolationException refusal)
        {
            return refusal;
        }

        throw new InvalidOperationException("The library accepted a command that the sample expected it to refuse.");
    }

    /// <summary>Stops the sample when something that must hold does not.</summary>
    public static void That(bool condition, string whatFailed)
    {
        if (!condition)
        {
            throw new InvalidOperationException(whatFailed);
        }
    }
}

namespace Cdg.Inscription.Fuzzing;

/// <summary>
/// Thrown by the harness when the inspector or a scanner breaks one of its promises without
/// throwing itself: a verdict both accepted and refused, a stream not left at its start, a chunking
/// that changes what a scanner finds. SharpFuzz reports it to AFL++ as a crash, like any exception.
/// </summary>
public sealed class InvariantViolationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InvariantViolationException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What was broken.</param>
    public InvariantViolationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What was broken.</param>
    /// <param name="innerException">The cause.</param>
    public InvariantViolationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

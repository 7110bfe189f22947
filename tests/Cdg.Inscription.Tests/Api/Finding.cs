namespace Cdg.Inscription.Tests.Api;

/// <summary>
/// A call that broke the rule: it threw an exception that the member's documentation does not list,
/// or it took longer than the probe allows, or it did not return at all.
/// </summary>
/// <param name="Member">The documentation ID of the member.</param>
/// <param name="Arguments">The receiver and the arguments, as the report shows them.</param>
/// <param name="Exception">The full name of the exception type, or <c>(slow)</c> or <c>(hang)</c>.</param>
/// <param name="Message">The exception's message, or how long the call took.</param>
internal sealed record Finding(string Member, string Arguments, string Exception, string Message)
{
    /// <summary>The finding as one line of the report.</summary>
    public string Line => $"{Member} | {Arguments} | {Exception} | {Message.Replace("\r", "\\r").Replace("\n", "\\n")}";
}

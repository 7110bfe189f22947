namespace Cdg.Inscription.Tests.Api;

/// <summary>
/// A value to pass as an argument or to call a member on, made fresh for each call (a dossier
/// changes when a command succeeds, a stream is read once), with how the report shows it.
/// </summary>
/// <param name="Description">The value as the report shows it: <c>Instant.MaxValue</c>, <c>"\u200B"</c>.</param>
/// <param name="Create">Makes the value.</param>
internal sealed record ArgumentValue(string Description, Func<object?> Create)
{
    /// <summary>A value that is made once and shared: immutable values only.</summary>
    public static ArgumentValue Of(string description, object? value) => new(description, () => value);
}

namespace Cdg.Inscription.Dossiers;

/// <summary>
/// What a command that may be repeated harmlessly did (<see cref="Dossier.AddFile"/>,
/// <see cref="Dossier.Close"/>): applied, with one new event, or already done, with nothing
/// appended and a French answer.
/// </summary>
/// <remarks>This type is immutable.</remarks>
public sealed class CommandOutcome
{
    private CommandOutcome(AlreadyDone? alreadyDone) => AlreadyDone = alreadyDone;

    /// <summary>The command was applied: the dossier has one more event.</summary>
    public static CommandOutcome Applied { get; } = new(null);

    /// <summary>Whether the command found its work already done and appended nothing.</summary>
    public bool IsAlreadyDone => AlreadyDone is not null;

    /// <summary>What was already done, with its French message; null when the command was applied.</summary>
    public AlreadyDone? AlreadyDone { get; }

    /// <summary>The outcome as its code, for logs: <c>applied</c>, or the code of <see cref="AlreadyDone"/>.</summary>
    /// <returns>A short text.</returns>
    public override string ToString() => AlreadyDone?.Code ?? "applied";

    internal static CommandOutcome Done(AlreadyDone alreadyDone) => new(alreadyDone);
}

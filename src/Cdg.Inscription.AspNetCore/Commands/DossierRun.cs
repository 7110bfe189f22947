using Cdg.Inscription.Dossiers;

namespace Cdg.Inscription.AspNetCore.Commands;

/// <summary>What the runner did with one command: the dossier as stored now, and whether the command was applied, already done, or a repeated request.</summary>
public sealed class DossierRun
{
    /// <summary>The French answer to a form post whose idempotency key was already used.</summary>
    public const string RepeatedRequestMessage = "Cette demande a déjà été prise en compte : elle n'a pas été enregistrée une seconde fois.";

    internal DossierRun(Dossier dossier, CommandOutcome outcome, bool isRepeatedRequest)
    {
        Dossier = dossier;
        Outcome = outcome;
        IsRepeatedRequest = isRepeatedRequest;
    }

    /// <summary>The dossier after the command, as stored.</summary>
    public Dossier Dossier { get; }

    /// <summary>What the command did: applied, or already done (the same file again, a second closure); for a repeated request, applied, by the first request.</summary>
    public CommandOutcome Outcome { get; }

    /// <summary>Whether the form post's idempotency key had already been recorded: nothing was decided nor stored again.</summary>
    public bool IsRepeatedRequest { get; }

    /// <summary>Whether this run stored new events: not for a repeated request, nor for a command already done.</summary>
    public bool IsApplied => !IsRepeatedRequest && !Outcome.IsAlreadyDone;

    /// <summary>What to tell the person when nothing new was stored, in French; null when the command was applied.</summary>
    public string? Notice => IsRepeatedRequest ? RepeatedRequestMessage : Outcome.AlreadyDone?.Message;
}

using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Files;
using Cdg.Inscription.Pieces;

namespace Cdg.Inscription.Tests.Dossiers.Properties;

/// <summary>A command bound to one dossier: its <c>Check…</c> query and the command itself, with the same arguments.</summary>
internal sealed class CommandInvocation
{
    /// <summary>A command that may find its work already done (AddFile, Close).</summary>
    internal CommandInvocation(Func<CommandCheck> check, Func<CommandOutcome> execute, PieceCode? piece = null, InspectedFile? file = null)
    {
        Check = check;
        Execute = execute;
        Piece = piece;
        File = file;
    }

    /// <summary>A command that is always applied or refused.</summary>
    internal CommandInvocation(Func<CommandCheck> check, Action execute)
        : this(check, () =>
        {
            execute();
            return CommandOutcome.Applied;
        })
    {
    }

    internal Func<CommandCheck> Check { get; }

    internal Func<CommandOutcome> Execute { get; }

    /// <summary>AddFile: the piece the file goes to.</summary>
    internal PieceCode? Piece { get; }

    /// <summary>AddFile: the file.</summary>
    internal InspectedFile? File { get; }
}

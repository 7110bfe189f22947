using Cdg.Inscription.Dossiers;

namespace Cdg.Inscription.Tests.Dossiers.Properties;

/// <summary>A command bound to one dossier: its <c>Check…</c> query and the command itself, with the same arguments.</summary>
internal sealed class CommandInvocation
{
    internal CommandInvocation(Func<CommandCheck> check, Action execute)
    {
        Check = check;
        Execute = execute;
    }

    internal Func<CommandCheck> Check { get; }

    internal Action Execute { get; }
}

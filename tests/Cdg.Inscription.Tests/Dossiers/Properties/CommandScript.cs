using System.Globalization;
using Cdg.Inscription.Sessions;

namespace Cdg.Inscription.Tests.Dossiers.Properties;

/// <summary>A generated run: the session of the dossier, and the commands to give, at non-decreasing instants.</summary>
internal sealed record CommandScript(ExamSession Session, IReadOnlyList<DossierCommand> Commands)
{
    /// <summary>The session and the commands, one per line, numbered from 1, as FsCheck shows a counterexample.</summary>
    public override string ToString() =>
        $"{Session.Code} ({Commands.Count} commands){Environment.NewLine}"
        + string.Join(
            Environment.NewLine,
            Commands.Select((c, i) => $"  {(i + 1).ToString(CultureInfo.InvariantCulture),2}. {c}"));
}

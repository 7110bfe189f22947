using System.Globalization;
using Cdg.Inscription.Pieces;
using Cdg.Inscription.Sessions;

namespace Cdg.Inscription.Tests.Dossiers.Properties;

/// <summary>
/// A generated run: the session of the dossier, the situation declared at pre-registration, and the
/// commands to give, at non-decreasing instants.
/// </summary>
internal sealed record CommandScript(ExamSession Session, IReadOnlyList<DossierCommand> Commands)
{
    /// <summary>The situation declared at pre-registration (PIECE-04); null when the candidate declares none.</summary>
    internal CandidateSituation? Situation { get; init; }

    /// <summary>The session, the situation and the commands, one per line, numbered from 1, as FsCheck shows a counterexample.</summary>
    public override string ToString() =>
        $"{Session.Code}, situation {Situation?.ToString() ?? "not given"} ({Commands.Count} commands){Environment.NewLine}"
        + string.Join(
            Environment.NewLine,
            Commands.Select((c, i) => $"  {(i + 1).ToString(CultureInfo.InvariantCulture),2}. {c}"));
}

using Cdg.Inscription.AspNetCore.Commands;
using Cdg.Inscription.Dossiers;
using NodaTime;

namespace Cdg.Inscription.AspNetCore.TestHost;

/// <summary>What the host answers about a dossier: its number, the status as the candidate sees it, its files, and a notice when nothing new was stored.</summary>
public sealed record DossierView(string Number, string Status, IReadOnlyList<string> Files, string? Notice)
{
    /// <summary>The dossier after a run.</summary>
    public static DossierView Of(DossierRun run) => Of(run.Dossier, run.Dossier.UpdatedAt) with { Notice = run.Notice };

    /// <summary>The dossier at an instant.</summary>
    public static DossierView Of(Dossier dossier, Instant at) => new(
        dossier.Number.Value,
        DossierStatusLabels.Label(dossier.StatusShownToCandidateAt(at)),
        dossier.Files.Select(f => $"{f.Piece}: {f.File.DisplayName}").ToArray(),
        null);
}

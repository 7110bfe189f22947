using Cdg.Inscription.Dossiers;

namespace Cdg.Inscription.Sample;

/// <summary>
/// The first dossier's append-only history, as staff and the candidate read it, and the proof that
/// it is the record: a dossier rebuilt from it equals the dossier.
/// </summary>
internal static class HistoryStory
{
    /// <summary>Shows the history and checks the rebuild.</summary>
    public static void Run(Dossier dossier)
    {
        Narrator.Chapter($"11. Historique du dossier n° {dossier.Number} (heure de Paris)");
        var sentences = dossier.DescribeHistory();
        for (var i = 0; i < dossier.History.Count; i++)
        {
            var entry = dossier.History[i];
            Narrator.Say($"{entry.Sequence,2}. {ParisTime.Format(entry.At)}  {Who(entry.Actor),-26} {sentences[i]}");
        }

        var rebuilt = Dossier.Rehydrate(dossier.Session, dossier.History);
        var identical = rebuilt.ToSnapshot().Equals(dossier.ToSnapshot());
        Narrator.Say($"Le dossier reconstruit à partir de son historique est identique à l'original : {Narrator.YesNo(identical)}.");
        Expect.That(identical, "The dossier rebuilt from its history differs from the original.");
    }

    private static string Who(Actor actor) =>
        actor.Role == ActorRole.Candidate ? "candidat" : $"gestionnaire ({actor.Id})";
}

using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Pieces;
using Cdg.Inscription.Sessions;
using static Cdg.Inscription.Sample.SampleSession;

namespace Cdg.Inscription.Sample;

/// <summary>
/// A candidate who clicks "clôturer mon inscription" at midnight sharp, Paris time, on the night
/// after the closing date: too late, and the registration is not taken into account.
/// </summary>
internal static class LateDossierStory
{
    /// <summary>Tells the story and returns the dossier.</summary>
    public static Dossier Run(ExamSession session)
    {
        Narrator.Chapter("8. Un second dossier, clôturé trop tard");
        var dossier = PreparedAtTheLastMinute(session);

        var midnight = ParisTime.At(2023, 4, 28, 0, 0, 0);
        Narrator.At(midnight, "Le candidat clique sur « clôturer mon inscription ».");
        var refusal = Expect.Refusal(() => dossier.Close(Actor.Candidate, midnight));
        Narrator.Say("La clôture est refusée :");
        Narrator.Refusal(refusal.Violations);

        // One millisecond earlier, the same click was still in time.
        var lastMoment = ParisTime.At(2023, 4, 27, 23, 59, 59, 999);
        var inTime = dossier.CheckClose(Actor.Candidate, lastMoment).IsAllowed;
        Narrator.Say($"Une milliseconde plus tôt ({ParisTime.Format(lastMoment)}), la clôture aurait été acceptée : {Narrator.YesNo(inTime)}.");
        Expect.That(inTime, "A closure one millisecond before the deadline was refused.");

        var standing = dossier.StandingAt(midnight);
        Expect.That(standing == RegistrationStanding.NotTakenIntoAccount, $"Unexpected standing: {standing}.");
        Narrator.Say($"Situation de l'inscription : « {DossierStatusLabels.NotTakenIntoAccount} »");
        Narrator.Status(dossier);
        return dossier;
    }

    private static Dossier PreparedAtTheLastMinute(ExamSession session)
    {
        var candidate = new Candidate("Benali", "Karim", new PostalAddress("14 avenue de Paris", "53100", "Mayenne"));
        var preRegisteredAt = ParisTime.At(2023, 4, 18, 20, 10);
        var dossier = Dossier.PreRegister(
            session, DossierNumber.Parse("RED23-00057"), candidate, Actor.Candidate, preRegisteredAt, new CandidateSituation(isPublicEmployee: true));
        Narrator.At(preRegisteredAt, $"{candidate} se préinscrit : dossier n° {dossier.Number}.");

        var sentAt = ParisTime.At(2023, 4, 27, 23, 48);
        dossier.AddFile(RegistrationForm, SampleFiles.Accepted("inscription-karim-benali.pdf", "inscription.pdf"), Actor.Candidate, sentAt);
        dossier.AddFile(IdentityDocument, SampleFiles.Accepted("passeport-karim-benali.pdf", "passeport.pdf"), Actor.Candidate, sentAt);
        Narrator.At(sentAt, "Il dépose les pièces obligatoires avant la clôture, quelques minutes avant minuit.");
        return dossier;
    }
}

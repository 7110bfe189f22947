using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Sessions;
using static Cdg.Inscription.Sample.SampleSession;

namespace Cdg.Inscription.Sample;

/// <summary>
/// A short third story: a dossier closed in time that does not meet the registration conditions of
/// the concours interne, and is declared DOSSIER NON CONFORME with its reason.
/// </summary>
internal static class NonCompliantDossierStory
{
    /// <summary>Tells the story and returns the dossier.</summary>
    public static Dossier Run(ExamSession session)
    {
        Narrator.Chapter("9. Un troisième dossier, non conforme");
        var candidate = new Candidate("Moreau", "Julie", new PostalAddress("3 place de la Mairie", "53200", "Château-Gontier-sur-Mayenne"));
        var preRegisteredAt = ParisTime.At(2023, 3, 6, 8, 45);
        var dossier = Dossier.PreRegister(session, DossierNumber.Parse("RED23-00061"), candidate, Actor.Candidate, preRegisteredAt);
        Narrator.At(preRegisteredAt, $"{candidate} se préinscrit : dossier n° {dossier.Number}.");

        var sentAt = ParisTime.At(2023, 4, 14, 17, 0);
        dossier.AddFile(RegistrationForm, SampleFiles.Accepted("formulaire-julie-moreau.pdf", "formulaire.pdf"), Actor.Candidate, sentAt);
        dossier.AddFile(IdentityDocument, SampleFiles.Accepted("carte-identite-julie-moreau.jpg", "identite.jpg"), Actor.Candidate, sentAt);
        dossier.AddFile(ServiceRecord, SampleFiles.Accepted("etat-des-services-julie-moreau.pdf", "etat-des-services.pdf"), Actor.Candidate, sentAt);

        var closedAt = ParisTime.At(2023, 4, 14, 17, 5);
        dossier.Close(Actor.Candidate, closedAt);
        Narrator.At(closedAt, "Elle dépose ses pièces, état des services compris, et clôture son inscription.");
        Narrator.Status(dossier);

        var decidedAt = ParisTime.At(2023, 5, 3, 15, 20);
        string[] reasons = ["les quatre années de services publics exigées au 1er janvier 2023 pour le concours interne ne sont pas atteintes"];
        dossier.DeclareNonCompliant(reasons, Staff, decidedAt);
        Narrator.At(decidedAt, "Le gestionnaire déclare le dossier non conforme. Motif indiqué dans le courrier :");
        foreach (var reason in dossier.NonComplianceReasons)
        {
            Narrator.Say($"  • {reason}");
        }

        Narrator.Status(dossier);
        return dossier;
    }
}

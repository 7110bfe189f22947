using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Files;
using Cdg.Inscription.Pieces;
using Cdg.Inscription.Sessions;
using Cdg.Inscription.Time;
using NodaTime;
using static Cdg.Inscription.Sample.SampleSession;

namespace Cdg.Inscription.Sample;

/// <summary>
/// The main story: a candidate pre-registers, sends her pieces, closes her registration in time,
/// answers a regularisation request, sends her état des services later, and receives her convocation.
/// </summary>
internal static class OnTimeDossierStory
{
    /// <summary>Tells the whole story and returns the dossier, for its history.</summary>
    public static Dossier Run(ExamSession session)
    {
        var dossier = PreRegister(session);
        SendPieces(dossier);
        TryToCloseWithAPieceMissing(dossier);
        Close(dossier);
        AnswerRegularisation(dossier);
        Complete(dossier);
        PublishConvocation(dossier);
        return dossier;
    }

    private static Dossier PreRegister(ExamSession session)
    {
        Narrator.Chapter("1. Préinscription");
        var candidate = new Candidate(
            "Durand",
            "Sophie",
            new PostalAddress("8 rue du Pont de Mayenne", "53000", "Laval"),
            EmailAddress.Parse("sophie.durand@example.fr"));
        var at = ParisTime.At(2023, 3, 3, 10, 15);

        // She works for a commune and asks for adapted exams: her checklist follows from that.
        var situation = new CandidateSituation(requestsAdaptedExams: true, isPublicEmployee: true);
        var dossier = Dossier.PreRegister(session, DossierNumber.Parse("RED23-00042"), candidate, Actor.Candidate, at, situation);

        Narrator.At(at, $"{candidate} se préinscrit au « {session.Title} » ({situation.Describe()}).");
        Narrator.Say($"Numéro de dossier attribué : {dossier.Number} (il sert d'identifiant pour l'espace sécurisé).");
        Narrator.Status(dossier);
        Narrator.Checklist(dossier, at);
        return dossier;
    }

    private static void SendPieces(Dossier dossier)
    {
        Narrator.Chapter("2. Dépôt des pièces justificatives");
        // Every upload is inspected before it reaches the dossier. Her first try is a copy of the
        // form protected by a password, which the centre could not open: it is refused, in French.
        var triedAt = ParisTime.At(2023, 4, 10, 18, 25);
        var protectedForm = SampleFiles.Inspect("dossier-inscription-protege.pdf", "C:\\fakepath\\dossier-inscription.pdf");
        Expect.That(!protectedForm.IsAccepted, "the inspector refuses a password-protected PDF");
        Narrator.At(triedAt, "Le fichier « dossier-inscription.pdf » est refusé dès son envoi :");
        Narrator.Refusal(protectedForm.Refusals);
        Add(dossier, RegistrationForm, SampleFiles.Accepted("dossier-inscription-signe.pdf"), ParisTime.At(2023, 4, 10, 18, 30));

        var blurryScan = SampleFiles.Accepted("photo-carte-identite-floue.jpg", "carte-identite.jpg");
        Add(dossier, IdentityDocument, blurryScan, ParisTime.At(2023, 4, 10, 18, 32));

        // Looking at the scan, the candidate finds it blurry: she deletes it and sends a better one.
        var removedAt = ParisTime.At(2023, 4, 11, 9, 5);
        dossier.RemoveFile(blurryScan.Id, Actor.Candidate, removedAt);
        Narrator.At(removedAt, $"Le scan « {blurryScan.DisplayName} » étant flou, la candidate le supprime.");
        Add(dossier, IdentityDocument, SampleFiles.Accepted("carte-identite-recto-verso.pdf"), ParisTime.At(2023, 4, 11, 9, 7));

        Add(dossier, Cv, SampleFiles.Accepted("cv-sophie-durand.pdf"), ParisTime.At(2023, 4, 11, 9, 10));

        Narrator.Say("Fichiers du dossier :");
        Narrator.Files(dossier);
        Narrator.Status(dossier);
    }

    private static void TryToCloseWithAPieceMissing(Dossier dossier)
    {
        Narrator.Chapter("3. Clôture refusée : une pièce manque");
        var at = ParisTime.At(2023, 4, 24, 21, 40);
        Narrator.At(at, "La candidate clique sur « clôturer mon inscription ».");

        var refusal = Expect.Refusal(() => dossier.Close(Actor.Candidate, at));
        Narrator.Say("La clôture est refusée :");
        Narrator.Refusal(refusal.Violations);

        // A user interface asks first, without an exception: the answer must be the same.
        var check = dossier.CheckClose(Actor.Candidate, at);
        var sameAnswer = !check.IsAllowed && check.Violations.SequenceEqual(refusal.Violations);
        Narrator.Say($"La vérification préalable (CheckClose) donne la même réponse : {Narrator.YesNo(sameAnswer)}.");
        Expect.That(sameAnswer, "CheckClose and Close disagree.");
        Narrator.Status(dossier);
    }

    private static void Close(Dossier dossier)
    {
        Narrator.Chapter("4. Clôture acceptée");
        var addedAt = ParisTime.At(2023, 4, 24, 21, 52);
        var certificate = SampleFiles.Accepted("certificat-medecin-agree.pdf");
        dossier.AddFile(MedicalCertificate, certificate, Actor.Candidate, addedAt, issuedOn: new LocalDate(2023, 4, 20));
        Narrator.At(addedAt, $"Fichier « {certificate.DisplayName} » ajouté à la pièce « {dossier.Session.LabelOf(MedicalCertificate)} » (délivré le 20 avril 2023).");

        var at = ParisTime.At(2023, 4, 24, 21, 55);
        dossier.Close(Actor.Candidate, at);
        Narrator.At(at, "La candidate clôture son inscription en ligne. Message affiché :");
        Narrator.Say($"« {DossierStatusLabels.OnlineClosureConfirmation} »");
        Narrator.Status(dossier);
        Narrator.Checklist(dossier, at);
    }

    private static void AnswerRegularisation(Dossier dossier)
    {
        Narrator.Chapter("5. Demande de régularisation");
        var requestedAt = ParisTime.At(2023, 5, 5, 14, 0);
        var request = new RegularisationRequest(
            [new RegularisationItem(IdentityDocument, "la copie transmise est illisible ; merci d'envoyer une copie nette du recto et du verso")],
            dueDate: new LocalDate(2023, 5, 19));
        dossier.RequestRegularisation(request, Staff, requestedAt);

        Narrator.At(requestedAt, "Le gestionnaire demande une régularisation :");
        foreach (var item in request.Items)
        {
            Narrator.Say($"  • {dossier.Session.LabelOf(item.Piece)} : {item.Reason}");
        }

        Narrator.Say($"  Compléments à fournir au plus tard {new Deadline(request.DueDate!.Value).Describe()}.");
        Narrator.Status(dossier);

        Add(dossier, IdentityDocument, SampleFiles.Accepted("carte-identite-lisible.pdf"), ParisTime.At(2023, 5, 9, 19, 20));
        var suppliedAt = ParisTime.At(2023, 5, 9, 19, 25);
        dossier.SupplyComplements(Actor.Candidate, suppliedAt);
        Narrator.At(suppliedAt, "La candidate indique avoir transmis les compléments demandés.");
        Narrator.Status(dossier);
    }

    private static void Complete(Dossier dossier)
    {
        Narrator.Chapter("6. État des services transmis après la clôture, dossier complet");
        var earlyCheck = dossier.CheckDeclareComplete(Staff, ParisTime.At(2023, 5, 10, 9, 0));
        Narrator.Say("Avant de déclarer le dossier complet, le gestionnaire vérifie s'il peut le faire :");
        Narrator.Refusal(earlyCheck.Violations);
        Expect.That(!earlyCheck.IsAllowed, "A dossier without its état des services could be declared complete.");

        Add(dossier, ServiceRecord, SampleFiles.Accepted("etat-des-services.pdf"), ParisTime.At(2023, 5, 22, 10, 0));

        var at = ParisTime.At(2023, 5, 25, 11, 30);
        dossier.DeclareComplete(Staff, at);
        Narrator.At(at, "Le gestionnaire déclare le dossier complet.");
        Narrator.Status(dossier);
    }

    private static void PublishConvocation(Dossier dossier)
    {
        Narrator.Chapter("7. Publication de la convocation");
        var at = ParisTime.At(2023, 6, 1, 9, 0);
        dossier.PublishDocument(
            DocumentKind.Convocation,
            "Convocation aux épreuves écrites du 15 juin 2023",
            "convocations/2023/RED23-00042.pdf",
            Staff,
            at);

        foreach (var document in dossier.Documents)
        {
            Narrator.At(document.PublishedAt, $"Document publié dans l'espace candidat : « {document.Title} ».");
        }
    }

    private static void Add(Dossier dossier, PieceCode piece, InspectedFile file, Instant at)
    {
        dossier.AddFile(piece, file, Actor.Candidate, at);
        Narrator.At(at, $"Fichier « {file.DisplayName} » ajouté à la pièce « {dossier.Session.LabelOf(piece)} ».");
    }
}

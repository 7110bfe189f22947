using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Dossiers.Events;
using Cdg.Inscription.Files;
using Cdg.Inscription.Pieces;
using Cdg.Inscription.Tests.Support;
using NodaTime;

namespace Cdg.Inscription.Serialization.SystemTextJson.Tests.Support;

/// <summary>
/// One event of every kind, built with the library's public constructors from fixed values (every
/// instant with seven decimals, so that a lost tick shows), and one snapshot of a dossier walked
/// through real commands: what the golden files hold.
/// </summary>
internal static class Samples
{
    internal static readonly Instant At = Instant.FromUtc(2023, 4, 2, 9, 31, 12).PlusTicks(1_234_567);

    internal static readonly Actor Staff = Actor.Staff("gestionnaire.dupont");

    internal static readonly PostalAddress Address = new("12 rue de la Paix", "53000", "Laval", "Bâtiment B, 2e étage");

    internal static readonly PostalAddress OtherAddress = new("3 place de la Mairie", "97400", "Saint-Denis", country: "France (La Réunion)");

    internal static readonly Candidate Candidate = new("Martin", "Claire-Hélène", Address, EmailAddress.Parse("claire.martin@example.fr"));

    internal static readonly AttachedFile File = new(
        Scenario.IdentityDocument,
        new FileRecord(new Guid("0f8fad5b-d9cb-469f-a165-70867728950e"), "carte-identité.pdf", FileType.Pdf, 184_320, Scenario.Sha256("carte-identité")),
        At.PlusTicks(10),
        new LocalDate(2022, 12, 16));

    /// <summary>One event of each kind, by its stored type name.</summary>
    internal static IReadOnlyDictionary<string, DossierEvent> Events { get; } = new Dictionary<string, DossierEvent>
    {
        [DossierEventTypes.PreRegistered] = new PreRegistered(1, At, Actor.Candidate, DossierStatus.AwaitingDossier, "2023-REDACTEUR-INT", DossierNumber.Parse("2023-RED-000123"), Candidate, new Pieces.CandidateSituation(isPublicEmployee: true)),
        [DossierEventTypes.SituationChanged] = new SituationChanged(2, At.PlusTicks(1), Actor.Candidate, DossierStatus.AwaitingDossier, new CandidateSituation(isPublicEmployee: true), new CandidateSituation(false, true, true)),
        [DossierEventTypes.FileAdded] = new FileAdded(3, At.PlusTicks(10), Actor.Candidate, DossierStatus.AwaitingDossier, File),
        [DossierEventTypes.FileRemoved] = new FileRemoved(4, At.PlusTicks(20), Actor.Candidate, DossierStatus.AwaitingDossier, Scenario.IdentityDocument, File.File.Id, File.File.DisplayName),
        [DossierEventTypes.ClosedOnline] = new ClosedOnline(5, Instant.FromUtc(2023, 4, 27, 21, 59, 59).PlusTicks(9_999_999), Actor.Candidate, DossierStatus.UnderReview),
        [DossierEventTypes.PostalDossierReceived] = new PostalDossierReceived(2, Instant.FromUtc(2023, 4, 28, 8, 15).PlusTicks(1), Staff, DossierStatus.UnderReview, new LocalDate(2023, 4, 27)),
        [DossierEventTypes.RegularisationRequested] = new RegularisationRequested(6, Instant.FromUtc(2023, 5, 2, 10, 0).PlusTicks(5), Staff, DossierStatus.Incomplete, new RegularisationRequest([new RegularisationItem(Scenario.IdentityDocument, "La copie est illisible : envoyez un scan en couleur."), new RegularisationItem(Scenario.Diploma, "Le diplôme n'est pas signé.")], new LocalDate(2023, 5, 15))),
        [DossierEventTypes.ComplementsSupplied] = new ComplementsSupplied(7, Instant.FromUtc(2023, 5, 10, 18, 45).PlusTicks(42), Actor.Candidate, DossierStatus.UnderReview),
        [DossierEventTypes.DeclaredNonCompliant] = new DeclaredNonCompliant(8, Instant.FromUtc(2023, 5, 20, 9, 0).PlusTicks(3), Staff, DossierStatus.NonCompliant, ["Condition d'ancienneté non remplie : 3 ans et 2 mois au 1er janvier 2023.", "Dossier non signé."]),
        [DossierEventTypes.DeclaredComplete] = new DeclaredComplete(9, Instant.FromUtc(2023, 5, 22, 9, 0).PlusTicks(4), Staff, DossierStatus.Complete),
        [DossierEventTypes.Reopened] = new Reopened(9, Instant.FromUtc(2023, 5, 21, 14, 30).PlusTicks(6), Staff, DossierStatus.UnderReview, "Erreur matérielle : pièce mal classée."),
        [DossierEventTypes.CancellationRecorded] = new CancellationRecorded(12, Instant.FromUtc(2023, 6, 1, 7, 0).PlusTicks(7), Staff, DossierStatus.Cancelled, CancellationChannel.Post),
        [DossierEventTypes.DocumentPublished] = new DocumentPublished(10, Instant.FromUtc(2023, 6, 1, 6, 0).PlusTicks(8), Staff, DossierStatus.Complete, new PublishedDocument(DocumentKind.Convocation, "Convocation à l'épreuve écrite du 15 juin 2023", "documents/2023-RED-000123/convocation.pdf", Instant.FromUtc(2023, 6, 1, 6, 0).PlusTicks(8))),
        [DossierEventTypes.AddressChanged] = new AddressChanged(11, Instant.FromUtc(2023, 6, 1, 6, 30).PlusTicks(9), Actor.Candidate, DossierStatus.Complete, Address, OtherAddress),
        [DossierEventTypes.EmailChanged] = new EmailChanged(13, Instant.FromUtc(2023, 6, 2, 6, 30).PlusTicks(11), Actor.Candidate, DossierStatus.Cancelled, EmailAddress.Parse("c.martin@exemple.org")),
    };

    /// <summary>
    /// A dossier incomplete after real commands: three files, closed online, a regularisation with a
    /// due date; the candidate lives in La Réunion and has an e-mail address.
    /// </summary>
    internal static Dossier IncompleteDossier()
    {
        var session = Scenario.Session();
        var dossier = Dossier.PreRegister(session, DossierNumber.Parse("2023-RED-000123"), Candidate, Actor.Candidate, Scenario.Paris(2023, 4, 1).PlusTicks(1), new CandidateSituation(isPublicEmployee: true));
        dossier.AddFile(Scenario.RegistrationForm, Inspected(1, "formulaire-signé.pdf", FileType.Pdf), Actor.Candidate, Scenario.Paris(2023, 4, 20).PlusTicks(2));
        dossier.AddFile(Scenario.IdentityDocument, Inspected(2, "carte-identité.jpg", FileType.Jpeg), Actor.Candidate, Scenario.Paris(2023, 4, 20).PlusTicks(3));
        dossier.AddFile(Scenario.Diploma, Inspected(3, "diplôme.pdf", FileType.Pdf), Actor.Candidate, Scenario.Paris(2023, 4, 20).PlusTicks(4), new LocalDate(2019, 7, 5));
        dossier.Close(Actor.Candidate, Scenario.Deadline - Duration.FromTicks(1));
        dossier.ChangeAddress(OtherAddress, Actor.Candidate, Scenario.Paris(2023, 4, 30).PlusTicks(5));
        dossier.RequestRegularisation(Scenario.Regularisation(), Staff, Scenario.Paris(2023, 5, 2).PlusTicks(6));
        return dossier;
    }

    internal static InspectedFile Inspected(int seed, string name, FileType type) =>
        Scenario.Inspected(new FileRecord(new Guid(seed, 0x0f11, 0x0e00, 0, 0, 0, 0, 0, 0, 0, 1), name, type, 1000 + seed, Scenario.Sha256(name)));
}

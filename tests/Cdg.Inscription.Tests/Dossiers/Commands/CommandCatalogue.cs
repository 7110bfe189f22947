using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Dossiers.Events;
using Cdg.Inscription.Files;
using Cdg.Inscription.Pieces;
using Cdg.Inscription.Tests.Support;
using NodaTime;
using static Cdg.Inscription.Dossiers.DossierStatus;

namespace Cdg.Inscription.Tests.Dossiers.Commands;

/// <summary>
/// Every command of a dossier as the rules describe it (LIFE-10 for who, the LIFE, PIECE and SPACE
/// rules for where), on the dossiers that <see cref="Scenario.At"/> builds. Instants are explicit:
/// after the dossier's last event (20 April for a dossier awaited, 2 May at the latest otherwise)
/// and before every deadline that applies (closing on 27 April, regularisation due on 15 May, the
/// état des services due on the first exam, 15 June).
/// </summary>
internal static class CommandCatalogue
{
    /// <summary>The member of staff who gives staff commands.</summary>
    internal static readonly Actor StaffMember = Scenario.Staff;

    internal static readonly DossierStatus[] AllStatuses = Scenario.AllStatuses;

    /// <summary>A file that no dossier holds yet; the same record for a command and its check.</summary>
    private static readonly InspectedFile NewFile = Scenario.Inspected(
        new(new Guid("5b0c7d8e-2f41-4a6b-9c3d-1e2f3a4b5c6d"), "nouvelle-piece.pdf", FileType.Pdf, 2048, Scenario.Sha256("nouvelle-piece.pdf")));

    private static readonly LocalDate Postmark = new(2023, 4, 25);

    private static readonly string[] NonComplianceReasons = ["Condition d'ancienneté non remplie."];

    private const string ReopeningReason = "Erreur matérielle : la pièce figurait bien au dossier.";

    private static readonly EmailAddress NewEmail = EmailAddress.Parse("claire.martin@exemple.org");

    /// <summary>A situation that the scenario's session (a concours interne) accepts: no diploma exemption claimed.</summary>
    private static readonly CandidateSituation NewSituation = new(requestsAdaptedExams: true, isPublicEmployee: true);

    private static readonly Command[] Commands = Build().ToArray();

    private static readonly Dictionary<string, Command> ByName = Commands.ToDictionary(c => c.Name, StringComparer.Ordinal);

    /// <summary>Every command, in the order of the lifecycle.</summary>
    internal static IReadOnlyList<Command> All => Commands;

    /// <summary>The command of a test case.</summary>
    internal static Command Named(string name) => ByName[name];

    /// <summary>When a command is given: 26 April 2023 for a dossier awaited, 3 May 2023 otherwise (10:00, Paris).</summary>
    internal static Instant When(DossierStatus status) =>
        status == AwaitingDossier ? Scenario.Paris(2023, 4, 26, 10) : Scenario.Paris(2023, 5, 3, 10);

    /// <summary>When what a command needs is done: one hour before <see cref="When"/>.</summary>
    internal static Instant PreparedAt(DossierStatus status) => When(status) - Duration.FromHours(1);

    /// <summary>The official French labels, written out here so that a wrong label in the library shows.</summary>
    internal static string OfficialLabel(DossierStatus status) => status switch
    {
        AwaitingDossier => "EN ATTENTE DE VOTRE DOSSIER",
        UnderReview => "EN COURS D'INSTRUCTION",
        Incomplete => "DOSSIER INCOMPLET",
        NonCompliant => "DOSSIER NON CONFORME",
        Complete => "DOSSIER COMPLET",
        Cancelled => "INSCRIPTION ANNULÉE",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>
    /// The piece a file command is about: during a regularisation the piece it names (LIFE-06);
    /// otherwise the état des services, which may be sent after closure until its due date (PIECE-03, DEAD-06).
    /// </summary>
    private static PieceCode PieceFor(Dossier dossier) =>
        dossier.Status == Incomplete ? Scenario.IdentityDocument : Scenario.ServiceRecord;

    private static IReadOnlyDictionary<DossierStatus, DossierStatus> Staying(params DossierStatus[] statuses) =>
        statuses.ToDictionary(s => s, s => s);

    private static IReadOnlyDictionary<DossierStatus, DossierStatus> Going(DossierStatus to, params DossierStatus[] from) =>
        from.ToDictionary(s => s, _ => to);

    private static IEnumerable<Command> Build()
    {
        yield return new Command
        {
            Name = "AddFile",
            HomeRule = "PIECE-02",
            Action = "ajouter un fichier",
            AllowedRole = ActorRole.Candidate,
            Transitions = Staying(AwaitingDossier, UnderReview, Incomplete),
            EventType = typeof(FileAdded),
            Run = (d, actor, at) => d.AddFile(PieceFor(d), NewFile, actor, at),
            Check = (d, actor, at) => d.CheckAddFile(PieceFor(d), NewFile, actor, at),
        };

        // The file removed is the last one added: in a status that allows removal, the one just
        // added to the piece that may still change; elsewhere, a file the dossier holds.
        yield return new Command
        {
            Name = "RemoveFile",
            HomeRule = "PIECE-02",
            Action = "supprimer un fichier",
            AllowedRole = ActorRole.Candidate,
            Transitions = Staying(AwaitingDossier, UnderReview, Incomplete),
            EventType = typeof(FileRemoved),
            Prepare = (d, at) => d.AddFile(PieceFor(d), Scenario.Pdf("a-remplacer.pdf"), Actor.Candidate, at),
            Run = (d, actor, at) => d.RemoveFile(d.Files[^1].File.Id, actor, at),
            Check = (d, actor, at) => d.CheckRemoveFile(d.Files[^1].File.Id, actor, at),
        };

        yield return new Command
        {
            Name = "Close",
            HomeRule = "LIFE-02",
            Action = "clôturer l'inscription",
            AllowedRole = ActorRole.Candidate,
            Transitions = Going(UnderReview, AwaitingDossier),
            AlreadyDoneIn = [UnderReview],
            EventType = typeof(ClosedOnline),
            Run = (d, actor, at) => d.Close(actor, at),
            Check = (d, actor, at) => d.CheckClose(actor, at),
        };

        yield return new Command
        {
            Name = "ReceivePostalDossier",
            HomeRule = "LIFE-02",
            Action = "enregistrer un dossier reçu par courrier",
            AllowedRole = ActorRole.Staff,
            Transitions = Going(UnderReview, AwaitingDossier),
            EventType = typeof(PostalDossierReceived),
            Run = (d, actor, at) => d.ReceivePostalDossier(Postmark, actor, at),
            Check = (d, actor, at) => d.CheckReceivePostalDossier(Postmark, actor, at),
        };

        yield return new Command
        {
            Name = "RequestRegularisation",
            HomeRule = "LIFE-05",
            Action = "demander une régularisation",
            AllowedRole = ActorRole.Staff,
            Transitions = Going(Incomplete, UnderReview),
            EventType = typeof(RegularisationRequested),
            Run = (d, actor, at) => d.RequestRegularisation(Scenario.Regularisation(), actor, at),
            Check = (d, actor, at) => d.CheckRequestRegularisation(Scenario.Regularisation(), actor, at),
        };

        // The candidate says the complements are supplied online; staff record complements received by post.
        yield return new Command
        {
            Name = "SupplyComplements",
            HomeRule = "LIFE-06",
            Action = "transmettre les compléments demandés",
            AllowedRole = null,
            Transitions = Going(UnderReview, Incomplete),
            EventType = typeof(ComplementsSupplied),
            Prepare = (d, at) => d.AddFile(Scenario.IdentityDocument, Scenario.Pdf("identite-lisible.pdf"), Actor.Candidate, at),
            Run = (d, actor, at) => d.SupplyComplements(actor, at),
            Check = (d, actor, at) => d.CheckSupplyComplements(actor, at),
        };

        yield return new Command
        {
            Name = "DeclareNonCompliant",
            HomeRule = "LIFE-07",
            Action = "déclarer le dossier non conforme",
            AllowedRole = ActorRole.Staff,
            Transitions = Going(NonCompliant, UnderReview, Incomplete),
            EventType = typeof(DeclaredNonCompliant),
            Run = (d, actor, at) => d.DeclareNonCompliant(NonComplianceReasons, actor, at),
            Check = (d, actor, at) => d.CheckDeclareNonCompliant(NonComplianceReasons, actor, at),
        };

        // DOSSIER COMPLET needs the deferrable état des services too (PIECE-05).
        yield return new Command
        {
            Name = "DeclareComplete",
            HomeRule = "LIFE-08",
            Action = "déclarer le dossier complet",
            AllowedRole = ActorRole.Staff,
            Transitions = Going(Complete, UnderReview),
            EventType = typeof(DeclaredComplete),
            Prepare = (d, at) => d.AddFile(Scenario.ServiceRecord, Scenario.Pdf("etat-des-services.pdf"), Actor.Candidate, at),
            Run = (d, actor, at) => d.DeclareComplete(actor, at),
            Check = (d, actor, at) => d.CheckDeclareComplete(actor, at),
        };

        yield return new Command
        {
            Name = "RecordCancellation",
            HomeRule = "LIFE-09",
            Action = "enregistrer l'annulation de l'inscription",
            AllowedRole = ActorRole.Staff,
            Transitions = Going(Cancelled, AwaitingDossier, UnderReview, Incomplete, NonCompliant, Complete),
            EventType = typeof(CancellationRecorded),
            Run = (d, actor, at) => d.RecordCancellation(CancellationChannel.Post, actor, at),
            Check = (d, actor, at) => d.CheckRecordCancellation(CancellationChannel.Post, actor, at),
        };

        yield return new Command
        {
            Name = "Reopen",
            HomeRule = "LIFE-11",
            Action = "rouvrir le dossier",
            AllowedRole = ActorRole.Staff,
            Transitions = Going(UnderReview, NonCompliant, Complete),
            EventType = typeof(Reopened),
            Run = (d, actor, at) => d.Reopen(ReopeningReason, actor, at),
            Check = (d, actor, at) => d.CheckReopen(ReopeningReason, actor, at),
        };

        // SPACE-01: a convocation only to a complete dossier; in the other open statuses the
        // publication is refused for that reason, not for the status as such.
        yield return new Command
        {
            Name = "PublishConvocation",
            HomeRule = "SPACE-01",
            Action = "publier un document",
            AllowedRole = ActorRole.Staff,
            Transitions = Staying(Complete),
            EventType = typeof(DocumentPublished),
            Run = (d, actor, at) => d.PublishDocument(DocumentKind.Convocation, "Convocation à l'épreuve écrite", "doc/convocation-000123", actor, at),
            Check = (d, actor, at) => d.CheckPublishDocument(DocumentKind.Convocation, "Convocation à l'épreuve écrite", "doc/convocation-000123", actor, at),
            SpecificRefusal = status => status == Cancelled
                ? null
                : new ExpectedViolation(
                    RuleViolationCodes.ConvocationNeedsCompleteDossier,
                    "SPACE-01",
                    $"Une convocation ne peut être publiée que pour un dossier au statut « DOSSIER COMPLET » ; ce dossier est au statut « {OfficialLabel(status)} »."),
        };

        yield return new Command
        {
            Name = "PublishAccessMap",
            HomeRule = "SPACE-01",
            Action = "publier un document",
            AllowedRole = ActorRole.Staff,
            Transitions = Staying(AwaitingDossier, UnderReview, Incomplete, NonCompliant, Complete),
            EventType = typeof(DocumentPublished),
            Run = (d, actor, at) => d.PublishDocument(DocumentKind.AccessMap, "Plan d'accès au centre d'examen", "doc/plan-acces", actor, at),
            Check = (d, actor, at) => d.CheckPublishDocument(DocumentKind.AccessMap, "Plan d'accès au centre d'examen", "doc/plan-acces", actor, at),
        };

        // SPACE-02, SPACE-03: contact details are recorded as soon as they are reported, even once the registration is cancelled.
        yield return new Command
        {
            Name = "ChangeAddress",
            HomeRule = "SPACE-03",
            Action = "modifier l'adresse postale",
            AllowedRole = null,
            Transitions = Staying(AwaitingDossier, UnderReview, Incomplete, NonCompliant, Complete, Cancelled),
            EventType = typeof(AddressChanged),
            Run = (d, actor, at) => d.ChangeAddress(Scenario.OtherAddress, actor, at),
            Check = (d, actor, at) => d.CheckChangeAddress(Scenario.OtherAddress, actor, at),
        };

        yield return new Command
        {
            Name = "ChangeEmail",
            HomeRule = "SPACE-02",
            Action = "modifier l'adresse électronique",
            AllowedRole = null,
            Transitions = Staying(AwaitingDossier, UnderReview, Incomplete, NonCompliant, Complete, Cancelled),
            EventType = typeof(EmailChanged),
            Run = (d, actor, at) => d.ChangeEmail(NewEmail, actor, at),
            Check = (d, actor, at) => d.CheckChangeEmail(NewEmail, actor, at),
        };

        // PIECE-04: the candidate corrects the declared situation until the dossier is sent; staff
        // until it is decided. Once sent, only staff may change it.
        yield return new Command
        {
            Name = "ChangeSituation",
            HomeRule = "PIECE-04",
            Action = "modifier la situation déclarée",
            AllowedRole = null,
            ReservedIn = new Dictionary<DossierStatus, ActorRole> { [UnderReview] = ActorRole.Staff, [Incomplete] = ActorRole.Staff },
            Transitions = Staying(AwaitingDossier, UnderReview, Incomplete),
            EventType = typeof(SituationChanged),
            Run = (d, actor, at) => d.ChangeSituation(NewSituation, actor, at),
            Check = (d, actor, at) => d.CheckChangeSituation(NewSituation, actor, at),
        };
    }
}

using System.Security.Cryptography;
using System.Text;
using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Files;
using Cdg.Inscription.Pieces;
using Cdg.Inscription.Sessions;
using Cdg.Inscription.Time;
using NodaTime;

namespace Cdg.Inscription.Tests.Support;

/// <summary>
/// The session of the specification: filing closes on 27 April 2023 before midnight, metropolitan
/// time (seed 002); pre-registration runs from 1 March to 19 April; the first exam is on 15 June.
/// Every instant is explicit; nothing reads the clock or the machine's zone.
/// </summary>
internal static class Scenario
{
    internal static readonly PieceCode RegistrationForm = PieceCode.Parse("registration-form");
    internal static readonly PieceCode IdentityDocument = PieceCode.Parse("identity-document");
    internal static readonly PieceCode Diploma = PieceCode.Parse("diploma");
    internal static readonly PieceCode ServiceRecord = PieceCode.Parse("service-record");
    internal static readonly PieceCode Cv = PieceCode.Parse("cv");
    internal static readonly PieceCode NotRequested = PieceCode.Parse("not-requested");

    internal static readonly LocalDate PreRegistrationOpens = new(2023, 3, 1);
    internal static readonly LocalDate PreRegistrationCloses = new(2023, 4, 19);
    internal static readonly LocalDate ClosingDate = new(2023, 4, 27);
    internal static readonly LocalDate FirstExam = new(2023, 6, 15);

    /// <summary>2023-04-27T22:00:00Z: the first instant that is too late (DEAD-01).</summary>
    internal static readonly Instant Deadline = Instant.FromUtc(2023, 4, 27, 22, 0);

    internal static readonly Actor Staff = Actor.Staff("gestionnaire.test");
    internal static readonly Actor Candidate = Actor.Candidate;

    internal static readonly PostalAddress Address = new("12 rue de la Paix", "53000", "Laval");
    internal static readonly PostalAddress OtherAddress = new("3 place de la Mairie", "97400", "Saint-Denis");

    internal static RegistrationCalendar Calendar() =>
        new(PreRegistrationOpens, PreRegistrationCloses, ClosingDate, FirstExam);

    internal static IReadOnlyList<PieceRequirement> Pieces() =>
    [
        new(RegistrationForm, "Dossier d'inscription daté et signé", PieceObligation.RequiredAtClosure),
        new(IdentityDocument, "Pièce d'identité", PieceObligation.RequiredAtClosure),
        new(Diploma, "Diplôme ou titre", PieceObligation.RequiredAtClosure),
        new(ServiceRecord, "État des services", PieceObligation.Deferrable),
        new(Cv, "Curriculum vitae", PieceObligation.Optional),
    ];

    internal static ExamSession Session(UnderReviewVisibility visibility = UnderReviewVisibility.Immediately) =>
        new(
            "2023-REDACTEUR-INT",
            "Concours interne de rédacteur territorial 2023",
            ExamKind.InternalCompetition,
            new Organiser("CDG53", "Centre de gestion de la Mayenne", visibility),
            Calendar(),
            Pieces());

    /// <summary>An instant given as a wall-clock time in Paris.</summary>
    internal static Instant Paris(int year, int month, int day, int hour = 12, int minute = 0, int second = 0, int millisecond = 0) =>
        MetropolitanTime.Zone.AtStrictly(new LocalDateTime(year, month, day, hour, minute, second, millisecond)).ToInstant();

    /// <summary>A PDF file with a fresh ID and a SHA-256 derived from its name, as if inspected.</summary>
    internal static InspectedFile Pdf(string name = "piece.pdf") =>
        Inspected(new FileRecord(Guid.NewGuid(), name, FileType.Pdf, 1024 + name.Length, Sha256(name)));

    /// <summary>
    /// A file as if a <see cref="FileInspector"/> had accepted it. The lifecycle's tests are about
    /// dossiers, not content; the inspector's own tests, under Files/, inspect real files, and
    /// <c>InspectedFilesTests</c> adds one to a dossier.
    /// </summary>
    internal static InspectedFile Inspected(FileRecord record) => new(record, null, null, null);

    internal static string Sha256(string content)
    {
        using var sha = SHA256.Create();
        return string.Concat(sha.ComputeHash(Encoding.UTF8.GetBytes(content)).Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));
    }

    internal static Candidate NewCandidate(EmailAddress? email = null) =>
        new("Martin", "Claire", Address, email ?? EmailAddress.Parse("claire.martin@example.fr"));

    /// <summary>A dossier pre-registered on 1 April 2023 at noon in Paris.</summary>
    internal static Dossier PreRegistered(ExamSession? session = null) =>
        Dossier.PreRegister(session ?? Session(), DossierNumber.Parse("2023-RED-000123"), NewCandidate(), Candidate, Paris(2023, 4, 1));

    /// <summary>A pre-registered dossier with a file for every piece required at closure.</summary>
    internal static Dossier ReadyToClose(ExamSession? session = null)
    {
        var dossier = PreRegistered(session);
        dossier.AddFile(RegistrationForm, Pdf("formulaire.pdf"), Candidate, Paris(2023, 4, 20));
        dossier.AddFile(IdentityDocument, Pdf("identite.pdf"), Candidate, Paris(2023, 4, 20));
        dossier.AddFile(Diploma, Pdf("diplome.pdf"), Candidate, Paris(2023, 4, 20));
        return dossier;
    }

    /// <summary>A dossier walked to a status by the ordinary commands, on 27 April 2023 at the latest.</summary>
    internal static Dossier At(DossierStatus status, ExamSession? session = null)
    {
        if (status == DossierStatus.AwaitingDossier)
        {
            return ReadyToClose(session);
        }

        var dossier = ReadyToClose(session);
        dossier.Close(Candidate, Paris(2023, 4, 25));
        switch (status)
        {
            case DossierStatus.UnderReview:
                break;
            case DossierStatus.Incomplete:
                dossier.RequestRegularisation(Regularisation(), Staff, Paris(2023, 5, 2));
                break;
            case DossierStatus.NonCompliant:
                dossier.DeclareNonCompliant(["Condition d'ancienneté non remplie."], Staff, Paris(2023, 5, 2));
                break;
            case DossierStatus.Complete:
                dossier.AddFile(ServiceRecord, Pdf("etat-des-services.pdf"), Candidate, Paris(2023, 5, 1));
                dossier.DeclareComplete(Staff, Paris(2023, 5, 2));
                break;
            case DossierStatus.Cancelled:
                dossier.RecordCancellation(CancellationChannel.Email, Staff, Paris(2023, 5, 2));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(status), status, null);
        }

        return dossier;
    }

    /// <summary>A request naming the identity document, due on 15 May 2023.</summary>
    internal static RegularisationRequest Regularisation() =>
        new([new RegularisationItem(IdentityDocument, "La copie est illisible.")], new LocalDate(2023, 5, 15));

    internal static readonly DossierStatus[] AllStatuses = (DossierStatus[])Enum.GetValues(typeof(DossierStatus));
}

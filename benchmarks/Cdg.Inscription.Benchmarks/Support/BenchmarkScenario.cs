using System.Security.Cryptography;
using System.Text;
using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Dossiers.Events;
using Cdg.Inscription.Files;
using Cdg.Inscription.Pieces;
using Cdg.Inscription.Sessions;
using Cdg.Inscription.Time;
using NodaTime;

namespace Cdg.Inscription.Benchmarks.Support;

/// <summary>
/// The reference session of the tests (<c>tests/Cdg.Inscription.Tests/Support/Scenario.cs</c>):
/// filing closes on 27 April 2023 before midnight in Paris, three pieces are required at closure,
/// one may be sent later and one is optional. Every instant is explicit.
/// </summary>
internal static class BenchmarkScenario
{
    internal static readonly PieceCode RegistrationForm = PieceCode.Parse("registration-form");
    internal static readonly PieceCode IdentityDocument = PieceCode.Parse("identity-document");
    internal static readonly PieceCode Diploma = PieceCode.Parse("diploma");
    internal static readonly PieceCode ServiceRecord = PieceCode.Parse("service-record");
    internal static readonly PieceCode Cv = PieceCode.Parse("cv");

    internal static readonly Actor StaffActor = Actor.Staff("gestionnaire.bench");
    internal static readonly Actor CandidateActor = Actor.Candidate;

    /// <summary>1 April 2023 at noon in Paris: the pre-registration.</summary>
    internal static readonly Instant PreRegisteredAt = Paris(2023, 4, 1);

    /// <summary>20 April 2023 at noon in Paris: the files.</summary>
    internal static readonly Instant FilesAt = Paris(2023, 4, 20);

    /// <summary>25 April 2023 at noon in Paris: the online closure.</summary>
    internal static readonly Instant ClosedAt = Paris(2023, 4, 25);

    /// <summary>2 May 2023 at noon in Paris: staff's decision.</summary>
    internal static readonly Instant DecidedAt = Paris(2023, 5, 2);

    /// <summary>The files of the four required pieces, as if a <see cref="FileInspector"/> had accepted them.</summary>
    internal static readonly InspectedFile FormFile = Pdf("formulaire.pdf");
    internal static readonly InspectedFile IdentityFile = Pdf("identite.pdf");
    internal static readonly InspectedFile DiplomaFile = Pdf("diplome.pdf");
    internal static readonly InspectedFile ServiceRecordFile = Pdf("etat-des-services.pdf");

    internal static readonly Candidate NewCandidate =
        new("Martin", "Claire", new PostalAddress("12 rue de la Paix", "53000", "Laval"), EmailAddress.Parse("claire.martin@example.fr"));

    /// <summary>The session; <paramref name="visibility"/> says when an online closure shows EN COURS D'INSTRUCTION (LIFE-04).</summary>
    internal static ExamSession Session(UnderReviewVisibility visibility = UnderReviewVisibility.Immediately) =>
        new(
            "2023-REDACTEUR-INT",
            "Concours interne de rédacteur territorial 2023",
            ExamKind.InternalCompetition,
            new Organiser("CDG53", "Centre de gestion de la Mayenne", visibility),
            new RegistrationCalendar(new LocalDate(2023, 3, 1), new LocalDate(2023, 4, 19), new LocalDate(2023, 4, 27), new LocalDate(2023, 6, 15)),
            [
                new PieceRequirement(RegistrationForm, "Dossier d'inscription daté et signé", PieceObligation.RequiredAtClosure),
                new PieceRequirement(IdentityDocument, "Pièce d'identité", PieceObligation.RequiredAtClosure),
                new PieceRequirement(Diploma, "Diplôme ou titre", PieceObligation.RequiredAtClosure),
                new PieceRequirement(ServiceRecord, "État des services", PieceObligation.Deferrable),
                new PieceRequirement(Cv, "Curriculum vitae", PieceObligation.Optional),
            ]);

    /// <summary>A dossier number that differs for each <paramref name="index"/>.</summary>
    internal static DossierNumber Number(int index) =>
        DossierNumber.Parse($"2023-RED-{index.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)}");

    /// <summary>A dossier pre-registered, with a file for each of the four required pieces, not closed yet (version 5).</summary>
    internal static Dossier WithFiles(ExamSession session, int index = 0)
    {
        var dossier = Dossier.PreRegister(session, Number(index), NewCandidate, CandidateActor, PreRegisteredAt);
        dossier.AddFile(RegistrationForm, FormFile, CandidateActor, FilesAt);
        dossier.AddFile(IdentityDocument, IdentityFile, CandidateActor, FilesAt);
        dossier.AddFile(Diploma, DiplomaFile, CandidateActor, FilesAt);
        dossier.AddFile(ServiceRecord, ServiceRecordFile, CandidateActor, FilesAt);
        return dossier;
    }

    /// <summary>The same dossier closed online: EN COURS D'INSTRUCTION, version 6, ready to be declared complet.</summary>
    internal static Dossier Closed(ExamSession session, int index = 0)
    {
        var dossier = WithFiles(session, index);
        dossier.Close(CandidateActor, ClosedAt);
        return dossier;
    }

    /// <summary>
    /// The history of <see cref="Closed"/> for dossier <paramref name="index"/>: a pre-registration
    /// with its own number, then the events of <paramref name="template"/>, which are immutable and shared.
    /// </summary>
    internal static DossierEvent[] HistoryOf(IReadOnlyList<DossierEvent> template, int index)
    {
        var history = template.ToArray();
        history[0] = (PreRegistered)history[0] with { Number = Number(index) };
        return history;
    }

    /// <summary>An instant given as a wall-clock time in Paris.</summary>
    internal static Instant Paris(int year, int month, int day, int hour = 12, int minute = 0) =>
        MetropolitanTime.Zone.AtStrictly(new LocalDateTime(year, month, day, hour, minute)).ToInstant();

    /// <summary>A PDF with a fixed ID derived from its name, as if inspected (the internal constructor the tests use).</summary>
    private static InspectedFile Pdf(string name)
    {
        var sha = SHA256.HashData(Encoding.UTF8.GetBytes(name));
        var id = new Guid(sha.AsSpan(0, 16));
        return new InspectedFile(new FileRecord(id, name, FileType.Pdf, 1024 + name.Length, Convert.ToHexStringLower(sha)), null, null, null);
    }
}

using Cdg.Inscription.AspNetCore;
using Cdg.Inscription.AspNetCore.Commands;
using Cdg.Inscription.AspNetCore.Storage;
using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Pieces;
using Cdg.Inscription.Sessions;
using Cdg.Inscription.Time;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;

namespace Cdg.Inscription.Web.Storage.Tests.Support;

/// <summary>Real dossiers through the real runner, on a fixed instant: a session whose only piece is deferrable, so that closure needs no file.</summary>
internal static class Portal
{
    public const string SessionCode = "REDACTEUR-INT";

    public static readonly Instant Now = Instant.FromUtc(2026, 3, 10, 9, 0);

    public static readonly ExamSession Session = new(
        SessionCode,
        "Concours interne de rédacteur territorial",
        ExamKind.InternalCompetition,
        new Organiser("CDG53", "Centre de gestion de la Mayenne", UnderReviewVisibility.Immediately),
        new RegistrationCalendar(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31), new LocalDate(2026, 4, 15), new LocalDate(2026, 5, 20)),
        [new PieceRequirement(PieceCode.Parse("service-record"), "État des services", PieceObligation.Deferrable)]);

    public static DossierRunner Runner(IDossierStore store) => new(
        store,
        new ExamSessionCatalog([Session]),
        new FakeClock(Now),
        Options.Create(new CdgInscriptionOptions { MaxAttempts = 5 }),
        NullLogger<DossierRunner>.Instance);

    public static DossierNumber Number(int i) => DossierNumber.Parse($"D{i:D8}");

    public static Candidate Candidate(int i) => new(
        "Martin", "Claire", new PostalAddress($"{i} rue de la Paix", "53000", "Laval"), EmailAddress.Parse($"claire.martin{i}@example.org"));

    public static Task<DossierRun> PreRegisterAsync(DossierRunner runner, int i, string? key = null, CancellationToken cancellationToken = default) =>
        runner.PreRegisterAsync(Session, Number(i), Candidate(i), null, key, cancellationToken);

    public static Task<DossierRun> CloseAsync(DossierRunner runner, int i, CancellationToken cancellationToken = default) =>
        runner.ExecuteAsync(Number(i), (dossier, at) => dossier.Close(Actor.Candidate, at), null, cancellationToken);
}

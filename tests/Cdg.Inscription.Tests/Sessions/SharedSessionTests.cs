using System.Collections.Concurrent;
using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Files;
using Cdg.Inscription.Sessions;
using Cdg.Inscription.Tests.Support;

namespace Cdg.Inscription.Tests.Sessions;

/// <summary>
/// One <see cref="ExamSession"/> serves every dossier of a session, on as many threads as the host
/// runs: thousands of dossiers walked through their life in parallel get the same outcome as one
/// alone, and the session does not change.
/// </summary>
public sealed class SharedSessionTests
{
    private const int Dossiers = 4000;

    [Fact]
    [Trait("Rule", "LIFE-01")]
    public void Thousands_of_dossiers_on_one_session_in_parallel_end_as_one_alone_and_the_session_is_unchanged()
    {
        var session = Scenario.Session();
        var before = Describe(session);
        var alone = Walk(session, 0);
        var outcomes = new ConcurrentDictionary<int, string>();

        Parallel.For(0, Dossiers, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(4, Environment.ProcessorCount * 2) }, i =>
            outcomes[i] = Walk(session, i));

        outcomes.Should().HaveCount(Dossiers);
        outcomes.Should().OnlyContain(outcome => outcome.Value == alone.Replace("2023-RED-000000", $"2023-RED-{outcome.Key:D6}"));
        Describe(session).Should().Be(before);
    }

    /// <summary>
    /// One dossier's life: pre-registered, files added, a closure refused then accepted, a
    /// regularisation, complements, DOSSIER COMPLET; described by its history and final checklist.
    /// </summary>
    private static string Walk(ExamSession session, int index)
    {
        var number = DossierNumber.Parse($"2023-RED-{index:D6}");
        var dossier = Dossier.PreRegister(session, number, Scenario.NewCandidate(), Scenario.Candidate, Scenario.Paris(2023, 4, 1));
        dossier.AddFile(Scenario.RegistrationForm, File("formulaire"), Scenario.Candidate, Scenario.Paris(2023, 4, 20));
        var refusal = dossier.CheckClose(Scenario.Candidate, Scenario.Paris(2023, 4, 20, 13));
        dossier.AddFile(Scenario.IdentityDocument, File("identite"), Scenario.Candidate, Scenario.Paris(2023, 4, 21));
        dossier.AddFile(Scenario.Diploma, File("diplome"), Scenario.Candidate, Scenario.Paris(2023, 4, 21));
        dossier.Close(Scenario.Candidate, Scenario.Paris(2023, 4, 25));
        dossier.RequestRegularisation(Scenario.Regularisation(), Scenario.Staff, Scenario.Paris(2023, 5, 2));
        dossier.AddFile(Scenario.IdentityDocument, File("identite-lisible"), Scenario.Candidate, Scenario.Paris(2023, 5, 3));
        dossier.AddFile(Scenario.ServiceRecord, File("etat-des-services"), Scenario.Candidate, Scenario.Paris(2023, 5, 3));
        dossier.SupplyComplements(Scenario.Candidate, Scenario.Paris(2023, 5, 4));
        dossier.DeclareComplete(Scenario.Staff, Scenario.Paris(2023, 5, 10));

        var checklist = dossier.ChecklistAt(Scenario.Paris(2023, 5, 10));
        return string.Join(
            "\n",
            dossier.DescribeHistory()
                .Append(string.Join(", ", refusal.Violations.Select(v => v.Code)))
                .Append(dossier.Status.ToString())
                .Append(string.Join(", ", checklist.Items.Select(item => $"{item.Code}:{item.State}:{item.Files.Count}"))));
    }

    private static InspectedFile File(string name) =>
        Scenario.Inspected(new FileRecord(Guid.NewGuid(), name + ".pdf", FileType.Pdf, 1000, Scenario.Sha256(name)));

    private static string Describe(ExamSession session) =>
        string.Join(
            "\n",
            [
                session.ToString(), session.Kind.ToString(), session.Organiser.ToString() ?? string.Empty,
                session.Calendar.ToString() ?? string.Empty, session.IsRegulatedProfession.ToString(), session.DeferredPiecesDueDate.ToString(),
                .. session.Pieces.Select(p => $"{p.Code} {p.Label} {p.Obligation} {p.DueDate} {p.AppliesWhen?.Description} {p.DeferrableWhen?.Description}"),
            ]);
}

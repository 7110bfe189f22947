using System.Collections.Concurrent;
using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Files;
using Cdg.Inscription.Sessions;
using static Cdg.Inscription.Tests.Support.Scenario;

namespace Cdg.Inscription.Tests.Dossiers;

/// <summary>
/// One <see cref="ExamSession"/> serves every request of a host at once, each on its own dossier;
/// the lifecycle machine is configured once per thread and reused for the dossiers it serves
/// (docs/performance.md). Decisions must not depend on which thread made them, nor on what that
/// thread decided before.
/// </summary>
public sealed class ConcurrencyTests
{
    private const int Threads = 8;
    private const int DossiersPerThread = 60;

    [Fact]
    public void Dossiers_of_one_session_decided_on_many_threads_at_once_end_as_they_do_one_by_one()
    {
        var session = Session(UnderReviewVisibility.FromNextDay);
        var expected = Life(session);
        using var start = new Barrier(Threads);
        var results = new (List<DossierSnapshot> Snapshots, List<string> Refusals)[Threads][];
        var failures = new ConcurrentQueue<Exception>();
        var workers = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            try
            {
                start.SignalAndWait();
                results[t] = Enumerable.Range(0, DossiersPerThread).Select(_ => Life(session)).ToArray();
            }
            catch (Exception e)
            {
                failures.Enqueue(e);
                results[t] = [];
            }
        })).ToArray();

        foreach (var worker in workers)
        {
            worker.Start();
        }

        foreach (var worker in workers)
        {
            worker.Join();
        }

        failures.Should().BeEmpty();
        results.SelectMany(r => r).Should().HaveCount(Threads * DossiersPerThread)
            .And.AllSatisfy(outcome =>
            {
                outcome.Snapshots.Should().Equal(expected.Snapshots);
                outcome.Refusals.Should().Equal(expected.Refusals);
            });
    }

    [Fact]
    public void A_refused_command_leaves_the_thread_ready_for_the_next_dossier()
    {
        var refused = PreRegistered();
        var refusal = () => refused.Close(Actor.Candidate, Paris(2023, 4, 25));
        refusal.Should().Throw<RuleViolationException>();
        var fromStatus = () => refused.DeclareComplete(Staff, Paris(2023, 4, 25));
        fromStatus.Should().Throw<RuleViolationException>();

        var dossier = ReadyToClose();
        dossier.Close(Actor.Candidate, Paris(2023, 4, 25));

        dossier.Status.Should().Be(DossierStatus.UnderReview);
        refused.Status.Should().Be(DossierStatus.AwaitingDossier);
    }

    /// <summary>A dossier walked through every status, with refused commands and checks in between.</summary>
    private static (List<DossierSnapshot> Snapshots, List<string> Refusals) Life(ExamSession session)
    {
        var snapshots = new List<DossierSnapshot>();
        var refusals = new List<string>();
        var dossier = Dossier.PreRegister(session, DossierNumber.Parse("2023-RED-000123"), NewCandidate(), Actor.Candidate, Paris(2023, 4, 1));
        void Refused(CommandCheck check) => refusals.AddRange(check.Violations.Select(v => v.ToString()));
        void Step(Action command)
        {
            command();
            snapshots.Add(dossier.ToSnapshot());
        }

        Refused(dossier.CheckClose(Actor.Candidate, Paris(2023, 4, 20)));
        Refused(dossier.CheckAddFile(RegistrationForm, Inspected(Fixed("form")), Staff, Paris(2023, 4, 20)));
        Step(() => dossier.AddFile(RegistrationForm, Inspected(Fixed("form")), Actor.Candidate, Paris(2023, 4, 20)));
        Step(() => dossier.AddFile(IdentityDocument, Inspected(Fixed("identity")), Actor.Candidate, Paris(2023, 4, 20)));
        Step(() => dossier.AddFile(Diploma, Inspected(Fixed("diploma")), Actor.Candidate, Paris(2023, 4, 20)));
        Refused(dossier.CheckDeclareComplete(Staff, Paris(2023, 4, 20)));
        Step(() => dossier.Close(Actor.Candidate, Paris(2023, 4, 25)));
        Refused(dossier.CheckDeclareComplete(Staff, Paris(2023, 5, 2)));
        Step(() => dossier.RequestRegularisation(Regularisation(), Staff, Paris(2023, 5, 2)));
        Refused(dossier.CheckSupplyComplements(Actor.Candidate, Paris(2023, 5, 3)));
        Step(() => dossier.AddFile(IdentityDocument, Inspected(Fixed("identity-2")), Actor.Candidate, Paris(2023, 5, 3)));
        Step(() => dossier.SupplyComplements(Actor.Candidate, Paris(2023, 5, 3)));
        Step(() => dossier.AddFile(ServiceRecord, Inspected(Fixed("service")), Actor.Candidate, Paris(2023, 5, 4)));
        Step(() => dossier.DeclareComplete(Staff, Paris(2023, 5, 5)));
        Step(() => dossier.Reopen("Erreur de saisie.", Staff, Paris(2023, 5, 6)));
        Step(() => dossier.DeclareNonCompliant(["Condition d'ancienneté non remplie."], Staff, Paris(2023, 5, 7)));
        Step(() => dossier.RecordCancellation(CancellationChannel.Email, Staff, Paris(2023, 5, 8)));
        Refused(dossier.CheckReopen("Erreur.", Staff, Paris(2023, 5, 9)));
        Step(() => dossier.ChangeAddress(OtherAddress, Actor.Candidate, Paris(2023, 5, 9)));
        return (snapshots, refusals);
    }

    /// <summary>A file whose ID and content depend only on its name, so that every run builds equal dossiers.</summary>
    private static FileRecord Fixed(string name)
    {
        var sha = Sha256(name);
        return new FileRecord(Guid.Parse(sha[..32]), name + ".pdf", FileType.Pdf, 2048, sha);
    }
}

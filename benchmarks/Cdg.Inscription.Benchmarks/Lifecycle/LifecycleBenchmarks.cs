using BenchmarkDotNet.Attributes;
using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Sessions;
using static Cdg.Inscription.Benchmarks.Support.BenchmarkScenario;

namespace Cdg.Inscription.Benchmarks.Lifecycle;

/// <summary>
/// One dossier's life through the public API: pre-registration, a file for each of the four
/// required pieces, the online closure and DOSSIER COMPLET (seven events), against a bare Stateless
/// machine making the same transitions, built the same way (issue goal: within 2× in time and allocations).
/// </summary>
[MemoryDiagnoser]
public class LifecycleBenchmarks
{
    private ExamSession _session = null!;
    private DossierNumber _number;
    private BareStatelessDossier _reused = null!;

    /// <summary>Builds the session, shared by every dossier as a host shares it, and the dossier number.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _session = Session();
        _number = Number(1);
        _reused = new BareStatelessDossier();
        if (BareStateless() != DossierStatus.Complete || BareStatelessMachineReused() != DossierStatus.Complete || Library() != DossierStatus.Complete)
        {
            throw new InvalidOperationException("A dossier did not reach DOSSIER COMPLET: the benchmarks would not compare the same work.");
        }
    }

    /// <summary>The baseline: a new bare machine for the dossier, then the same six commands, each checked (CanFire) and fired.</summary>
    /// <returns>The final status, so that nothing is optimised away.</returns>
    [Benchmark(Baseline = true)]
    public DossierStatus BareStateless() => Walk(new BareStatelessDossier());

    /// <summary>
    /// Another reference point, not the baseline: the same bare dossier, its machine configured
    /// once and reused, as the library does since its machines are per thread.
    /// </summary>
    /// <returns>The final status.</returns>
    [Benchmark]
    public DossierStatus BareStatelessMachineReused()
    {
        _reused.Reset();
        return Walk(_reused);
    }

    /// <summary><see cref="Dossier.PreRegister"/>, four <see cref="Dossier.AddFile"/>, <see cref="Dossier.Close"/>, <see cref="Dossier.DeclareComplete"/>.</summary>
    /// <returns>The final status.</returns>
    [Benchmark]
    public DossierStatus Library()
    {
        var dossier = Dossier.PreRegister(_session, _number, NewCandidate, CandidateActor, PreRegisteredAt);
        dossier.AddFile(RegistrationForm, FormFile, CandidateActor, FilesAt);
        dossier.AddFile(IdentityDocument, IdentityFile, CandidateActor, FilesAt);
        dossier.AddFile(Diploma, DiplomaFile, CandidateActor, FilesAt);
        dossier.AddFile(ServiceRecord, ServiceRecordFile, CandidateActor, FilesAt);
        dossier.Close(CandidateActor, ClosedAt);
        dossier.DeclareComplete(StaffActor, DecidedAt);
        return dossier.Status;
    }

    private static DossierStatus Walk(BareStatelessDossier dossier)
    {
        dossier.Apply(DossierTrigger.AddFile, CandidateActor, FilesAt, RegistrationForm);
        dossier.Apply(DossierTrigger.AddFile, CandidateActor, FilesAt, IdentityDocument);
        dossier.Apply(DossierTrigger.AddFile, CandidateActor, FilesAt, Diploma);
        dossier.Apply(DossierTrigger.AddFile, CandidateActor, FilesAt, ServiceRecord);
        dossier.Apply(DossierTrigger.Close, CandidateActor, ClosedAt);
        dossier.Apply(DossierTrigger.DeclareComplete, StaffActor, DecidedAt);
        return dossier.Status;
    }
}

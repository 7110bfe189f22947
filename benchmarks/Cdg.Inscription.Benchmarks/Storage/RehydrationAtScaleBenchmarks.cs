using BenchmarkDotNet.Attributes;
using Cdg.Inscription.Benchmarks.Support;
using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Dossiers.Events;
using Cdg.Inscription.Sessions;
using static Cdg.Inscription.Benchmarks.Support.BenchmarkScenario;

namespace Cdg.Inscription.Benchmarks.Storage;

/// <summary>
/// 100 000 different dossiers of one session rebuilt from their histories in one run, as a batch
/// (a nightly export, a reminder campaign) would; the times and bytes are per dossier. The peak
/// memory of holding them all is measured by the <c>--scale</c> mode (<see cref="ScaleRun"/>).
/// </summary>
[MemoryDiagnoser]
public class RehydrationAtScaleBenchmarks
{
    /// <summary>How many dossiers one invocation rebuilds.</summary>
    public const int Dossiers = 100_000;

    private ExamSession _session = null!;
    private DossierEvent[][] _histories = null!;

    /// <summary>Builds the 100 000 stored histories, which differ by their dossier number.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _session = Session();
        _histories = ScaleRun.Histories(_session, Dossiers);
    }

    /// <summary>The baseline: each dossier rebuilt from its six events.</summary>
    /// <returns>The last dossier.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = Dossiers)]
    public Dossier Rehydrate()
    {
        Dossier last = null!;
        foreach (var history in _histories)
        {
            last = Dossier.Rehydrate(_session, history);
        }

        return last;
    }

    /// <summary>Each dossier rebuilt, then declared complet.</summary>
    /// <returns>The last dossier.</returns>
    [Benchmark(OperationsPerInvoke = Dossiers)]
    public Dossier RehydrateThenCommand()
    {
        Dossier last = null!;
        foreach (var history in _histories)
        {
            last = Dossier.Rehydrate(_session, history);
            last.DeclareComplete(StaffActor, DecidedAt);
        }

        return last;
    }
}

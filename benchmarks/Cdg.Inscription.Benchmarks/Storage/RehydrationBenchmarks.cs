using BenchmarkDotNet.Attributes;
using Cdg.Inscription.Benchmarks.Lifecycle;
using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Dossiers.Events;
using Cdg.Inscription.Pieces;
using Cdg.Inscription.Sessions;
using static Cdg.Inscription.Benchmarks.Support.BenchmarkScenario;

namespace Cdg.Inscription.Benchmarks.Storage;

/// <summary>
/// A dossier rebuilt from storage, as a host does for each request (LIFE-11): from its whole history
/// (six events: pre-registration, four files, online closure) or from the snapshot at version 5 and
/// the one event after it; then, in the same request, one command (DOSSIER COMPLET). The baseline is
/// the rebuild alone, so the ratios show what the command adds, the machine included.
/// </summary>
[MemoryDiagnoser]
public class RehydrationBenchmarks
{
    private ExamSession _session = null!;
    private DossierEvent[] _history = null!;
    private DossierSnapshot _snapshot = null!;
    private DossierEvent[] _laterEvents = null!;
    private BareStatelessDossier _bare = null!;
    private PieceCode[] _fourPieces = null!;

    /// <summary>Builds the stored history and the snapshot.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _session = Session();
        var dossier = Closed(_session);
        _history = [.. dossier.History];
        _snapshot = WithFiles(_session).ToSnapshot();
        _laterEvents = [_history[^1]];
        _bare = new BareStatelessDossier();
        _fourPieces = [RegistrationForm, IdentityDocument, Diploma, ServiceRecord];
        if (BareStatelessMachineReusedOneCommand() != DossierStatus.Complete || FromHistoryThenCommand().Status != DossierStatus.Complete)
        {
            throw new InvalidOperationException("A dossier did not reach DOSSIER COMPLET: the benchmarks would not compare the same work.");
        }
    }

    /// <summary>The baseline: <see cref="Dossier.Rehydrate(ExamSession, IEnumerable{DossierEvent})"/> from the six events.</summary>
    /// <returns>The dossier.</returns>
    [Benchmark(Baseline = true)]
    public Dossier FromHistory() => Dossier.Rehydrate(_session, _history);

    /// <summary>The same, then <see cref="Dossier.DeclareComplete"/>.</summary>
    /// <returns>The dossier.</returns>
    [Benchmark]
    public Dossier FromHistoryThenCommand()
    {
        var dossier = Dossier.Rehydrate(_session, _history);
        dossier.DeclareComplete(StaffActor, DecidedAt);
        return dossier;
    }

    /// <summary><see cref="Dossier.Rehydrate(ExamSession, DossierSnapshot, IEnumerable{DossierEvent})"/> from the snapshot at version 5 and one event.</summary>
    /// <returns>The dossier.</returns>
    [Benchmark]
    public Dossier FromSnapshot() => Dossier.Rehydrate(_session, _snapshot, _laterEvents);

    /// <summary>The same, then <see cref="Dossier.DeclareComplete"/>.</summary>
    /// <returns>The dossier.</returns>
    [Benchmark]
    public Dossier FromSnapshotThenCommand()
    {
        var dossier = Dossier.Rehydrate(_session, _snapshot, _laterEvents);
        dossier.DeclareComplete(StaffActor, DecidedAt);
        return dossier;
    }

    /// <summary>
    /// The same, then <see cref="Dossier.CheckDeclareComplete"/>: the query a page makes to show
    /// whether the button is enabled.
    /// </summary>
    /// <returns>Whether the command would be accepted.</returns>
    [Benchmark]
    public bool FromSnapshotThenCheck() =>
        Dossier.Rehydrate(_session, _snapshot, _laterEvents).CheckDeclareComplete(StaffActor, DecidedAt).IsAllowed;

    /// <summary>
    /// A reference point for the command alone: the bare Stateless dossier of the lifecycle
    /// benchmarks, its machine reused, loaded under review with its four pieces as a host reads a
    /// row, then DOSSIER COMPLET (checked and fired). Compare it with what the command adds to a
    /// rebuild: <see cref="FromHistoryThenCommand"/> minus <see cref="FromHistory"/>.
    /// </summary>
    /// <returns>The status after the command.</returns>
    [Benchmark]
    public DossierStatus BareStatelessMachineReusedOneCommand()
    {
        _bare.LoadUnderReview(_fourPieces);
        _bare.Apply(DossierTrigger.DeclareComplete, StaffActor, DecidedAt);
        return _bare.Status;
    }

    /// <summary>What a command costs beyond its rules when the dossier builds its own machine: configuring one Stateless machine.</summary>
    /// <returns>The machine's owner.</returns>
    [Benchmark]
    public object ConfigureOneMachine() => new DossierLifecycle();
}

using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Cdg.Inscription.Benchmarks.Storage.Plain;
using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Dossiers.Events;
using Cdg.Inscription.Serialization.SystemTextJson;
using static Cdg.Inscription.Benchmarks.Support.BenchmarkScenario;

namespace Cdg.Inscription.Benchmarks.Storage;

/// <summary>
/// The storage contract (Cdg.Inscription.Serialization.SystemTextJson) writing and reading a
/// seven-event history (pre-registration, four files, online closure, DOSSIER COMPLET) and the
/// snapshot of that dossier, each beside its baseline: System.Text.Json's source generator on plain
/// records of the same fields (instants already text, no validation). One category per operation,
/// each with its baseline, so every ratio compares like with like.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class SerializationBenchmarks
{
    private DossierEvent[] _history = null!;
    private DossierSnapshot _snapshot = null!;
    private PlainEvent[] _plainHistory = null!;
    private PlainSnapshot _plainSnapshot = null!;
    private string _historyJson = null!;
    private string _snapshotJson = null!;
    private string _plainHistoryJson = null!;
    private string _plainSnapshotJson = null!;

    /// <summary>Builds the dossier, its plain copies and the JSON to read.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var dossier = Closed(Session());
        dossier.DeclareComplete(StaffActor, DecidedAt);
        _history = [.. dossier.History];
        _snapshot = dossier.ToSnapshot();
        _plainHistory = PlainMapping.History(_history);
        _plainSnapshot = PlainMapping.Snapshot(_snapshot);
        _historyJson = DossierJson.WriteHistory(_history);
        _snapshotJson = DossierJson.WriteSnapshot(_snapshot);
        _plainHistoryJson = JsonSerializer.Serialize(_plainHistory, PlainJsonContext.Default.PlainEventArray);
        _plainSnapshotJson = JsonSerializer.Serialize(_plainSnapshot, PlainJsonContext.Default.PlainSnapshot);
    }

    /// <summary>The baseline: the plain history to JSON text.</summary>
    /// <returns>The JSON.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Write history")]
    public string WriteHistoryPlain() => JsonSerializer.Serialize(_plainHistory, PlainJsonContext.Default.PlainEventArray);

    /// <summary><see cref="DossierJson.WriteHistory"/>.</summary>
    /// <returns>The JSON.</returns>
    [Benchmark]
    [BenchmarkCategory("Write history")]
    public string WriteHistory() => DossierJson.WriteHistory(_history);

    /// <summary>The baseline: JSON text to the plain history.</summary>
    /// <returns>The records.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Read history")]
    public PlainEvent[]? ReadHistoryPlain() => JsonSerializer.Deserialize(_plainHistoryJson, PlainJsonContext.Default.PlainEventArray);

    /// <summary><see cref="DossierJson.ReadHistory"/>: every value through the library's factories and constructors.</summary>
    /// <returns>The events.</returns>
    [Benchmark]
    [BenchmarkCategory("Read history")]
    public IReadOnlyList<DossierEvent> ReadHistory() => DossierJson.ReadHistory(_historyJson);

    /// <summary>The baseline: the plain snapshot to JSON text.</summary>
    /// <returns>The JSON.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Write snapshot")]
    public string WriteSnapshotPlain() => JsonSerializer.Serialize(_plainSnapshot, PlainJsonContext.Default.PlainSnapshot);

    /// <summary><see cref="DossierJson.WriteSnapshot"/>.</summary>
    /// <returns>The JSON.</returns>
    [Benchmark]
    [BenchmarkCategory("Write snapshot")]
    public string WriteSnapshot() => DossierJson.WriteSnapshot(_snapshot);

    /// <summary>The baseline: JSON text to the plain snapshot.</summary>
    /// <returns>The record.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Read snapshot")]
    public PlainSnapshot? ReadSnapshotPlain() => JsonSerializer.Deserialize(_plainSnapshotJson, PlainJsonContext.Default.PlainSnapshot);

    /// <summary><see cref="DossierJson.ReadSnapshot"/>.</summary>
    /// <returns>The snapshot.</returns>
    [Benchmark]
    [BenchmarkCategory("Read snapshot")]
    public DossierSnapshot ReadSnapshot() => DossierJson.ReadSnapshot(_snapshotJson);
}

using BenchmarkDotNet.Attributes;
using Cdg.Inscription.Pieces;
using Cdg.Inscription.Sessions;
using Cdg.Inscription.Time;
using NodaTime;
using static Cdg.Inscription.Benchmarks.Support.BenchmarkScenario;

namespace Cdg.Inscription.Benchmarks.Queries;

/// <summary>
/// Deadline computations (DEAD-01 to DEAD-03, DEAD-06) on the closing date of 27 April 2023. The
/// baseline is what a host would write with NodaTime alone: the end of the day in Paris through a
/// <see cref="ZonedDateTime"/>.
/// </summary>
[MemoryDiagnoser]
public class DeadlineBenchmarks
{
    private DateTimeZone _paris = null!;
    private DateTimeZone _reunion = null!;
    private LocalDate _closingDate;
    private Deadline _deadline;
    private Instant _at;
    private ExamSession _session = null!;
    private PieceRequirement _deferred = null!;

    /// <summary>The zones, the deadline, the instant of the question (25 April 2023, 18:00 in Paris), and a deferred piece.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];
        _reunion = DateTimeZoneProviders.Tzdb["Indian/Reunion"];
        _closingDate = new LocalDate(2023, 4, 27);
        _deadline = new Deadline(_closingDate);
        _at = Paris(2023, 4, 25, 18);
        _session = Session();
        _session.TryGetPiece(ServiceRecord, out var deferred);
        _deferred = deferred!;
    }

    /// <summary>The baseline: the first instant too late, by hand: <c>zone.AtStartOfDay(date.PlusDays(1)).ToInstant()</c>.</summary>
    /// <returns>The instant.</returns>
    [Benchmark(Baseline = true)]
    public Instant EndByHand() => _paris.AtStartOfDay(_closingDate.PlusDays(1)).ToInstant();

    /// <summary><see cref="Deadline.End"/>.</summary>
    /// <returns>The instant.</returns>
    [Benchmark]
    public Instant End() => _deadline.End;

    /// <summary><see cref="Deadline.IsMetAt"/>.</summary>
    /// <returns>Whether the instant is in time.</returns>
    [Benchmark]
    public bool IsMetAt() => _deadline.IsMetAt(_at);

    /// <summary><see cref="Deadline.TimeLeftAt"/>.</summary>
    /// <returns>The time left.</returns>
    [Benchmark]
    public Duration TimeLeftAt() => _deadline.TimeLeftAt(_at);

    /// <summary>The time left in French, as a page prints it (<see cref="FrenchDates.Format(Duration)"/>).</summary>
    /// <returns>For example « 2 jours et 6 heures ».</returns>
    [Benchmark]
    public string TimeLeftInFrench() => FrenchDates.Format(_deadline.TimeLeftAt(_at));

    /// <summary><see cref="Deadline.EndIn"/> for La Réunion (DEAD-03).</summary>
    /// <returns>The zoned end.</returns>
    [Benchmark]
    public ZonedDateTime EndInReunion() => _deadline.EndIn(_reunion);

    /// <summary><see cref="Deadline.Describe"/>: « le 27 avril 2023 avant minuit (heure métropolitaine) ».</summary>
    /// <returns>The French text.</returns>
    [Benchmark]
    public string Describe() => _deadline.Describe();

    /// <summary><see cref="Deadline.DescribeIn"/> for La Réunion.</summary>
    /// <returns>The French text.</returns>
    [Benchmark]
    public string DescribeInReunion() => _deadline.DescribeIn(_reunion);

    /// <summary><see cref="ExamSession.DueDateOf"/> for a deferred piece (DEAD-06).</summary>
    /// <returns>The piece's deadline.</returns>
    [Benchmark]
    public Deadline DueDateOfDeferredPiece() => _session.DueDateOf(_deferred, CandidateSituation.None);
}

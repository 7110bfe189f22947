using BenchmarkDotNet.Attributes;
using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Sessions;
using Cdg.Inscription.Time;
using NodaTime;
using static Cdg.Inscription.Benchmarks.Support.BenchmarkScenario;

namespace Cdg.Inscription.Benchmarks.Queries;

/// <summary>
/// What a list of dossiers shows for each row, on the costliest paths: whether the registration
/// counts (LIFE-03) for a dossier not sent yet, which compares the instant with the closing
/// deadline; and the status the candidate sees (LIFE-04) for a dossier closed online at an
/// organiser that shows EN COURS D'INSTRUCTION only from the next day, asked on the day of the
/// closure. The baseline is the standing written by hand with NodaTime.
/// </summary>
[MemoryDiagnoser]
public class StandingBenchmarks
{
    private Dossier _awaiting = null!;
    private Dossier _closed = null!;
    private DateTimeZone _paris = null!;
    private LocalDate _closingDate;
    private Instant _at;

    /// <summary>The dossiers, the zone and the instant of the question (25 April 2023, 18:00 in Paris).</summary>
    [GlobalSetup]
    public void Setup()
    {
        var session = Session(UnderReviewVisibility.FromNextDay);
        _awaiting = WithFiles(session);
        _closed = Closed(session);
        _paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];
        _closingDate = new LocalDate(2023, 4, 27);
        _at = Paris(2023, 4, 25, 18);
    }

    /// <summary>The baseline: the standing by hand, the deadline's end computed with a <see cref="ZonedDateTime"/>.</summary>
    /// <returns>The standing.</returns>
    [Benchmark(Baseline = true)]
    public RegistrationStanding ByHand() =>
        _awaiting.Status == DossierStatus.Cancelled ? RegistrationStanding.Cancelled
        : _awaiting.FiledAt is not null ? RegistrationStanding.Filed
        : _at < _paris.AtStartOfDay(_closingDate.PlusDays(1)).ToInstant() ? RegistrationStanding.Pending
        : RegistrationStanding.NotTakenIntoAccount;

    /// <summary><see cref="Dossier.StandingAt"/>: the same question through the library.</summary>
    /// <returns>The standing.</returns>
    [Benchmark]
    public RegistrationStanding StandingAt() => _awaiting.StandingAt(_at);

    /// <summary><see cref="Dossier.StatusShownToCandidateAt"/>: still EN ATTENTE DE VOTRE DOSSIER on the day of the closure.</summary>
    /// <returns>The status shown.</returns>
    [Benchmark]
    public DossierStatus StatusShownToCandidateAt() => _closed.StatusShownToCandidateAt(_at);

    /// <summary>The French label of that status (<see cref="DossierStatusLabels"/>), as the page prints it.</summary>
    /// <returns>The label.</returns>
    [Benchmark]
    public string StatusLabelShown() => DossierStatusLabels.Label(_closed.StatusShownToCandidateAt(_at));
}

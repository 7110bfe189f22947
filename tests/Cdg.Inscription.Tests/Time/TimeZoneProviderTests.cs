using Cdg.Inscription.Tests.Docs;
using Cdg.Inscription.Tests.Support;
using Cdg.Inscription.Time;
using NodaTime;

namespace Cdg.Inscription.Tests.Time;

/// <summary>
/// A host may read metropolitan time from its own time-zone provider (a newer tz database, say);
/// the docs state the version of the built-in one. These tests change a process-wide setting, so
/// they run alone, after the others.
/// </summary>
[Collection(ProcessWideTimeZoneProvider.Name)]
public sealed class TimeZoneProviderTests
{
    [Fact]
    [Trait("Rule", "DEAD-02")]
    public void A_deadline_is_computed_with_the_provider_that_the_host_supplies()
    {
        var closing = new Deadline(new LocalDate(2023, 4, 27));
        try
        {
            // A provider whose Europe/Paris were three hours ahead of UTC all year round.
            MetropolitanTime.UseProvider(new FixedParisProvider(Offset.FromHours(3)));

            closing.End.Should().Be(Instant.FromUtc(2023, 4, 27, 21, 0));
            MetropolitanTime.ProviderVersion.Should().Be(FixedParisProvider.Version);
        }
        finally
        {
            MetropolitanTime.UseProvider(DateTimeZoneProviders.Tzdb);
        }

        closing.End.Should().Be(Instant.FromUtc(2023, 4, 27, 22, 0));
    }

    [Fact]
    [Trait("Rule", "DEAD-01")]
    public void A_session_that_closed_files_under_one_provider_follows_the_provider_that_replaces_it()
    {
        var dossier = Scenario.ReadyToClose();
        var halfPastElevenInParis = Instant.FromUtc(2023, 4, 27, 21, 30);
        dossier.CheckClose(Scenario.Candidate, halfPastElevenInParis).IsAllowed.Should().BeTrue("23 h 30 in Paris is in time");
        try
        {
            MetropolitanTime.UseProvider(new FixedParisProvider(Offset.FromHours(3)));

            dossier.CheckClose(Scenario.Candidate, halfPastElevenInParis).Violations.Select(v => v.Code)
                .Should().Equal([RuleViolationCodes.ClosureDeadlinePassed], "00 h 30 at UTC+3 is late, whatever was computed before the change");
        }
        finally
        {
            MetropolitanTime.UseProvider(DateTimeZoneProviders.Tzdb);
        }

        dossier.CheckClose(Scenario.Candidate, halfPastElevenInParis).IsAllowed.Should().BeTrue();
    }

    [Fact]
    [Trait("Rule", "DEAD-02")]
    public void A_provider_without_Europe_Paris_is_refused_and_changes_nothing()
    {
        var act = () => MetropolitanTime.UseProvider(new FixedParisProvider(Offset.Zero, zoneId: "Europe/Berlin"));

        act.Should().Throw<ArgumentException>().WithParameterName("provider").WithMessage("*Europe/Paris*");
        MetropolitanTime.ProviderVersion.Should().Be(DateTimeZoneProviders.Tzdb.VersionId);
    }

    [Fact]
    [Trait("Rule", "DEAD-02")]
    public void A_null_provider_is_a_programming_error_and_changes_nothing()
    {
        var act = () => MetropolitanTime.UseProvider(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("provider");
        MetropolitanTime.ProviderVersion.Should().Be(DateTimeZoneProviders.Tzdb.VersionId);
    }

    [Fact]
    [Trait("Rule", "DEAD-02")]
    public void The_docs_state_the_version_of_the_built_in_tz_database()
    {
        var version = DateTimeZoneProviders.Tzdb.VersionId; // "TZDB: 2026f (mapping: 49)"
        var release = version.Split(' ')[1];

        RepositoryFiles.Read("docs/deadlines.md").Should().Contain($"tz database {release}");
    }

    /// <summary>A provider with one zone, fixed at one offset.</summary>
    private sealed class FixedParisProvider(Offset offset, string zoneId = MetropolitanTime.ZoneId) : IDateTimeZoneProvider
    {
        public const string Version = "fixed-offset test provider";

        private readonly DateTimeZone _zone = DateTimeZone.ForOffset(offset);

        public string VersionId => Version;

        public System.Collections.ObjectModel.ReadOnlyCollection<string> Ids => new([zoneId]);

        public DateTimeZone this[string id] => GetZoneOrNull(id) ?? throw new NodaTime.TimeZones.DateTimeZoneNotFoundException(id);

        public DateTimeZone GetSystemDefault() => _zone;

        public DateTimeZone? GetZoneOrNull(string id) => id == zoneId ? _zone : null;
    }
}

using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Serialization.SystemTextJson.Tests.Support;
using Cdg.Inscription.Tests.Support;
using NodaTime;

namespace Cdg.Inscription.Serialization.SystemTextJson.Tests.Reading;

/// <summary>
/// A history read from storage goes through <see cref="Dossier.Rehydrate(Sessions.ExamSession, IEnumerable{Dossiers.Events.DossierEvent})"/>
/// and its checks; what they refuse throws <see cref="StoredEventException"/> naming the event.
/// </summary>
public class HistoryConsistencyTests
{
    private static readonly Sessions.ExamSession Session = Scenario.Session();

    [Fact]
    [Trait("Rule", "LIFE-11")]
    public void A_sequence_gap_is_refused_naming_the_event_after_the_gap_and_its_sequence_field()
    {
        var rows = Stored(Samples.IncompleteDossier()).Where(r => r.Sequence != 3).ToArray();

        var thrown = Refused(() => DossierJson.Rehydrate(Session, rows));

        thrown.Sequence.Should().Be(4);
        thrown.TypeName.Should().Be(DossierEventTypes.FileAdded);
        thrown.Field.Should().Be("sequence");
        thrown.Message.Should().Contain("event 4 (file-added), field 'sequence'").And.Contain("Expected the event numbered 3");
    }

    [Fact]
    [Trait("Rule", "LIFE-11")]
    public void An_event_stored_twice_is_refused_naming_its_sequence()
    {
        var rows = Stored(Samples.IncompleteDossier());
        var doubled = rows.Take(3).Append(rows[2]).Concat(rows.Skip(3)).ToArray();

        var thrown = Refused(() => DossierJson.Rehydrate(Session, doubled));

        thrown.Sequence.Should().Be(3);
        thrown.Field.Should().Be("sequence");
    }

    [Fact]
    [Trait("Rule", "LIFE-11")]
    public void A_history_that_does_not_start_with_the_pre_registration_is_refused_naming_the_type()
    {
        var rows = Stored(Samples.IncompleteDossier()).Skip(1).ToArray();

        var thrown = Refused(() => DossierJson.Rehydrate(Session, rows));

        thrown.Sequence.Should().Be(2);
        thrown.Field.Should().Be("sequence");
    }

    [Fact]
    [Trait("Rule", "LIFE-11")]
    public void A_history_of_another_session_is_refused_naming_the_session_code()
    {
        var other = Cdg.Inscription.Tests.Dossiers.Properties.DossierGenerators.ExternalWithDefaultPieces;

        var thrown = Refused(() => DossierJson.Rehydrate(other, Stored(Samples.IncompleteDossier())));

        thrown.Sequence.Should().Be(1);
        thrown.TypeName.Should().Be(DossierEventTypes.PreRegistered);
        thrown.Field.Should().Be("sessionCode");
    }

    [Fact]
    [Trait("Rule", "LIFE-11")]
    public void An_event_dated_before_the_one_it_follows_is_refused_naming_its_instant()
    {
        var rows = Stored(Samples.IncompleteDossier()).ToList();
        var late = rows[3];
        rows[3] = new StoredEvent(late.Type, late.Sequence, BadStoredDataTests.Mutate(late.Json, "at=\"2023-03-31T00:00:00Z\""));

        var thrown = Refused(() => DossierJson.Rehydrate(Session, rows));

        thrown.Sequence.Should().Be(4);
        thrown.Field.Should().Be("at");
    }

    [Fact]
    [Trait("Rule", "LIFE-07")]
    public void An_event_that_leads_to_an_inconsistent_dossier_is_refused_naming_that_event()
    {
        // A dossier declared non conforme without reasons: each field is valid, the state is not.
        var dossier = Scenario.At(DossierStatus.UnderReview);
        dossier.DeclareNonCompliant(["Dossier non signé."], Scenario.Staff, Scenario.Paris(2023, 5, 2));
        var rows = Stored(dossier).ToList();
        var last = rows[^1];
        rows[^1] = new StoredEvent(last.Type, last.Sequence, BadStoredDataTests.Mutate(last.Json, "reasons=[]"));

        var thrown = Refused(() => DossierJson.Rehydrate(Session, rows));

        thrown.Sequence.Should().Be(last.Sequence);
        thrown.TypeName.Should().Be(DossierEventTypes.DeclaredNonCompliant);
        thrown.Message.Should().Contain("not consistent").And.Contain("non-compliance reasons");
        thrown.InnerException.Should().BeOfType<ArgumentException>();
    }

    [Fact]
    public void An_empty_history_is_refused()
    {
        Refused(() => DossierJson.Rehydrate(Session, [])).Message.Should().Contain("empty");
        Refused(() => DossierJson.RehydrateHistory(Session, "[]")).Message.Should().Contain("empty");
    }

    [Fact]
    [Trait("Rule", "LIFE-11")]
    public void A_snapshot_whose_state_is_inconsistent_is_refused_naming_the_snapshot_and_its_version()
    {
        var json = BadStoredDataTests.Mutate(DossierJson.WriteSnapshot(Samples.IncompleteDossier().ToSnapshot()), "-regularisation");

        var thrown = Refused(() => DossierJson.Rehydrate(Session, json, []));

        thrown.TypeName.Should().Be(StoredEventException.SnapshotTypeName);
        thrown.Sequence.Should().Be(7);
        thrown.Message.Should().Contain("The stored snapshot at version 7").And.Contain("regularisation request and the status disagree");
    }

    [Theory]
    [InlineData("version=0", "version")]
    [InlineData("-version", "version")]
    [InlineData("schemaVersion=2", "schemaVersion")]
    [InlineData("status=\"done\"", "status")]
    [InlineData("filing=\"fax\"", "filing")]
    [InlineData("files[1].sha256=\"0\"", "files[1].sha256")]
    [InlineData("documents=3", "documents")]
    [InlineData("number=\"-\"", "number")]
    public void A_bad_field_of_a_stored_snapshot_is_refused_naming_it(string mutation, string field)
    {
        var json = BadStoredDataTests.Mutate(DossierJson.WriteSnapshot(Samples.IncompleteDossier().ToSnapshot()), mutation);

        var thrown = Refused(() => DossierJson.ReadSnapshot(json));

        thrown.TypeName.Should().Be(StoredEventException.SnapshotTypeName);
        thrown.Field.Should().Be(field);
        thrown.Message.Should().Contain($"field '{field}'");
    }

    [Fact]
    [Trait("Rule", "LIFE-11")]
    public void Events_after_a_snapshot_must_follow_its_version()
    {
        var dossier = Samples.IncompleteDossier();
        var snapshot = DossierJson.WriteSnapshot(Dossier.Rehydrate(Session, dossier.History.Take(5)).ToSnapshot());
        var later = Stored(dossier).Skip(6).ToArray();

        var thrown = Refused(() => DossierJson.Rehydrate(Session, snapshot, later));

        thrown.Sequence.Should().Be(7);
        thrown.Field.Should().Be("sequence");
        DossierJson.Rehydrate(Session, snapshot, Stored(dossier).Skip(5)).ToSnapshot().Should().Be(dossier.ToSnapshot());
    }

    [Fact]
    public void An_instant_keeps_every_tick_and_nanosecond()
    {
        var at = Instant.FromUtc(2023, 4, 27, 21, 59, 59).PlusNanoseconds(999_999_999);
        var closed = new Dossiers.Events.ClosedOnline(5, at, Actor.Candidate, DossierStatus.UnderReview);

        var json = DossierJson.WriteEvent(closed);

        json.Should().Contain("\"at\":\"2023-04-27T21:59:59.999999999Z\"");
        DossierJson.ReadEvent(json).At.Should().Be(at);
    }

    private static StoredEventException Refused(Func<object> read) =>
        read.Should().ThrowExactly<StoredEventException>().Which;

    private static IReadOnlyList<StoredEvent> Stored(Dossier dossier) => DossierJson.ToStored(dossier.History);
}

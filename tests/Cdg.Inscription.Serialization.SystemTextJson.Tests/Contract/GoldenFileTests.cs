using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Serialization.SystemTextJson.Tests.Support;
using Cdg.Inscription.Tests.Support;

namespace Cdg.Inscription.Serialization.SystemTextJson.Tests.Contract;

/// <summary>
/// Compatibility, proved: the golden files hold what this version writes for one event of each kind
/// and for a snapshot. Data stored by this version must read back, and write back byte for byte, in
/// every later version; a failure says which rule of docs/storage.md the change breaks.
/// </summary>
public class GoldenFileTests
{
    public static TheoryData<string> EventTypes() => [.. DossierEventTypes.All];

    [Fact]
    [Trait("Rule", "LIFE-11")]
    public void There_is_one_golden_file_per_event_type_and_one_for_the_snapshot() =>
        GoldenFiles.Names().Should().BeEquivalentTo(DossierEventTypes.All.Append(GoldenFiles.SnapshotName));

    [Theory]
    [MemberData(nameof(EventTypes))]
    [Trait("Rule", "LIFE-11")]
    public void Each_event_is_written_exactly_as_its_golden_file(string type)
    {
        var written = DossierJson.WriteEvent(Samples.Events[type]);
        ShouldMatchGolden(type, written);
    }

    [Theory]
    [MemberData(nameof(EventTypes))]
    [Trait("Rule", "LIFE-11")]
    public void Each_golden_event_reads_back_as_the_event_it_records_and_writes_back_byte_for_byte(string type)
    {
        var golden = GoldenFiles.Read(type);

        var read = DossierJson.ReadEvent(golden);

        read.Should().Be(Samples.Events[type]);
        DossierEventTypes.Of(read).Should().Be(type);
        DossierJson.WriteEvent(read).Should().Be(golden, "an event read from storage writes back byte for byte");
        DossierJson.FromStored(new StoredEvent(type, read.Sequence, golden)).Should().Be(read);
    }

    [Fact]
    [Trait("Rule", "LIFE-11")]
    public void The_snapshot_is_written_exactly_as_its_golden_file() =>
        ShouldMatchGolden(GoldenFiles.SnapshotName, DossierJson.WriteSnapshot(Samples.IncompleteDossier().ToSnapshot()));

    [Fact]
    [Trait("Rule", "LIFE-11")]
    public void The_golden_snapshot_reads_back_as_the_dossier_it_records_and_writes_back_byte_for_byte()
    {
        var golden = GoldenFiles.Read(GoldenFiles.SnapshotName);
        var original = Samples.IncompleteDossier();

        var snapshot = DossierJson.ReadSnapshot(golden);
        var dossier = DossierJson.Rehydrate(Scenario.Session(), golden, []);

        snapshot.Should().Be(original.ToSnapshot());
        dossier.ToSnapshot().Should().Be(original.ToSnapshot());
        dossier.Status.Should().Be(DossierStatus.Incomplete);
        DossierJson.WriteSnapshot(snapshot).Should().Be(golden, "a snapshot read from storage writes back byte for byte");
    }

    private static void ShouldMatchGolden(string name, string written)
    {
        if (RepositoryPath.UpdatingGolden)
        {
            GoldenFiles.Write(name, written);
            return;
        }

        var golden = GoldenFiles.Read(name);
        if (written != golden)
        {
            Assert.Fail($"{name}.json: {CompatibilityRules.Explain(golden, written)}\nGolden:  {golden}\nWritten: {written}");
        }
    }
}

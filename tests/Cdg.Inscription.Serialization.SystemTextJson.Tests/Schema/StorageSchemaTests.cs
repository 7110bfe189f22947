using Cdg.Inscription.Serialization.SystemTextJson.Contract;
using Cdg.Inscription.Serialization.SystemTextJson.Tests.Reading;
using Cdg.Inscription.Serialization.SystemTextJson.Tests.Support;

namespace Cdg.Inscription.Serialization.SystemTextJson.Tests.Schema;

/// <summary>
/// docs/storage.schema.json and the code say the same: every golden file is valid, what the code
/// knows (event types, stable names) is what the schema lists, and the schema refuses what the
/// code would never write. The random histories of <see cref="Properties.RoundTripPropertyTests"/> are validated too.
/// </summary>
public class StorageSchemaTests
{
    public static TheoryData<string> EventTypes() => [.. DossierEventTypes.All];

    [Theory]
    [MemberData(nameof(EventTypes))]
    public void Each_golden_event_is_valid_against_the_schema(string type)
    {
        var golden = GoldenFiles.Read(type);

        StorageSchema.Errors(golden, "event").Should().BeEmpty();
        StorageSchema.Errors(golden, $"event-{type}").Should().BeEmpty();
        StorageSchema.Errors(golden).Should().BeEmpty("the schema's root takes an event, a history or a snapshot");
    }

    [Fact]
    public void The_golden_snapshot_and_a_history_of_every_golden_event_are_valid_against_the_schema()
    {
        StorageSchema.Errors(GoldenFiles.Read(GoldenFiles.SnapshotName), "snapshot").Should().BeEmpty();
        StorageSchema.Errors(GoldenFiles.Read(GoldenFiles.SnapshotName)).Should().BeEmpty();
        var history = DossierJson.WriteHistory(Samples.IncompleteDossier().History);
        StorageSchema.Errors(history, "history").Should().BeEmpty();
    }

    [Fact]
    public void The_schema_lists_exactly_the_event_types_that_the_code_knows()
    {
        StorageSchema.EnumOf("eventType").Should().Equal(DossierEventTypes.All);
        StorageSchema.EventAlternatives().Should().Equal(DossierEventTypes.All, "each event type has one alternative in $defs/event");
    }

    [Fact]
    public void The_schema_lists_exactly_the_stable_names_of_every_enum()
    {
        StorageSchema.EnumOf("status").Should().Equal(StableNames.Status.Names);
        StorageSchema.EnumOf("role").Should().Equal(StableNames.Role.Names);
        StorageSchema.EnumOf("fileType").Should().Equal(StableNames.FileType.Names);
        StorageSchema.EnumOf("cancellationChannel").Should().Equal(StableNames.Channel.Names);
        StorageSchema.EnumOf("documentKind").Should().Equal(StableNames.Document.Names);
        StorageSchema.EnumOf("filingChannel").Should().Equal(StableNames.Filing.Names);
    }

    [Fact]
    public void The_schema_version_that_the_schema_describes_is_the_one_the_code_writes() =>
        StorageSchema.Node["$defs"]!["snapshot"]!["properties"]!["schemaVersion"]!["const"]!.GetValue<int>().Should().Be(DossierJson.SchemaVersion);

    [Theory]
    [InlineData("file-added", "-file.sha256")]
    [InlineData("file-added", "file.size=0")]
    [InlineData("file-added", "unknown=1")]
    [InlineData("closed-online", "at=\"2023-04-27T23:59:59+02:00\"")]
    [InlineData("closed-online", "status=\"closed\"")]
    [InlineData("closed-online", "type=\"file-archived\"")]
    [InlineData("pre-registered", "number=\"2023 RED\"")]
    [InlineData("declared-non-compliant", "reasons=[]")]
    public void The_schema_refuses_what_the_code_never_writes(string type, string mutation) =>
        StorageSchema.Errors(BadStoredDataTests.Mutate(GoldenFiles.Read(type), mutation), "event").Should().NotBeEmpty();
}

using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Dossiers.Events;
using Cdg.Inscription.Serialization.SystemTextJson.Tests.Support;

namespace Cdg.Inscription.Serialization.SystemTextJson.Tests.Contract;

/// <summary>For hosts that embed events in their own documents: the options and type metadata give the contract's JSON.</summary>
public class HostOptionsTests
{
    [Fact]
    public void The_event_type_info_writes_and_reads_the_contract_json_without_reflection()
    {
        var e = Samples.Events[DossierEventTypes.FileAdded];

        var json = JsonSerializer.Serialize(e, DossierJson.EventTypeInfo);

        json.Should().Be(DossierJson.WriteEvent(e));
        JsonSerializer.Deserialize(json, DossierJson.EventTypeInfo).Should().Be(e);
    }

    [Fact]
    public void The_history_and_snapshot_type_infos_write_what_the_package_writes()
    {
        var dossier = Samples.IncompleteDossier();

        JsonSerializer.Serialize(dossier.History, DossierJson.HistoryTypeInfo).Should().Be(DossierJson.WriteHistory(dossier.History));
        JsonSerializer.Serialize(dossier.ToSnapshot(), DossierJson.SnapshotTypeInfo).Should().Be(DossierJson.WriteSnapshot(dossier.ToSnapshot()));
        JsonSerializer.Deserialize(DossierJson.WriteSnapshot(dossier.ToSnapshot()), DossierJson.SnapshotTypeInfo).Should().Be(dossier.ToSnapshot());
    }

    [Fact]
    public void A_host_document_that_holds_an_event_embeds_the_contract_json()
    {
        var options = new JsonSerializerOptions(DossierJson.Options)
        {
            TypeInfoResolver = JsonTypeInfoResolver.Combine(DossierJson.TypeInfoResolver, new DefaultJsonTypeInfoResolver()),
        };
        var document = new HostDocument("2023-RED-000123", Samples.Events[DossierEventTypes.Reopened]);

        var json = JsonSerializer.Serialize(document, options);
        var back = JsonSerializer.Deserialize<HostDocument>(json, options);

        json.Should().Contain(DossierJson.WriteEvent(document.Event));
        back!.Event.Should().Be(document.Event);
    }

    [Fact]
    public void The_options_are_read_only() =>
        DossierJson.Options.IsReadOnly.Should().BeTrue();

    [Fact]
    public void A_stored_event_repeats_the_type_and_sequence_of_its_json()
    {
        var stored = DossierJson.ToStored(Samples.Events[DossierEventTypes.DeclaredComplete]);

        stored.Type.Should().Be("declared-complete");
        stored.Sequence.Should().Be(9);
        stored.Json.Should().Be(GoldenFiles.Read("declared-complete"));
        stored.ToString().Should().Be("9 declared-complete");
    }

    [Fact]
    public void Writing_null_is_a_programming_error_not_a_stored_data_error()
    {
        ((Action)(() => DossierJson.WriteEvent(null!))).Should().Throw<ArgumentNullException>();
        ((Action)(() => DossierJson.ReadEvent(null!))).Should().Throw<ArgumentNullException>();
        ((Action)(() => DossierJson.Rehydrate(null!, Array.Empty<StoredEvent>()))).Should().Throw<ArgumentNullException>();
        ((Action)(() => _ = new StoredEvent(null!, 1, "{}"))).Should().Throw<ArgumentNullException>();
    }

    /// <summary>A host's own document with an event inside.</summary>
    public sealed record HostDocument(string DossierNumber, DossierEvent Event);
}

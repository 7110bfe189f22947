using System.Text.Json.Nodes;
using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Serialization.SystemTextJson.Tests.Support;
using Cdg.Inscription.Tests.Support;

namespace Cdg.Inscription.Serialization.SystemTextJson.Tests.Reading;

/// <summary>
/// SPACE-01: the convocations that a reopening withdrew are part of the snapshot, in the optional
/// field <c>withdrawnDocuments</c>, written only when there is one (docs/storage.md).
/// </summary>
public class WithdrawnDocumentsJsonTests
{
    private static Dossier Reopened()
    {
        var dossier = Scenario.At(DossierStatus.Complete);
        dossier.PublishDocument(DocumentKind.Convocation, "Convocation", "convocations/1.pdf", Scenario.Staff, Scenario.Paris(2023, 5, 10));
        dossier.Reopen("Diplôme à vérifier.", Scenario.Staff, Scenario.Paris(2023, 5, 20));
        return dossier;
    }

    [Fact]
    [Trait("Rule", "SPACE-01")]
    public void A_snapshot_with_a_withdrawn_convocation_is_valid_against_the_schema_and_reads_back_the_same()
    {
        var snapshot = Reopened().ToSnapshot();

        var json = DossierJson.WriteSnapshot(snapshot);

        var withdrawn = JsonNode.Parse(json)!["withdrawnDocuments"]!.AsArray().Should().ContainSingle().Subject!;
        withdrawn["withdrawnAt"]!.GetValue<string>().Should().Be("2023-05-20T10:00:00Z");
        withdrawn["document"]!["kind"]!.GetValue<string>().Should().Be("convocation");
        StorageSchema.Errors(json, "snapshot").Should().BeEmpty();
        DossierJson.ReadSnapshot(json).Should().Be(snapshot);
    }

    [Fact]
    [Trait("Rule", "SPACE-01")]
    public void A_snapshot_without_a_withdrawn_document_has_no_such_field_and_reads_back_with_none()
    {
        var snapshot = Scenario.At(DossierStatus.Complete).ToSnapshot();

        var json = DossierJson.WriteSnapshot(snapshot);

        JsonNode.Parse(json)!.AsObject().ContainsKey("withdrawnDocuments").Should().BeFalse();
        DossierJson.ReadSnapshot(json).WithdrawnDocuments.Should().BeEmpty();
    }
}

using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Dossiers.Events;
using Cdg.Inscription.Pieces;
using Cdg.Inscription.Tests.Support;
using NodaTime;

namespace Cdg.Inscription.Tests.Dossiers;

/// <summary>
/// Hosts compare what they stored with what they rebuild (LIFE-11): a snapshot, an event, a
/// regularisation request or a published document equals another only when every field does.
/// </summary>
public sealed class ValueEqualityTests
{
    private static readonly DossierSnapshot Snapshot = Scenario.At(DossierStatus.Incomplete, Scenario.Session()).ToSnapshot();

    public static TheoryData<string, DossierSnapshot> SnapshotsDifferentByOneField => new()
    {
        { "SessionCode", Snapshot with { SessionCode = "2023-OTHER" } },
        { "Number", Snapshot with { Number = DossierNumber.Parse("999999") } },
        { "Candidate", Snapshot with { Candidate = new Candidate("Autre", Snapshot.Candidate.GivenName, Snapshot.Candidate.Address) } },
        { "Situation", Snapshot with { Situation = new CandidateSituation(isPublicEmployee: !Snapshot.Situation.IsPublicEmployee) } },
        { "Version", Snapshot with { Version = Snapshot.Version + 1 } },
        { "Status", Snapshot with { Status = DossierStatus.UnderReview } },
        { "StatusSince", Snapshot with { StatusSince = Snapshot.StatusSince + Duration.FromTicks(1) } },
        { "UpdatedAt", Snapshot with { UpdatedAt = Snapshot.UpdatedAt + Duration.FromTicks(1) } },
        { "PreRegisteredAt", Snapshot with { PreRegisteredAt = Snapshot.PreRegisteredAt - Duration.FromTicks(1) } },
        { "Filing", Snapshot with { Filing = FilingChannel.Post } },
        { "FiledAt", Snapshot with { FiledAt = Snapshot.FiledAt!.Value + Duration.FromTicks(1) } },
        { "Postmark", Snapshot with { Postmark = new LocalDate(2023, 4, 20) } },
        { "Files", Snapshot with { Files = Snapshot.Files.Skip(1).ToArray() } },
        { "Regularisation", Snapshot with { Regularisation = new RegularisationRequest(Snapshot.Regularisation!.Items, new LocalDate(2023, 5, 16)) } },
        { "RegularisationRequestedAt", Snapshot with { RegularisationRequestedAt = Snapshot.RegularisationRequestedAt!.Value + Duration.FromTicks(1) } },
        { "NonComplianceReasons", Snapshot with { NonComplianceReasons = ["Motif."] } },
        { "Documents", Snapshot with { Documents = [Document] } },
    };

    private static PublishedDocument Document => new(DocumentKind.Convocation, "Convocation à l'épreuve écrite", "CONV-1", Scenario.Paris(2023, 5, 20));

    public static TheoryData<string, PublishedDocument> DocumentsDifferentByOneField => new()
    {
        { "Kind", new(DocumentKind.AccessMap, Document.Title, Document.Reference, Document.PublishedAt) },
        { "Title", new(Document.Kind, "Convocation à l'épreuve orale", Document.Reference, Document.PublishedAt) },
        { "Reference", new(Document.Kind, Document.Title, "CONV-2", Document.PublishedAt) },
        { "PublishedAt", new(Document.Kind, Document.Title, Document.Reference, Document.PublishedAt + Duration.FromTicks(1)) },
    };

    [Fact]
    [Trait("Rule", "LIFE-11")]
    public void A_snapshot_equals_a_copy_of_itself()
    {
        var copy = Snapshot with { };

        copy.Should().Be(Snapshot);
        copy.GetHashCode().Should().Be(Snapshot.GetHashCode());
        Snapshot.Equals(null).Should().BeFalse();
    }

    [Theory]
    [Trait("Rule", "LIFE-11")]
    [MemberData(nameof(SnapshotsDifferentByOneField))]
    public void Snapshots_that_differ_in_one_field_are_not_equal(string field, DossierSnapshot other)
    {
        other.Equals(Snapshot).Should().BeFalse(field);
    }

    [Fact]
    [Trait("Rule", "SPACE-01")]
    public void A_published_document_equals_one_with_the_same_fields()
    {
        var same = new PublishedDocument(Document.Kind, Document.Title, Document.Reference, Document.PublishedAt);

        same.Should().Be(Document);
        same.GetHashCode().Should().Be(Document.GetHashCode());
        Document.ToString().Should().Be("Convocation à l'épreuve écrite (Convocation, 2023-05-20T10:00:00Z)");
        Document.Equals(null).Should().BeFalse();
    }

    [Theory]
    [Trait("Rule", "SPACE-01")]
    [MemberData(nameof(DocumentsDifferentByOneField))]
    public void Published_documents_that_differ_in_one_field_are_not_equal(string field, PublishedDocument other)
    {
        other.Equals(Document).Should().BeFalse(field);
    }

    [Fact]
    [Trait("Rule", "LIFE-05")]
    public void Regularisation_requests_are_equal_only_with_the_same_items_and_due_date()
    {
        var request = Scenario.Regularisation();
        var item = request.Items[0];

        new RegularisationRequest([new RegularisationItem(item.Piece, item.Reason)], request.DueDate).Should().Be(request);
        new RegularisationRequest(request.Items, request.DueDate!.Value.PlusDays(1)).Equals(request).Should().BeFalse();
        new RegularisationRequest([new RegularisationItem(item.Piece, "Autre motif.")], request.DueDate).Equals(request).Should().BeFalse();
        new RegularisationRequest([new RegularisationItem(Scenario.Cv, item.Reason)], request.DueDate).Equals(request).Should().BeFalse();
        request.Equals(null).Should().BeFalse();
        item.ToString().Should().Be("identity-document: La copie est illisible.");
        item.Equals(null).Should().BeFalse();
    }

    [Fact]
    [Trait("Rule", "LIFE-05")]
    public void A_regularisation_request_names_each_piece_once_and_holds_no_null()
    {
        var item = Scenario.Regularisation().Items[0];

        var twice = () => new RegularisationRequest([item, new RegularisationItem(item.Piece, "Autre motif.")]);
        var withNull = () => new RegularisationRequest([item, null!]);

        twice.Should().Throw<ArgumentException>().WithParameterName("items").WithMessage("Each piece is named once.*");
        withNull.Should().Throw<ArgumentNullException>().WithParameterName("items");
    }

    [Fact]
    [Trait("Rule", "LIFE-07")]
    public void Non_compliance_events_are_equal_only_with_the_same_reasons_in_the_same_order()
    {
        var declared = new DeclaredNonCompliant(3, Scenario.Paris(2023, 5, 2), Scenario.Staff, DossierStatus.NonCompliant, ["Premier motif.", "Second motif."]);

        (declared with { Reasons = ["Premier motif.", "Second motif."] }).Should().Be(declared);
        (declared with { Reasons = ["Second motif.", "Premier motif."] }).Equals(declared).Should().BeFalse();
        (declared with { Sequence = 4 }).Equals(declared).Should().BeFalse();
        declared.Equals(null).Should().BeFalse();
    }

    [Theory]
    [Trait("Rule", "LIFE-11")]
    [InlineData(0)]
    [InlineData(-1)]
    public void An_event_numbered_below_one_is_a_programming_error(long sequence)
    {
        var create = () => new DeclaredNonCompliant(sequence, Scenario.Paris(2023, 5, 2), Scenario.Staff, DossierStatus.NonCompliant, ["Motif."]);

        create.Should().Throw<ArgumentException>().WithParameterName("sequence").WithMessage("Sequence numbers start at 1.*");
    }
}

using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Tests.Support;
using NodaTime;

namespace Cdg.Inscription.Tests.Edges;

/// <summary>
/// SPACE-01: a convocation stands only for a complete dossier. When staff reopen a complete dossier,
/// its convocations are withdrawn at the instant of the reopening: they leave
/// <see cref="Dossier.Documents"/> for <see cref="Dossier.WithdrawnDocuments"/>, where the candidate
/// sees them withdrawn; the other documents stay.
/// </summary>
public sealed class ConvocationWithdrawalTests
{
    private static readonly Instant PublishedAt = Scenario.Paris(2023, 5, 10);
    private static readonly Instant ReopenedAt = Scenario.Paris(2023, 5, 20);

    private static Dossier CompleteWithConvocationAndMap()
    {
        var dossier = Scenario.At(DossierStatus.Complete);
        dossier.PublishDocument(DocumentKind.Convocation, "Convocation à l'épreuve écrite", "convocations/1.pdf", Scenario.Staff, PublishedAt);
        dossier.PublishDocument(DocumentKind.AccessMap, "Plan d'accès", "plans/1.pdf", Scenario.Staff, PublishedAt);
        return dossier;
    }

    [Fact]
    [Trait("Rule", "SPACE-01")]
    public void Reopening_a_complete_dossier_withdraws_its_convocation_at_the_instant_of_the_reopening()
    {
        var dossier = CompleteWithConvocationAndMap();

        dossier.Reopen("Diplôme à vérifier de nouveau.", Scenario.Staff, ReopenedAt);

        dossier.Documents.Select(d => d.Kind).Should().Equal(DocumentKind.AccessMap);
        var withdrawn = dossier.WithdrawnDocuments.Should().ContainSingle().Subject;
        withdrawn.Document.Kind.Should().Be(DocumentKind.Convocation);
        withdrawn.Document.PublishedAt.Should().Be(PublishedAt);
        withdrawn.WithdrawnAt.Should().Be(ReopenedAt);
        dossier.History[^1].Should().BeOfType<Cdg.Inscription.Dossiers.Events.Reopened>().Which.At.Should().Be(ReopenedAt);
    }

    [Fact]
    [Trait("Rule", "SPACE-01")]
    public void A_dossier_complete_again_gets_a_new_convocation_and_keeps_the_withdrawn_one_withdrawn()
    {
        var dossier = CompleteWithConvocationAndMap();
        dossier.Reopen("Diplôme à vérifier de nouveau.", Scenario.Staff, ReopenedAt);
        dossier.DeclareComplete(Scenario.Staff, ReopenedAt);

        dossier.PublishDocument(DocumentKind.Convocation, "Nouvelle convocation", "convocations/2.pdf", Scenario.Staff, ReopenedAt);

        dossier.Documents.Where(d => d.Kind == DocumentKind.Convocation).Select(d => d.Reference).Should().Equal("convocations/2.pdf");
        dossier.WithdrawnDocuments.Select(w => w.Document.Reference).Should().Equal("convocations/1.pdf");
    }

    [Fact]
    [Trait("Rule", "LIFE-11")]
    public void A_dossier_rebuilt_from_its_history_or_its_snapshot_holds_the_same_withdrawn_convocation()
    {
        var dossier = CompleteWithConvocationAndMap();
        var snapshot = dossier.ToSnapshot();
        var later = dossier.Version;
        dossier.Reopen("Diplôme à vérifier de nouveau.", Scenario.Staff, ReopenedAt);

        Dossier.Rehydrate(dossier.Session, dossier.History).ToSnapshot().Should().Be(dossier.ToSnapshot());
        Dossier.Rehydrate(dossier.Session, snapshot, dossier.EventsSince(later)).ToSnapshot().Should().Be(dossier.ToSnapshot());
        Dossier.Rehydrate(dossier.Session, dossier.ToSnapshot(), []).WithdrawnDocuments.Should().Equal(dossier.WithdrawnDocuments);
    }

    [Fact]
    [Trait("Rule", "SPACE-01")]
    public void Reopening_a_non_compliant_dossier_withdraws_nothing()
    {
        var dossier = Scenario.At(DossierStatus.NonCompliant);
        dossier.PublishDocument(DocumentKind.AccessMap, "Plan d'accès", "plans/1.pdf", Scenario.Staff, PublishedAt);

        dossier.Reopen("Motif erroné.", Scenario.Staff, ReopenedAt);

        dossier.WithdrawnDocuments.Should().BeEmpty();
        dossier.Documents.Should().ContainSingle();
    }

    [Fact]
    [Trait("Rule", "SPACE-01")]
    public void A_withdrawal_cannot_precede_the_publication()
    {
        var document = new PublishedDocument(DocumentKind.Convocation, "Convocation", "convocations/1.pdf", PublishedAt);

        var act = () => new WithdrawnDocument(document, PublishedAt - Duration.Epsilon);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("withdrawnAt");
    }

    [Fact]
    [Trait("Rule", "SPACE-01")]
    public void Two_withdrawn_documents_are_equal_when_their_document_and_instant_are()
    {
        var document = new PublishedDocument(DocumentKind.Convocation, "Convocation", "convocations/1.pdf", PublishedAt);
        var other = new PublishedDocument(DocumentKind.Convocation, "Convocation", "convocations/2.pdf", PublishedAt);
        var withdrawn = new WithdrawnDocument(document, ReopenedAt);

        withdrawn.Should().Be(new WithdrawnDocument(document, ReopenedAt));
        withdrawn.GetHashCode().Should().Be(new WithdrawnDocument(document, ReopenedAt).GetHashCode());
        withdrawn.Should().NotBe(new WithdrawnDocument(other, ReopenedAt));
        withdrawn.Should().NotBe(new WithdrawnDocument(document, ReopenedAt + Duration.FromSeconds(1)));
        withdrawn.Equals(null).Should().BeFalse();
        new WithdrawnDocument(document, ReopenedAt).ToString().Should().Be($"{document} withdrawn at {ReopenedAt}");
    }
}

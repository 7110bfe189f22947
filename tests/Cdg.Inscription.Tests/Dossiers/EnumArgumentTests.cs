using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Pieces;
using Cdg.Inscription.Sessions;
using Cdg.Inscription.Tests.Support;
using NodaTime;

namespace Cdg.Inscription.Tests.Dossiers;

/// <summary>
/// A value cast to an enum that does not define it is a programming error of the host: the library
/// throws <see cref="ArgumentOutOfRangeException"/> on the argument instead of recording it, and a
/// dossier given one stays as it was.
/// </summary>
public sealed class EnumArgumentTests
{
    private static readonly Instant At = Scenario.Paris(2023, 5, 3);

    [Theory]
    [InlineData(-1)]
    [InlineData(2)]
    [InlineData(9)]
    public void A_cancellation_by_an_undefined_channel_throws_and_changes_nothing(int channel)
    {
        var dossier = Scenario.At(DossierStatus.UnderReview);
        var before = dossier.ToSnapshot();

        var record = () => dossier.RecordCancellation((CancellationChannel)channel, Scenario.Staff, At);
        var check = () => dossier.CheckRecordCancellation((CancellationChannel)channel, Scenario.Staff, At);

        record.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("channel");
        check.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("channel");
        dossier.ToSnapshot().Should().Be(before);
        dossier.Status.Should().Be(DossierStatus.UnderReview);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(4)]
    [InlineData(9)]
    public void A_document_of_an_undefined_kind_throws_and_changes_nothing(int kind)
    {
        var dossier = Scenario.At(DossierStatus.Complete);
        var before = dossier.ToSnapshot();

        var publish = () => dossier.PublishDocument((DocumentKind)kind, "Convocation à l'épreuve écrite", "doc/convocation", Scenario.Staff, At);
        var check = () => dossier.CheckPublishDocument((DocumentKind)kind, "Convocation à l'épreuve écrite", "doc/convocation", Scenario.Staff, At);

        publish.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("kind");
        check.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("kind");
        dossier.ToSnapshot().Should().Be(before);
        dossier.Documents.Should().BeEmpty();
    }

    [Fact]
    public void A_published_document_of_an_undefined_kind_cannot_be_created()
    {
        var create = () => new PublishedDocument((DocumentKind)9, "Plan d'accès", "doc/plan-acces", At);

        create.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("kind");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(2)]
    [InlineData(9)]
    public void An_organiser_with_an_undefined_visibility_setting_cannot_be_created(int visibility)
    {
        var create = () => new Organiser("CDG53", "Centre de gestion de la Mayenne", (UnderReviewVisibility)visibility);

        create.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("underReviewVisibility");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    [InlineData(9)]
    public void A_piece_with_an_undefined_obligation_cannot_be_created(int obligation)
    {
        var create = () => new PieceRequirement(Scenario.Diploma, "Diplôme ou titre", (PieceObligation)obligation);

        create.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("obligation");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(4)]
    [InlineData(9)]
    public void A_session_of_an_undefined_kind_of_exam_cannot_be_created(int kind)
    {
        var create = () => new ExamSession(
            "2023-REDACTEUR-INT",
            "Concours interne de rédacteur territorial 2023",
            (ExamKind)kind,
            new Organiser("CDG53", "Centre de gestion de la Mayenne"),
            Scenario.Calendar(),
            Scenario.Pieces());

        create.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("kind");
    }
}

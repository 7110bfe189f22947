using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Pieces;
using Cdg.Inscription.Tests.Support;
using NodaTime;

namespace Cdg.Inscription.Tests.Dossiers;

/// <summary>
/// A file and a regularisation item always name a piece: the default <see cref="PieceCode"/>,
/// which names none, is refused with <see cref="ArgumentException"/> on <c>piece</c>.
/// </summary>
public sealed class PieceCodeArgumentTests
{
    [Fact]
    public void A_file_attached_to_no_piece_cannot_be_created()
    {
        var create = () => new AttachedFile(default, Scenario.Pdf().Record, Scenario.Paris(2023, 4, 20));

        create.Should().Throw<ArgumentException>().WithParameterName("piece");
    }

    [Fact]
    public void A_regularisation_item_for_no_piece_cannot_be_created()
    {
        var create = () => new RegularisationItem(default, "x");

        create.Should().Throw<ArgumentException>().WithParameterName("piece");
    }

    [Fact]
    public void A_file_added_to_no_piece_throws_and_changes_nothing()
    {
        var dossier = Scenario.PreRegistered();
        var before = dossier.ToSnapshot();
        var at = Scenario.Paris(2023, 4, 20);

        var add = () => dossier.AddFile(default, Scenario.Pdf(), Actor.Candidate, at);
        var check = () => dossier.CheckAddFile(default, Scenario.Pdf(), Actor.Candidate, at);

        add.Should().Throw<ArgumentException>().WithParameterName("piece");
        check.Should().Throw<ArgumentException>().WithParameterName("piece");
        dossier.ToSnapshot().Should().Be(before);
    }

    [Fact]
    public void A_file_and_an_item_that_name_a_piece_keep_it()
    {
        var file = Scenario.Pdf("identite.pdf").Record;
        var receivedAt = Scenario.Paris(2023, 4, 20);

        new AttachedFile(Scenario.IdentityDocument, file, receivedAt, new LocalDate(2023, 1, 5)).Piece.Should().Be(Scenario.IdentityDocument);
        new RegularisationItem(Scenario.IdentityDocument, " La copie est illisible. ").Should().BeEquivalentTo(
            new { Piece = Scenario.IdentityDocument, Reason = "La copie est illisible." });
    }
}

using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Pieces;
using NodaTime;
using static Cdg.Inscription.Tests.Support.Scenario;

namespace Cdg.Inscription.Tests.Pieces;

/// <summary>
/// A checklist is a statement of the dossier at one instant (PIECE-02, PIECE-05): its caller cannot
/// change it, and it does not follow the list of files it was built from.
/// </summary>
public sealed class ChecklistImmutabilityTests
{
    private static readonly Instant BeforeClosing = Paris(2023, 4, 20);

    private static AttachedFile File(PieceCode piece, string name) => new(piece, Pdf(name).Record, BeforeClosing, null);

    [Fact]
    [Trait("Rule", "PIECE-02")]
    public void The_items_and_files_of_a_checklist_cannot_be_changed_by_its_caller()
    {
        var identity = File(IdentityDocument, "identite.pdf");
        var checklist = Checklist.For(Session(), CandidateSituation.None, [identity], BeforeClosing);

        var items = (IList<ChecklistItem>)checklist.Items;
        var files = (IList<AttachedFile>)checklist.Find(IdentityDocument)!.Files;
        var replaceAnItem = () => items[0] = checklist.Find(Diploma)!;
        var replaceAFile = () => files[0] = File(IdentityDocument, "autre.pdf");

        replaceAnItem.Should().Throw<NotSupportedException>();
        replaceAFile.Should().Throw<NotSupportedException>();
        checklist.Items[0].Code.Should().Be(Session().Pieces[0].Code);
        checklist.Find(IdentityDocument)!.Files.Should().Equal(identity);
    }

    [Fact]
    [Trait("Rule", "PIECE-05")]
    public void A_checklist_does_not_follow_a_change_to_the_list_of_files_it_was_built_from()
    {
        var files = new[] { File(IdentityDocument, "identite.pdf") };
        var checklist = Checklist.For(Session(), CandidateSituation.None, files, BeforeClosing);
        var missingBefore = checklist.MissingForClosure.Select(i => i.Code).ToArray();

        files[0] = File(Diploma, "diplome.pdf");

        checklist.Find(IdentityDocument)!.State.Should().Be(PieceState.Supplied);
        checklist.Find(Diploma)!.Files.Should().BeEmpty();
        checklist.MissingForClosure.Select(i => i.Code).Should().Equal(missingBefore).And.NotContain(IdentityDocument);
    }
}

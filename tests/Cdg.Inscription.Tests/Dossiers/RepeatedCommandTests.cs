using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Tests.Support;

namespace Cdg.Inscription.Tests.Dossiers;

/// <summary>
/// A double click does no harm: the same content sent again to the same piece (PIECE-02) and a
/// second « clôturer » of a dossier already closed online (LIFE-02) are answered as already done,
/// in French, with no second event; anything else that repeats is still a new command.
/// </summary>
public sealed class RepeatedCommandTests
{
    [Fact]
    [Trait("Rule", "PIECE-02")]
    public void The_same_content_sent_again_to_the_same_piece_is_already_done_and_appends_nothing()
    {
        var dossier = Scenario.PreRegistered();
        dossier.AddFile(Scenario.Diploma, Scenario.Pdf("diplome.pdf"), Scenario.Candidate, Scenario.Paris(2023, 4, 20));
        var before = dossier.ToSnapshot();
        var history = dossier.History.ToArray();

        // The same bytes, inspected again: a new ID, the same SHA-256.
        var again = Scenario.Pdf("diplome.pdf");
        var outcome = dossier.AddFile(Scenario.Diploma, again, Scenario.Candidate, Scenario.Paris(2023, 4, 20, 12, 0, 1));

        outcome.IsAlreadyDone.Should().BeTrue();
        outcome.AlreadyDone!.Code.Should().Be(AlreadyDone.FileAlreadyInPiece);
        outcome.AlreadyDone.RuleId.Should().Be("PIECE-02");
        outcome.AlreadyDone.Message.Should().Be(
            "Ce fichier figure déjà dans la pièce « Diplôme ou titre » de votre dossier, sous le nom « diplome.pdf » : il n'a pas été ajouté une seconde fois.");
        dossier.ToSnapshot().Should().Be(before);
        dossier.History.Should().Equal(history);
    }

    [Fact]
    [Trait("Rule", "PIECE-02")]
    public void A_check_of_the_same_content_for_the_same_piece_allows_it_since_nothing_will_be_refused()
    {
        var dossier = Scenario.PreRegistered();
        dossier.AddFile(Scenario.Diploma, Scenario.Pdf("diplome.pdf"), Scenario.Candidate, Scenario.Paris(2023, 4, 20));

        dossier.CheckAddFile(Scenario.Diploma, Scenario.Pdf("diplome.pdf"), Scenario.Candidate, Scenario.Paris(2023, 4, 21)).IsAllowed.Should().BeTrue();
    }

    [Fact]
    [Trait("Rule", "PIECE-02")]
    public void A_different_content_for_the_same_piece_is_a_second_file()
    {
        var dossier = Scenario.PreRegistered();
        dossier.AddFile(Scenario.IdentityDocument, Scenario.Pdf("recto.pdf"), Scenario.Candidate, Scenario.Paris(2023, 4, 20));

        var outcome = dossier.AddFile(Scenario.IdentityDocument, Scenario.Pdf("verso.pdf"), Scenario.Candidate, Scenario.Paris(2023, 4, 20));

        outcome.Should().BeSameAs(CommandOutcome.Applied);
        outcome.IsAlreadyDone.Should().BeFalse();
        outcome.AlreadyDone.Should().BeNull();
        dossier.FilesOf(Scenario.IdentityDocument).Select(f => f.File.DisplayName).Should().Equal("recto.pdf", "verso.pdf");
    }

    [Fact]
    [Trait("Rule", "PIECE-02")]
    public void The_same_content_sent_again_after_its_file_was_removed_is_added_again()
    {
        var dossier = Scenario.PreRegistered();
        dossier.AddFile(Scenario.Diploma, Scenario.Pdf("diplome.pdf"), Scenario.Candidate, Scenario.Paris(2023, 4, 20));
        dossier.RemoveFile(dossier.Files[0].File.Id, Scenario.Candidate, Scenario.Paris(2023, 4, 20));

        var outcome = dossier.AddFile(Scenario.Diploma, Scenario.Pdf("diplome.pdf"), Scenario.Candidate, Scenario.Paris(2023, 4, 21));

        outcome.IsAlreadyDone.Should().BeFalse();
        dossier.FilesOf(Scenario.Diploma).Should().ContainSingle();
    }

    [Fact]
    [Trait("Rule", "PIECE-02")]
    public void The_same_content_sent_to_another_piece_is_added_and_reported_as_a_duplicate()
    {
        var dossier = Scenario.PreRegistered();
        dossier.AddFile(Scenario.Diploma, Scenario.Pdf("scan.pdf"), Scenario.Candidate, Scenario.Paris(2023, 4, 20));

        var outcome = dossier.AddFile(Scenario.IdentityDocument, Scenario.Pdf("scan.pdf"), Scenario.Candidate, Scenario.Paris(2023, 4, 20));

        outcome.IsAlreadyDone.Should().BeFalse();
        dossier.ChecklistAt(Scenario.Paris(2023, 4, 20)).Duplicates.Should().ContainSingle();
    }

    [Fact]
    [Trait("Rule", "LIFE-02")]
    public void A_second_closure_of_a_dossier_closed_online_is_already_done_and_appends_nothing()
    {
        var dossier = Scenario.ReadyToClose();
        dossier.Close(Scenario.Candidate, Scenario.Paris(2023, 4, 25, 10, 30)).Should().BeSameAs(CommandOutcome.Applied);
        var before = dossier.ToSnapshot();
        var history = dossier.History.ToArray();

        var outcome = dossier.Close(Scenario.Candidate, Scenario.Paris(2023, 4, 25, 10, 30, 1));

        outcome.IsAlreadyDone.Should().BeTrue();
        outcome.AlreadyDone!.Code.Should().Be(AlreadyDone.AlreadyClosed);
        outcome.AlreadyDone.RuleId.Should().Be("LIFE-02");
        outcome.AlreadyDone.Message.Should().Be(
            "Votre inscription est déjà clôturée : votre dossier a été transmis au centre de gestion le 25 avril 2023 à 10 h 30 (heure métropolitaine). Vous n'avez rien d'autre à faire pour le moment.");
        outcome.ToString().Should().Be("done.already-closed");
        dossier.ToSnapshot().Should().Be(before);
        dossier.History.Should().Equal(history);
    }

    [Fact]
    [Trait("Rule", "LIFE-02")]
    [Trait("Rule", "LIFE-03")]
    public void A_second_closure_after_the_deadline_is_still_already_done_since_the_first_was_in_time()
    {
        var dossier = Scenario.ReadyToClose();
        dossier.Close(Scenario.Candidate, Scenario.Deadline - NodaTime.Duration.Epsilon);

        var outcome = dossier.Close(Scenario.Candidate, Scenario.Deadline);

        outcome.IsAlreadyDone.Should().BeTrue();
        dossier.CheckClose(Scenario.Candidate, Scenario.Deadline).IsAllowed.Should().BeTrue();
        dossier.History.OfType<Cdg.Inscription.Dossiers.Events.ClosedOnline>().Should().ContainSingle();
    }

    [Fact]
    [Trait("Rule", "LIFE-10")]
    public void A_closure_by_staff_of_a_dossier_closed_online_is_refused_not_answered_as_done()
    {
        var dossier = Scenario.At(DossierStatus.UnderReview);
        var before = dossier.ToSnapshot();

        var act = () => dossier.Close(Scenario.Staff, Scenario.Paris(2023, 4, 26));

        act.Should().Throw<RuleViolationException>().Which.Violations.Should().ContainSingle().Which.Code.Should().Be(RuleViolationCodes.StatusNotAllowed);
        dossier.ToSnapshot().Should().Be(before);
    }

    [Fact]
    [Trait("Rule", "LIFE-02")]
    public void A_closure_of_a_dossier_reopened_after_a_decision_is_already_done()
    {
        var dossier = Scenario.At(DossierStatus.Complete);
        dossier.Reopen("Erreur matérielle.", Scenario.Staff, Scenario.Paris(2023, 5, 3));

        dossier.Close(Scenario.Candidate, Scenario.Paris(2023, 5, 4)).IsAlreadyDone.Should().BeTrue();
        dossier.Status.Should().Be(DossierStatus.UnderReview);
    }

    [Fact]
    [Trait("Rule", "LIFE-02")]
    public void A_closure_of_a_decided_dossier_is_refused_for_its_status()
    {
        var dossier = Scenario.At(DossierStatus.Complete);

        var act = () => dossier.Close(Scenario.Candidate, Scenario.Paris(2023, 5, 3));

        act.Should().Throw<RuleViolationException>().Which.Violations.Should().ContainSingle().Which.Code.Should().Be(RuleViolationCodes.StatusNotAllowed);
    }

    [Fact]
    [Trait("Rule", "LIFE-02")]
    public void A_repeated_command_dated_before_the_last_event_is_still_a_programming_error()
    {
        var dossier = Scenario.ReadyToClose();
        dossier.Close(Scenario.Candidate, Scenario.Paris(2023, 4, 25));

        var act = () => dossier.Close(Scenario.Candidate, Scenario.Paris(2023, 4, 24));

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}

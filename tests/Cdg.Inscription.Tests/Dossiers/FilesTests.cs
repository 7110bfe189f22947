using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Dossiers.Events;
using Cdg.Inscription.Files;
using Cdg.Inscription.Pieces;
using Cdg.Inscription.Sessions;
using Cdg.Inscription.Tests.Support;
using NodaTime;

namespace Cdg.Inscription.Tests.Dossiers;

/// <summary>
/// PIECE-02: before closure the candidate adds, removes and replaces files; PIECE-03 and DEAD-06:
/// after closure only the deferrable piece, until its due date; LIFE-03: nothing after the deadline.
/// </summary>
public sealed class FilesTests
{
    [Fact]
    [Trait("Rule", "PIECE-02")]
    public void An_added_file_is_held_by_its_piece_with_the_instant_it_was_received()
    {
        var dossier = Scenario.PreRegistered();
        var file = Scenario.Pdf("identite.pdf");
        var at = Scenario.Paris(2023, 4, 20, 9, 30);

        dossier.AddFile(Scenario.IdentityDocument, file, Scenario.Candidate, at);

        var attached = dossier.FilesOf(Scenario.IdentityDocument).Should().ContainSingle().Which;
        attached.File.Should().Be(file.Record);
        attached.Piece.Should().Be(Scenario.IdentityDocument);
        attached.ReceivedAt.Should().Be(at);
        dossier.Files.Should().Equal(attached);
        dossier.Status.Should().Be(DossierStatus.AwaitingDossier);
        dossier.History.Should().HaveCount(2).And.Subject.Last().Should().BeOfType<FileAdded>().Which.File.Should().Be(attached);
    }

    [Fact]
    [Trait("Rule", "PIECE-02")]
    public void A_piece_can_hold_several_files()
    {
        var dossier = Scenario.PreRegistered();
        var page1 = Scenario.Inspected(new FileRecord(Guid.NewGuid(), "page-1.jpg", FileType.Jpeg, 2048, Scenario.Sha256("page-1")));
        var page2 = Scenario.Inspected(new FileRecord(Guid.NewGuid(), "page-2.jpg", FileType.Jpeg, 2048, Scenario.Sha256("page-2")));

        dossier.AddFile(Scenario.Diploma, page1, Scenario.Candidate, Scenario.Paris(2023, 4, 20, 10));
        dossier.AddFile(Scenario.Diploma, page2, Scenario.Candidate, Scenario.Paris(2023, 4, 20, 10, 1));

        dossier.FilesOf(Scenario.Diploma).Select(f => f.File).Should().Equal(page1.Record, page2.Record);
    }

    [Fact]
    [Trait("Rule", "PIECE-02")]
    public void The_candidate_can_add_a_file_remove_it_and_add_another_before_closure()
    {
        var dossier = Scenario.PreRegistered();
        var wrong = Scenario.Pdf("mauvaise-piece.pdf");
        var right = Scenario.Pdf("bonne-piece.pdf");
        dossier.AddFile(Scenario.IdentityDocument, wrong, Scenario.Candidate, Scenario.Paris(2023, 4, 20, 10));

        dossier.RemoveFile(wrong.Id, Scenario.Candidate, Scenario.Paris(2023, 4, 20, 10, 5));

        dossier.FilesOf(Scenario.IdentityDocument).Should().BeEmpty();
        var removed = dossier.History.Last().Should().BeOfType<FileRemoved>().Which;
        removed.FileId.Should().Be(wrong.Id);
        removed.Piece.Should().Be(Scenario.IdentityDocument);
        removed.DisplayName.Should().Be("mauvaise-piece.pdf");

        dossier.AddFile(Scenario.IdentityDocument, right, Scenario.Candidate, Scenario.Paris(2023, 4, 20, 10, 6));

        dossier.FilesOf(Scenario.IdentityDocument).Should().ContainSingle().Which.File.Should().Be(right.Record);
        dossier.Version.Should().Be(4);
    }

    [Fact]
    [Trait("Rule", "PIECE-02")]
    public void Removing_a_file_that_the_dossier_does_not_hold_is_refused()
    {
        var dossier = Scenario.ReadyToClose();
        var before = dossier.ToSnapshot();
        var unknown = Guid.NewGuid();

        var act = () => dossier.RemoveFile(unknown, Scenario.Candidate, Scenario.Paris(2023, 4, 21));

        var violation = act.Should().Throw<RuleViolationException>().Which.Violations.Should().ContainSingle().Which;
        violation.Code.Should().Be(RuleViolationCodes.FileNotFound);
        violation.RuleId.Should().Be("PIECE-02");
        violation.Message.Should().Be("Ce fichier ne figure pas (ou plus) dans votre dossier.");
        dossier.ToSnapshot().Should().Be(before);
    }

    [Fact]
    [Trait("Rule", "PIECE-02")]
    public void Adding_a_file_already_attached_to_another_piece_is_refused()
    {
        var dossier = Scenario.PreRegistered();
        var file = Scenario.Pdf("diplome.pdf");
        dossier.AddFile(Scenario.Diploma, file, Scenario.Candidate, Scenario.Paris(2023, 4, 20));
        var before = dossier.ToSnapshot();

        var act = () => dossier.AddFile(Scenario.IdentityDocument, file, Scenario.Candidate, Scenario.Paris(2023, 4, 21));

        var violation = act.Should().Throw<RuleViolationException>().Which.Violations.Should().ContainSingle().Which;
        violation.Code.Should().Be(RuleViolationCodes.FileAlreadyAttached);
        violation.RuleId.Should().Be("PIECE-02");
        violation.Message.Should().Contain("« diplome.pdf »").And.Contain("figure déjà");
        dossier.ToSnapshot().Should().Be(before);
    }

    [Fact]
    [Trait("Rule", "PIECE-02")]
    [Trait("Rule", "PIECE-01")]
    public void A_file_for_a_piece_that_the_session_does_not_ask_for_is_refused_without_naming_its_code()
    {
        var dossier = Scenario.PreRegistered();
        var before = dossier.ToSnapshot();

        var act = () => dossier.AddFile(Scenario.NotRequested, Scenario.Pdf(), Scenario.Candidate, Scenario.Paris(2023, 4, 20));

        var violation = act.Should().Throw<RuleViolationException>().Which.Violations.Should().ContainSingle().Which;
        violation.Code.Should().Be(RuleViolationCodes.PieceNotRequested);
        violation.RuleId.Should().Be("PIECE-01");
        violation.Message.Should().Be("Cette pièce n'est pas demandée pour ce concours.");
        dossier.ToSnapshot().Should().Be(before);
    }

    [Fact]
    [Trait("Rule", "PIECE-01")]
    public void A_file_for_a_standard_piece_that_the_session_does_not_ask_for_is_refused_with_the_label_of_the_piece()
    {
        var dossier = Scenario.PreRegistered();

        var check = dossier.CheckAddFile(StandardPieces.MedicalCertificate.Code, Scenario.Pdf(), Scenario.Candidate, Scenario.Paris(2023, 4, 20));

        var violation = check.Violations.Should().ContainSingle().Which;
        violation.Code.Should().Be(RuleViolationCodes.PieceNotRequested);
        violation.Message.Should().Be("La pièce « Certificat d'un médecin agréé précisant les aménagements d'épreuves » n'est pas demandée pour ce concours.");
    }

    [Fact]
    [Trait("Rule", "LIFE-10")]
    public void Staff_cannot_add_a_file_for_the_candidate()
    {
        var dossier = Scenario.PreRegistered();

        var act = () => dossier.AddFile(Scenario.Diploma, Scenario.Pdf(), Scenario.Staff, Scenario.Paris(2023, 4, 20));

        var violation = act.Should().Throw<RuleViolationException>().Which.Violations.Should().ContainSingle().Which;
        violation.Code.Should().Be(RuleViolationCodes.ActorNotAllowed);
        violation.RuleId.Should().Be("LIFE-10");
        violation.Message.Should().Contain("Seul le candidat peut ajouter un fichier");
        dossier.Files.Should().BeEmpty();
    }

    [Fact]
    [Trait("Rule", "LIFE-03")]
    [Trait("Rule", "DEAD-01")]
    public void A_file_added_while_awaiting_on_the_last_tick_of_the_closing_day_is_accepted()
    {
        var dossier = Scenario.PreRegistered();

        dossier.AddFile(Scenario.Diploma, Scenario.Pdf(), Scenario.Candidate, Scenario.Paris(2023, 4, 27, 23, 59, 59, 999));

        dossier.FilesOf(Scenario.Diploma).Should().ContainSingle();
    }

    [Fact]
    [Trait("Rule", "LIFE-03")]
    [Trait("Rule", "DEAD-01")]
    public void A_file_added_while_awaiting_after_the_deadline_is_refused()
    {
        var dossier = Scenario.PreRegistered();
        var before = dossier.ToSnapshot();

        var act = () => dossier.AddFile(Scenario.Diploma, Scenario.Pdf(), Scenario.Candidate, Scenario.Deadline);

        var violation = act.Should().Throw<RuleViolationException>().Which.Violations.Should().ContainSingle().Which;
        violation.Code.Should().Be(RuleViolationCodes.FilingDeadlinePassed);
        violation.RuleId.Should().Be("LIFE-03");
        violation.Message.Should().Be("Les inscriptions sont closes : la date limite était le 27 avril 2023 avant minuit (heure métropolitaine). Vous ne pouvez plus ajouter ni supprimer de fichier.");
        dossier.ToSnapshot().Should().Be(before);
    }

    [Fact]
    [Trait("Rule", "LIFE-03")]
    public void A_file_removed_while_awaiting_after_the_deadline_is_refused()
    {
        var dossier = Scenario.ReadyToClose();
        var held = dossier.FilesOf(Scenario.Diploma)[0].File.Id;

        var act = () => dossier.RemoveFile(held, Scenario.Candidate, Scenario.Paris(2023, 4, 28, 0, 0));

        act.Should().Throw<RuleViolationException>().Which.Violations.Should().ContainSingle()
            .Which.Code.Should().Be(RuleViolationCodes.FilingDeadlinePassed);
        dossier.FilesOf(Scenario.Diploma).Should().ContainSingle();
    }

    [Fact]
    [Trait("Rule", "PIECE-03")]
    [Trait("Rule", "DEAD-06")]
    public void After_closure_the_deferrable_piece_can_be_added_until_the_end_of_the_first_exam_day()
    {
        var dossier = Scenario.At(DossierStatus.UnderReview);
        var lastTick = Scenario.Paris(2023, 6, 15, 23, 59, 59, 999);

        dossier.AddFile(Scenario.ServiceRecord, Scenario.Pdf("etat-des-services.pdf"), Scenario.Candidate, lastTick);

        dossier.FilesOf(Scenario.ServiceRecord).Should().ContainSingle().Which.ReceivedAt.Should().Be(lastTick);
        dossier.Status.Should().Be(DossierStatus.UnderReview);
    }

    [Fact]
    [Trait("Rule", "PIECE-03")]
    [Trait("Rule", "DEAD-06")]
    public void After_closure_the_deferrable_piece_is_refused_after_the_first_exam_day()
    {
        var dossier = Scenario.At(DossierStatus.UnderReview);
        var before = dossier.ToSnapshot();

        var act = () => dossier.AddFile(Scenario.ServiceRecord, Scenario.Pdf(), Scenario.Candidate, Scenario.Paris(2023, 6, 16, 0, 0));

        var violation = act.Should().Throw<RuleViolationException>().Which.Violations.Should().ContainSingle().Which;
        violation.Code.Should().Be(RuleViolationCodes.PieceDueDatePassed);
        violation.RuleId.Should().Be("DEAD-06");
        violation.Message.Should().Contain("« État des services »").And.Contain("15 juin 2023 avant minuit");
        dossier.ToSnapshot().Should().Be(before);
    }

    [Fact]
    [Trait("Rule", "DEAD-06")]
    public void The_due_date_that_the_organiser_sets_for_a_deferrable_piece_replaces_the_first_exam()
    {
        var ownDueDate = new LocalDate(2023, 5, 31);
        var pieces = Scenario.Pieces()
            .Select(p => p.Code == Scenario.ServiceRecord ? new PieceRequirement(p.Code, p.Label, PieceObligation.Deferrable, ownDueDate) : p)
            .ToArray();
        var session = new ExamSession(
            "2023-REDACTEUR-INT",
            "Concours interne de rédacteur territorial 2023",
            ExamKind.InternalCompetition,
            new Organiser("CDG53", "Centre de gestion de la Mayenne"),
            Scenario.Calendar(),
            pieces);
        var dossier = Scenario.At(DossierStatus.UnderReview, session);

        dossier.CheckAddFile(Scenario.ServiceRecord, Scenario.Pdf(), Scenario.Candidate, Scenario.Paris(2023, 5, 31, 23, 59, 59, 999))
            .IsAllowed.Should().BeTrue();
        var late = dossier.CheckAddFile(Scenario.ServiceRecord, Scenario.Pdf(), Scenario.Candidate, Scenario.Paris(2023, 6, 1, 0, 0));

        late.Violations.Should().ContainSingle().Which.Message.Should().Contain("31 mai 2023");
        late.Violations[0].Code.Should().Be(RuleViolationCodes.PieceDueDatePassed);
    }

    [Fact]
    [Trait("Rule", "PIECE-03")]
    public void After_closure_a_piece_that_is_not_deferrable_cannot_be_added()
    {
        var dossier = Scenario.At(DossierStatus.UnderReview);
        var before = dossier.ToSnapshot();

        var act = () => dossier.AddFile(Scenario.IdentityDocument, Scenario.Pdf(), Scenario.Candidate, Scenario.Paris(2023, 4, 26));

        var violation = act.Should().Throw<RuleViolationException>().Which.Violations.Should().ContainSingle().Which;
        violation.Code.Should().Be(RuleViolationCodes.PieceNotDeferrable);
        violation.RuleId.Should().Be("PIECE-03");
        violation.Message.Should().Contain("« Pièce d'identité »").And.Contain("Après la clôture");
        dossier.ToSnapshot().Should().Be(before);
    }

    [Fact]
    [Trait("Rule", "PIECE-03")]
    public void After_closure_the_optional_piece_cannot_be_added()
    {
        var dossier = Scenario.At(DossierStatus.UnderReview);

        var check = dossier.CheckAddFile(Scenario.Cv, Scenario.Pdf("cv.pdf"), Scenario.Candidate, Scenario.Paris(2023, 4, 26));

        check.Violations.Should().ContainSingle().Which.Code.Should().Be(RuleViolationCodes.PieceNotDeferrable);
    }

    [Fact]
    [Trait("Rule", "PIECE-03")]
    public void After_closure_a_file_of_a_piece_that_is_not_deferrable_cannot_be_removed()
    {
        var dossier = Scenario.At(DossierStatus.UnderReview);
        var held = dossier.FilesOf(Scenario.Diploma)[0].File.Id;

        var act = () => dossier.RemoveFile(held, Scenario.Candidate, Scenario.Paris(2023, 4, 26));

        act.Should().Throw<RuleViolationException>().Which.Violations.Should().ContainSingle()
            .Which.Code.Should().Be(RuleViolationCodes.PieceNotDeferrable);
        dossier.FilesOf(Scenario.Diploma).Should().ContainSingle();
    }

    [Fact]
    [Trait("Rule", "PIECE-03")]
    public void After_closure_a_file_of_the_deferrable_piece_can_be_replaced_before_its_due_date()
    {
        var dossier = Scenario.At(DossierStatus.UnderReview);
        var wrong = Scenario.Pdf("ancien-etat.pdf");
        var right = Scenario.Pdf("etat-a-jour.pdf");
        dossier.AddFile(Scenario.ServiceRecord, wrong, Scenario.Candidate, Scenario.Paris(2023, 5, 1));

        dossier.RemoveFile(wrong.Id, Scenario.Candidate, Scenario.Paris(2023, 5, 2));
        dossier.AddFile(Scenario.ServiceRecord, right, Scenario.Candidate, Scenario.Paris(2023, 5, 2));

        dossier.FilesOf(Scenario.ServiceRecord).Should().ContainSingle().Which.File.Should().Be(right.Record);
    }
}

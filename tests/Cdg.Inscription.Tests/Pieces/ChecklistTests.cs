using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Files;
using Cdg.Inscription.Pieces;
using Cdg.Inscription.Sessions;
using Cdg.Inscription.Time;
using NodaTime;
using static Cdg.Inscription.Tests.Support.Scenario;

namespace Cdg.Inscription.Tests.Pieces;

public sealed class ChecklistTests
{
    private static readonly Organiser Cdg53 = new("CDG53", "Centre de gestion de la Mayenne");
    private static readonly Instant FirstTooLate = Support.Scenario.Deadline;
    private static readonly Actor TheCandidate = Support.Scenario.Candidate;
    private static readonly Instant BeforeClosing = Paris(2023, 4, 20);
    private static readonly Instant AfterClosing = Paris(2023, 5, 2);
    private static readonly CandidateSituation Employee = new(isPublicEmployee: true);
    private static readonly CandidateSituation AdaptedExams = new(requestsAdaptedExams: true);

    private static readonly PieceCode Medical = StandardPieces.MedicalCertificate.Code;
    private static readonly PieceCode StandardDiploma = StandardPieces.Diploma.Code;
    private static readonly PieceCode StandardIdentity = StandardPieces.IdentityDocument.Code;
    private static readonly PieceCode StandardServiceRecord = StandardPieces.ServiceRecord.Code;
    private static readonly PieceCode ParentProof = StandardPieces.ParentOfThreeProof.Code;

    private static ExamSession DefaultSession(ExamKind kind, LocalDate? deferredPiecesDueDate = null) =>
        new("2023-TEST", "Session de test", kind, Cdg53, Calendar(), DefaultPieces.For(kind), deferredPiecesDueDate: deferredPiecesDueDate);

    private static ExamSession SessionWith(params PieceRequirement[] pieces) =>
        new("2023-TEST", "Session de test", ExamKind.InternalCompetition, Cdg53, Calendar(), pieces);

    private static AttachedFile File(PieceCode piece, string name, Instant? receivedAt = null, LocalDate? issuedOn = null) =>
        new(piece, Pdf(name).Record, receivedAt ?? BeforeClosing, issuedOn);

    private static AttachedFile FileWithContent(PieceCode piece, string name, string content) =>
        new(piece, new FileRecord(Guid.NewGuid(), name, FileType.Pdf, 2048, Sha256(content)), BeforeClosing);

    // States

    [Fact]
    [Trait("Rule", "PIECE-05")]
    public void A_required_piece_without_a_file_before_its_due_date_is_missing()
    {
        var checklist = Checklist.For(Session(), CandidateSituation.None, BeforeClosing);

        checklist.Find(IdentityDocument)!.State.Should().Be(PieceState.Missing);
        checklist.Find(ServiceRecord)!.State.Should().Be(PieceState.Missing);
    }

    [Fact]
    [Trait("Rule", "PIECE-02")]
    public void A_piece_with_a_file_is_supplied()
    {
        var checklist = Checklist.For(Session(), CandidateSituation.None, [File(IdentityDocument, "identite.pdf")], BeforeClosing);

        var item = checklist.Find(IdentityDocument)!;
        item.State.Should().Be(PieceState.Supplied);
        item.Files.Should().ContainSingle().Which.File.DisplayName.Should().Be("identite.pdf");
    }

    [Fact]
    [Trait("Rule", "PIECE-02")]
    public void A_piece_holds_every_file_sent_for_it_and_no_other()
    {
        var first = File(IdentityDocument, "recto.pdf", Paris(2023, 4, 10));
        var second = File(IdentityDocument, "verso.pdf", Paris(2023, 4, 11));
        var other = File(Diploma, "diplome.pdf");

        var checklist = Checklist.For(Session(), CandidateSituation.None, [first, other, second], BeforeClosing);

        checklist.Find(IdentityDocument)!.Files.Should().Equal(first, second);
        checklist.Find(Diploma)!.Files.Should().Equal(other);
    }

    [Fact]
    [Trait("Rule", "PIECE-01")]
    public void An_optional_piece_with_a_file_is_supplied()
    {
        var checklist = Checklist.For(Session(), CandidateSituation.None, [File(Cv, "cv.pdf")], BeforeClosing);

        checklist.Find(Cv)!.State.Should().Be(PieceState.Supplied);
    }

    [Fact]
    [Trait("Rule", "PIECE-01")]
    public void An_optional_piece_without_a_file_is_not_required_and_has_no_due_date()
    {
        var item = Checklist.For(Session(), CandidateSituation.None, AfterClosing).Find(Cv)!;

        item.State.Should().Be(PieceState.NotRequired);
        item.IsRequired.Should().BeFalse();
        item.Due.Should().BeNull();
    }

    [Fact]
    [Trait("Rule", "DEAD-01")]
    [Trait("Rule", "PIECE-05")]
    public void A_piece_required_at_closure_without_a_file_is_overdue_from_the_first_tick_after_the_filing_deadline()
    {
        Checklist.For(Session(), CandidateSituation.None, FirstTooLate - Duration.Epsilon).Find(IdentityDocument)!.State.Should().Be(PieceState.Missing);
        Checklist.For(Session(), CandidateSituation.None, FirstTooLate).Find(IdentityDocument)!.State.Should().Be(PieceState.Overdue);
    }

    [Fact]
    [Trait("Rule", "DEAD-06")]
    [Trait("Rule", "PIECE-03")]
    public void A_deferred_piece_without_a_file_is_overdue_only_after_the_end_of_the_first_exam_day()
    {
        var session = Session();
        var endOfFirstExamDay = Instant.FromUtc(2023, 6, 15, 22, 0);

        Checklist.For(session, CandidateSituation.None, AfterClosing).Find(ServiceRecord)!.State.Should().Be(PieceState.Missing);
        Checklist.For(session, CandidateSituation.None, endOfFirstExamDay - Duration.Epsilon).Find(ServiceRecord)!.State.Should().Be(PieceState.Missing);
        Checklist.For(session, CandidateSituation.None, endOfFirstExamDay).Find(ServiceRecord)!.State.Should().Be(PieceState.Overdue);
    }

    [Fact]
    [Trait("Rule", "DEAD-06")]
    public void A_supplied_piece_stays_supplied_after_its_due_date()
    {
        var checklist = Checklist.For(Session(), CandidateSituation.None, [File(IdentityDocument, "identite.pdf")], Paris(2023, 7, 1));

        checklist.Find(IdentityDocument)!.State.Should().Be(PieceState.Supplied);
    }

    [Fact]
    [Trait("Rule", "PIECE-04")]
    public void A_piece_that_does_not_apply_is_not_required_even_with_a_file()
    {
        var session = DefaultSession(ExamKind.ExternalCompetition);

        var item = Checklist.For(session, CandidateSituation.None, [File(Medical, "certificat.pdf", issuedOn: new LocalDate(2023, 4, 1))], AfterClosing).Find(Medical)!;

        item.Obligation.Should().BeNull();
        item.IsRequired.Should().BeFalse();
        item.State.Should().Be(PieceState.NotRequired);
        item.Due.Should().BeNull();
        item.Files.Should().ContainSingle();
    }

    [Fact]
    [Trait("Rule", "PIECE-04")]
    public void Files_kept_for_a_piece_that_no_longer_applies_after_a_change_of_situation_are_still_listed_on_its_item()
    {
        var dossier = Dossier.PreRegister(
            DefaultSession(ExamKind.ExternalCompetition), DossierNumber.Parse("2023-RED-000124"), NewCandidate(), TheCandidate, Paris(2023, 4, 1));
        dossier.AddFile(StandardDiploma, Pdf("diplome.pdf"), TheCandidate, Paris(2023, 4, 2));

        dossier.ChangeSituation(new CandidateSituation(claimsParentOfThreeExemption: true), TheCandidate, Paris(2023, 4, 3));

        var checklist = dossier.ChecklistAt(Paris(2023, 4, 4));
        var diploma = checklist.Find(StandardDiploma)!;
        diploma.Obligation.Should().BeNull();
        diploma.State.Should().Be(PieceState.NotRequired);
        diploma.Files.Should().ContainSingle().Which.File.DisplayName.Should().Be("diplome.pdf");
        checklist.Applicable.Select(i => i.Code).Should().NotContain(StandardDiploma).And.Contain(ParentProof);
        checklist.Find(ParentProof)!.State.Should().Be(PieceState.Missing);
    }

    // Obligations and due dates

    [Fact]
    [Trait("Rule", "PIECE-04")]
    public void Each_item_carries_the_obligation_of_its_piece_for_this_candidate()
    {
        var session = DefaultSession(ExamKind.InternalCompetition);

        Checklist.For(session, CandidateSituation.None, BeforeClosing).Find(StandardServiceRecord)!.Obligation.Should().Be(PieceObligation.RequiredAtClosure);
        Checklist.For(session, Employee, BeforeClosing).Find(StandardServiceRecord)!.Obligation.Should().Be(PieceObligation.Deferrable);
    }

    [Fact]
    [Trait("Rule", "DEAD-01")]
    public void A_piece_required_at_closure_is_due_by_the_filing_deadline()
    {
        var item = Checklist.For(Session(), CandidateSituation.None, BeforeClosing).Find(IdentityDocument)!;

        item.Due.Should().Be(new Deadline(ClosingDate));
        item.Due!.Value.End.Should().Be(FirstTooLate);
    }

    [Fact]
    [Trait("Rule", "DEAD-06")]
    [Trait("Rule", "PIECE-03")]
    public void A_deferrable_piece_is_due_on_its_own_due_date_first()
    {
        var session = new ExamSession(
            "2023-TEST",
            "Session de test",
            ExamKind.InternalCompetition,
            Cdg53,
            Calendar(),
            [StandardPieces.ServiceRecord.Require(PieceObligation.RequiredAtClosure, deferrableWhen: SituationCondition.IsPublicEmployee, dueDate: new LocalDate(2023, 5, 31))],
            deferredPiecesDueDate: new LocalDate(2023, 5, 15));

        Checklist.For(session, Employee, BeforeClosing).Find(StandardServiceRecord)!.Due.Should().Be(new Deadline(new LocalDate(2023, 5, 31)));
    }

    [Fact]
    [Trait("Rule", "DEAD-06")]
    [Trait("Rule", "PIECE-03")]
    public void A_deferrable_piece_without_its_own_due_date_is_due_on_the_session_date_for_deferred_pieces()
    {
        var session = DefaultSession(ExamKind.InternalCompetition, deferredPiecesDueDate: new LocalDate(2023, 5, 15));

        Checklist.For(session, Employee, BeforeClosing).Find(StandardServiceRecord)!.Due.Should().Be(new Deadline(new LocalDate(2023, 5, 15)));
    }

    [Fact]
    [Trait("Rule", "DEAD-06")]
    [Trait("Rule", "PIECE-03")]
    public void A_deferrable_piece_is_due_by_the_first_exam_when_neither_the_piece_nor_the_session_sets_a_date()
    {
        var session = DefaultSession(ExamKind.InternalCompetition);

        Checklist.For(session, Employee, BeforeClosing).Find(StandardServiceRecord)!.Due.Should().Be(new Deadline(FirstExam));
    }

    [Fact]
    [Trait("Rule", "DEAD-06")]
    [Trait("Rule", "PIECE-03")]
    public void A_piece_that_may_be_deferred_is_due_by_the_filing_deadline_for_a_candidate_who_may_not_defer_it()
    {
        var session = DefaultSession(ExamKind.InternalCompetition, deferredPiecesDueDate: new LocalDate(2023, 5, 15));

        var item = Checklist.For(session, CandidateSituation.None, FirstTooLate).Find(StandardServiceRecord)!;

        item.Due.Should().Be(new Deadline(ClosingDate));
        item.State.Should().Be(PieceState.Overdue);
    }

    [Fact]
    [Trait("Rule", "DEAD-06")]
    public void A_deferred_piece_is_overdue_after_the_session_date_for_deferred_pieces()
    {
        var session = DefaultSession(ExamKind.InternalCompetition, deferredPiecesDueDate: new LocalDate(2023, 5, 15));
        var endOfDueDate = Instant.FromUtc(2023, 5, 15, 22, 0);

        Checklist.For(session, Employee, endOfDueDate - Duration.Epsilon).Find(StandardServiceRecord)!.State.Should().Be(PieceState.Missing);
        Checklist.For(session, Employee, endOfDueDate).Find(StandardServiceRecord)!.State.Should().Be(PieceState.Overdue);
    }

    // What closure and completion wait for

    [Fact]
    [Trait("Rule", "PIECE-05")]
    public void An_online_closure_waits_only_for_the_pieces_required_at_closure()
    {
        var session = DefaultSession(ExamKind.ProfessionalExam);

        var checklist = Checklist.For(session, Employee, BeforeClosing);

        checklist.MissingForClosure.Select(i => i.Code.Value).Should().Equal("registration-form", "identity-document");
    }

    [Fact]
    [Trait("Rule", "PIECE-05")]
    public void A_complete_dossier_waits_for_every_required_piece_deferred_ones_included()
    {
        var session = DefaultSession(ExamKind.ProfessionalExam);

        var checklist = Checklist.For(session, Employee, BeforeClosing);

        checklist.MissingForCompletion.Select(i => i.Code.Value)
            .Should().Equal("registration-form", "identity-document", "service-record", "tenure-decree", "latest-status-decree");
    }

    [Fact]
    [Trait("Rule", "PIECE-05")]
    public void Supplied_optional_and_inapplicable_pieces_are_never_missing()
    {
        var files = new[] { File(RegistrationForm, "formulaire.pdf"), File(IdentityDocument, "identite.pdf"), File(Diploma, "diplome.pdf") };

        var checklist = Checklist.For(Session(), CandidateSituation.None, files, BeforeClosing);

        checklist.MissingForClosure.Should().BeEmpty();
        checklist.MissingForCompletion.Select(i => i.Code).Should().Equal(ServiceRecord);
    }

    [Fact]
    [Trait("Rule", "PIECE-05")]
    [Trait("Rule", "PIECE-04")]
    public void A_piece_that_does_not_apply_is_missing_neither_for_closure_nor_for_completion()
    {
        var checklist = Checklist.For(DefaultSession(ExamKind.ExternalCompetition), CandidateSituation.None, BeforeClosing);

        checklist.MissingForClosure.Select(i => i.Code.Value).Should().Equal("registration-form", "identity-document", "diploma");
        checklist.MissingForCompletion.Select(i => i.Code.Value).Should().Equal("registration-form", "identity-document", "diploma");
    }

    [Fact]
    [Trait("Rule", "PIECE-05")]
    public void An_overdue_piece_required_at_closure_is_still_missing_for_closure()
    {
        var checklist = Checklist.For(Session(), CandidateSituation.None, AfterClosing);

        checklist.MissingForClosure.Select(i => i.Code).Should().Equal(RegistrationForm, IdentityDocument, Diploma);
        checklist.MissingForClosure.Should().OnlyContain(i => i.State == PieceState.Overdue);
    }

    // Items, Applicable, Find

    [Fact]
    [Trait("Rule", "PIECE-01")]
    public void The_checklist_lists_every_piece_of_the_session_in_the_session_order()
    {
        var checklist = Checklist.For(DefaultSession(ExamKind.ExternalCompetition), CandidateSituation.None, BeforeClosing);

        checklist.Items.Select(i => i.Code.Value)
            .Should().Equal("registration-form", "identity-document", "diploma", "parent-of-three-proof", "medical-certificate");
        checklist.Items.Select(i => i.Requirement).Should().Equal(DefaultPieces.For(ExamKind.ExternalCompetition));
    }

    [Fact]
    [Trait("Rule", "PIECE-04")]
    public void Only_the_pieces_that_apply_to_the_candidate_are_applicable()
    {
        var checklist = Checklist.For(DefaultSession(ExamKind.ExternalCompetition), AdaptedExams, BeforeClosing);

        checklist.Applicable.Select(i => i.Code.Value)
            .Should().Equal("registration-form", "identity-document", "diploma", "medical-certificate");
    }

    [Fact]
    [Trait("Rule", "PIECE-01")]
    public void An_optional_piece_applies_to_the_candidate()
    {
        Checklist.For(Session(), CandidateSituation.None, BeforeClosing).Applicable.Select(i => i.Code).Should().Contain(Cv);
    }

    [Fact]
    [Trait("Rule", "PIECE-01")]
    public void An_item_is_found_by_the_code_of_its_piece()
    {
        var item = Checklist.For(Session(), CandidateSituation.None, BeforeClosing).Find(ServiceRecord);

        item.Should().NotBeNull();
        item!.Code.Should().Be(ServiceRecord);
        item.Label.Should().Be("État des services");
        item.Requirement.Obligation.Should().Be(PieceObligation.Deferrable);
    }

    [Fact]
    [Trait("Rule", "PIECE-01")]
    public void A_piece_that_the_session_does_not_ask_for_is_not_found()
    {
        Checklist.For(Session(), CandidateSituation.None, BeforeClosing).Find(NotRequested).Should().BeNull();
    }

    [Fact]
    [Trait("Rule", "PIECE-04")]
    public void A_piece_that_does_not_apply_to_the_candidate_is_still_found()
    {
        var item = Checklist.For(DefaultSession(ExamKind.ExternalCompetition), CandidateSituation.None, BeforeClosing).Find(ParentProof);

        item.Should().NotBeNull();
        item!.Obligation.Should().BeNull();
    }

    [Fact]
    [Trait("Rule", "PIECE-01")]
    public void Files_for_pieces_that_the_session_does_not_ask_for_appear_on_no_item()
    {
        var checklist = Checklist.For(Session(), CandidateSituation.None, [File(NotRequested, "autre.pdf")], BeforeClosing);

        checklist.Items.Should().OnlyContain(i => i.Files.Count == 0);
    }

    // Describe

    [Fact]
    [Trait("Rule", "PIECE-05")]
    [Trait("Rule", "DEAD-06")]
    public void The_checklist_is_described_in_French_one_line_per_applicable_piece()
    {
        var files = new[]
        {
            File(RegistrationForm, "formulaire.pdf"),
            File(IdentityDocument, "recto.pdf"),
            File(IdentityDocument, "verso.pdf"),
        };

        var lines = Checklist.For(Session(), CandidateSituation.None, files, BeforeClosing).Describe();

        lines.Should().Equal(
            "Dossier d'inscription daté et signé : fournie (1 fichier)",
            "Pièce d'identité : fournie (2 fichiers)",
            "Diplôme ou titre : à fournir au plus tard le 27 avril 2023 avant minuit (heure métropolitaine), avant de clôturer votre inscription",
            "État des services : à transmettre au plus tard le 15 juin 2023 avant minuit (heure métropolitaine), le cas échéant après la clôture",
            "Curriculum vitae : facultative");
    }

    [Fact]
    [Trait("Rule", "DEAD-01")]
    public void An_overdue_piece_is_described_with_its_passed_deadline()
    {
        var lines = Checklist.For(Session(), CandidateSituation.None, AfterClosing).Describe();

        lines.Should().Contain("Pièce d'identité : manquante ; la date limite (le 27 avril 2023 avant minuit (heure métropolitaine)) est dépassée");
    }

    [Fact]
    [Trait("Rule", "PIECE-04")]
    public void A_piece_that_does_not_apply_is_left_out_of_the_description_and_says_so_on_its_own()
    {
        var checklist = Checklist.For(DefaultSession(ExamKind.ExternalCompetition), CandidateSituation.None, BeforeClosing);

        checklist.Describe().Should().HaveCount(3).And.NotContain(l => l.StartsWith("Certificat", StringComparison.Ordinal));
        checklist.Find(Medical)!.Describe()
            .Should().Be("Certificat d'un médecin agréé précisant les aménagements d'épreuves : non demandée dans votre situation");
    }

    // Validity windows (PIECE-04)

    [Theory]
    [Trait("Rule", "PIECE-04")]
    [InlineData(2022, 12, 16)]
    [InlineData(2023, 4, 20)]
    [InlineData(2023, 6, 15)]
    public void A_medical_certificate_issued_less_than_six_months_before_the_first_exam_is_accepted(int year, int month, int day)
    {
        var file = File(Medical, "certificat.pdf", issuedOn: new LocalDate(year, month, day));

        var item = Checklist.For(DefaultSession(ExamKind.ExternalCompetition), AdaptedExams, [file], BeforeClosing).Find(Medical)!;

        item.State.Should().Be(PieceState.Supplied);
        item.Findings.Should().BeEmpty();
    }

    [Fact]
    [Trait("Rule", "PIECE-04")]
    public void A_medical_certificate_issued_six_months_before_the_first_exam_is_flagged_in_French()
    {
        var file = File(Medical, "certificat.pdf", issuedOn: new LocalDate(2022, 12, 15));

        var item = Checklist.For(DefaultSession(ExamKind.ExternalCompetition), AdaptedExams, [file], BeforeClosing).Find(Medical)!;

        var finding = item.Findings.Should().ContainSingle().Subject;
        finding.Code.Should().Be(RuleViolationCodes.IssuedOutsideValidity);
        finding.RuleId.Should().Be("PIECE-04");
        finding.Message.Should().Be(
            "Le document « certificat.pdf » (pièce « Certificat d'un médecin agréé précisant les aménagements d'épreuves ») "
            + "a été délivré le 15 décembre 2022 : pour la première épreuve du 15 juin 2023, il doit l'avoir été entre le 16 décembre 2022 et cette date. "
            + "Merci d'en transmettre un plus récent.");
    }

    [Fact]
    [Trait("Rule", "PIECE-04")]
    public void A_medical_certificate_issued_after_the_first_exam_is_flagged()
    {
        var file = File(Medical, "certificat.pdf", issuedOn: new LocalDate(2023, 6, 16));

        var item = Checklist.For(DefaultSession(ExamKind.ExternalCompetition), AdaptedExams, [file], BeforeClosing).Find(Medical)!;

        var finding = item.Findings.Should().ContainSingle().Subject;
        finding.Code.Should().Be(RuleViolationCodes.IssuedOutsideValidity);
        finding.RuleId.Should().Be("PIECE-04");
        finding.Message.Should().Be(
            "La date de délivrance du document « certificat.pdf » (pièce « Certificat d'un médecin agréé précisant les aménagements d'épreuves »), "
            + "le 16 juin 2023, est postérieure à la première épreuve du 15 juin 2023 : vérifiez la date indiquée.");
    }

    [Fact]
    [Trait("Rule", "PIECE-04")]
    public void A_medical_certificate_whose_date_of_issue_is_unknown_is_flagged_in_French()
    {
        var file = File(Medical, "certificat.pdf");

        var item = Checklist.For(DefaultSession(ExamKind.ExternalCompetition), AdaptedExams, [file], BeforeClosing).Find(Medical)!;

        var finding = item.Findings.Should().ContainSingle().Subject;
        finding.Code.Should().Be(RuleViolationCodes.IssueDateUnknown);
        finding.RuleId.Should().Be("PIECE-04");
        finding.Message.Should().Be(
            "La date de délivrance du document « certificat.pdf » (pièce « Certificat d'un médecin agréé précisant les aménagements d'épreuves ») "
            + "n'est pas connue : elle est nécessaire pour vérifier qu'il est assez récent.");
    }

    [Fact]
    [Trait("Rule", "PIECE-04")]
    public void A_finding_does_not_change_the_state_of_the_piece()
    {
        var file = File(Medical, "certificat.pdf", issuedOn: new LocalDate(2022, 1, 1));

        var checklist = Checklist.For(DefaultSession(ExamKind.ExternalCompetition), AdaptedExams, [file], BeforeClosing);

        var item = checklist.Find(Medical)!;
        item.Findings.Should().ContainSingle();
        item.State.Should().Be(PieceState.Supplied);
        checklist.MissingForClosure.Select(i => i.Code).Should().NotContain(Medical);
        checklist.MissingForCompletion.Select(i => i.Code).Should().NotContain(Medical);
    }

    [Fact]
    [Trait("Rule", "PIECE-04")]
    public void Each_file_of_a_piece_that_must_be_recent_is_checked_on_its_own()
    {
        var files = new[]
        {
            File(Medical, "ancien.pdf", issuedOn: new LocalDate(2022, 6, 1)),
            File(Medical, "recent.pdf", issuedOn: new LocalDate(2023, 4, 1)),
            File(Medical, "sans-date.pdf"),
        };

        var item = Checklist.For(DefaultSession(ExamKind.ExternalCompetition), AdaptedExams, files, BeforeClosing).Find(Medical)!;

        item.Findings.Select(f => f.Code).Should().Equal(RuleViolationCodes.IssuedOutsideValidity, RuleViolationCodes.IssueDateUnknown);
        item.Findings[0].Message.Should().Contain("« ancien.pdf »");
        item.Findings[1].Message.Should().Contain("« sans-date.pdf »");
    }

    [Fact]
    [Trait("Rule", "PIECE-04")]
    public void A_piece_without_a_validity_window_has_no_findings_even_without_a_date_of_issue()
    {
        var item = Checklist.For(Session(), CandidateSituation.None, [File(IdentityDocument, "identite.pdf")], BeforeClosing).Find(IdentityDocument)!;

        item.Findings.Should().BeEmpty();
    }

    [Fact]
    [Trait("Rule", "PIECE-04")]
    public void The_validity_window_counts_from_the_first_exam_of_the_session()
    {
        var calendar = new RegistrationCalendar(PreRegistrationOpens, PreRegistrationCloses, ClosingDate, new LocalDate(2023, 9, 1));
        var session = new ExamSession("2023-TEST", "Session de test", ExamKind.ExternalCompetition, Cdg53, calendar);
        var file = File(Medical, "certificat.pdf", issuedOn: new LocalDate(2023, 3, 1));

        var item = Checklist.For(session, AdaptedExams, [file], BeforeClosing).Find(Medical)!;

        item.Findings.Should().ContainSingle().Which.Message.Should().Contain("entre le 2 mars 2023 et cette date");
    }

    // Duplicates (PIECE-02)

    [Fact]
    [Trait("Rule", "PIECE-02")]
    public void The_same_content_sent_for_two_different_pieces_is_reported_in_French()
    {
        var asIdentity = FileWithContent(StandardIdentity, "scan.pdf", "même contenu");
        var asDiploma = FileWithContent(StandardDiploma, "scan-2.pdf", "même contenu");

        var checklist = Checklist.For(DefaultSession(ExamKind.ExternalCompetition), CandidateSituation.None, [asIdentity, asDiploma], BeforeClosing);

        var duplicate = checklist.Duplicates.Should().ContainSingle().Subject;
        duplicate.Sha256.Should().Be(Sha256("même contenu"));
        duplicate.Files.Should().Equal(asIdentity, asDiploma);
        duplicate.Finding.Code.Should().Be(RuleViolationCodes.SameFileInSeveralPieces);
        duplicate.Finding.RuleId.Should().Be("PIECE-02");
        duplicate.Finding.Message.Should().Be(
            "Le même fichier « scan.pdf » a été déposé pour les pièces « Copie d'une pièce d'identité en cours de validité » "
            + "et « Copie du diplôme ou du titre requis, ou de la décision d'équivalence » : vérifiez que vous avez ajouté la bonne pièce à chaque endroit.");
    }

    [Fact]
    [Trait("Rule", "PIECE-02")]
    public void A_duplicate_names_a_piece_unknown_to_the_session_by_its_standard_label_or_not_at_all_never_by_its_code()
    {
        var asIdentity = FileWithContent(StandardIdentity, "scan.pdf", "même contenu");
        var asActivity = FileWithContent(StandardPieces.ProfessionalActivityProof.Code, "scan-2.pdf", "même contenu");
        var asUnknown = FileWithContent(PieceCode.Parse("attestation-locale"), "scan-3.pdf", "même contenu");
        var session = DefaultSession(ExamKind.InternalCompetition);
        session.TryGetPiece(StandardPieces.ProfessionalActivityProof.Code, out _).Should().BeFalse();

        var checklist = Checklist.For(session, CandidateSituation.None, [asIdentity, asActivity, asUnknown], BeforeClosing);

        checklist.Duplicates.Should().ContainSingle().Which.Finding.Message.Should().Be(
            "Le même fichier « scan.pdf » a été déposé pour la pièce « Copie d'une pièce d'identité en cours de validité », "
            + "la pièce « Justificatifs de l'activité professionnelle, des mandats électifs ou des activités associatives » et une pièce qui n'est pas demandée pour ce concours : "
            + "vérifiez que vous avez ajouté la bonne pièce à chaque endroit.");
    }

    [Fact]
    [Trait("Rule", "PIECE-02")]
    public void The_same_content_twice_in_the_same_piece_is_not_a_duplicate()
    {
        var first = FileWithContent(StandardIdentity, "recto.pdf", "même contenu");
        var second = FileWithContent(StandardIdentity, "recto-bis.pdf", "même contenu");

        var checklist = Checklist.For(DefaultSession(ExamKind.ExternalCompetition), CandidateSituation.None, [first, second], BeforeClosing);

        checklist.Duplicates.Should().BeEmpty();
        checklist.Find(StandardIdentity)!.Files.Should().HaveCount(2);
    }

    [Fact]
    [Trait("Rule", "PIECE-02")]
    public void Different_contents_in_different_pieces_are_not_duplicates()
    {
        var files = new[] { FileWithContent(StandardIdentity, "identite.pdf", "identité"), FileWithContent(StandardDiploma, "diplome.pdf", "diplôme") };

        Checklist.For(DefaultSession(ExamKind.ExternalCompetition), CandidateSituation.None, files, BeforeClosing).Duplicates.Should().BeEmpty();
    }

    [Fact]
    [Trait("Rule", "PIECE-02")]
    public void A_duplicate_does_not_change_the_state_of_the_pieces()
    {
        var files = new[] { FileWithContent(StandardIdentity, "scan.pdf", "même contenu"), FileWithContent(StandardDiploma, "scan.pdf", "même contenu") };

        var checklist = Checklist.For(DefaultSession(ExamKind.ExternalCompetition), CandidateSituation.None, files, BeforeClosing);

        checklist.Duplicates.Should().ContainSingle();
        checklist.Find(StandardIdentity)!.State.Should().Be(PieceState.Supplied);
        checklist.Find(StandardDiploma)!.State.Should().Be(PieceState.Supplied);
    }

    // Arguments

    [Fact]
    public void A_checklist_needs_a_session_a_situation_and_files()
    {
        var files = Array.Empty<AttachedFile>();

        ((Action)(() => Checklist.For(null!, CandidateSituation.None, files, BeforeClosing))).Should().Throw<ArgumentNullException>().WithParameterName("session");
        ((Action)(() => Checklist.For(Session(), null!, files, BeforeClosing))).Should().Throw<ArgumentNullException>().WithParameterName("situation");
        ((Action)(() => Checklist.For(Session(), CandidateSituation.None, null!, BeforeClosing))).Should().Throw<ArgumentNullException>().WithParameterName("files");
        ((Action)(() => Checklist.For(null!, CandidateSituation.None, BeforeClosing))).Should().Throw<ArgumentNullException>().WithParameterName("session");
    }

    [Fact]
    [Trait("Rule", "PIECE-01")]
    public void A_session_that_asks_for_no_piece_has_an_empty_checklist()
    {
        var checklist = Checklist.For(SessionWith(), CandidateSituation.None, BeforeClosing);

        checklist.Items.Should().BeEmpty();
        checklist.MissingForClosure.Should().BeEmpty();
        checklist.Describe().Should().BeEmpty();
    }

    [Fact]
    [Trait("Rule", "PIECE-01")]
    public void A_checklist_item_logs_as_its_code_and_its_state()
    {
        var checklist = Checklist.For(Session(), CandidateSituation.None, [File(IdentityDocument, "identite.pdf")], BeforeClosing);

        checklist.Find(IdentityDocument)!.ToString().Should().Be("identity-document: Supplied");
    }
}

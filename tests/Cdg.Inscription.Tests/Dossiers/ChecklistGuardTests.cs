using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Files;
using Cdg.Inscription.Pieces;
using Cdg.Inscription.Sessions;
using Cdg.Inscription.Tests.Support;
using NodaTime;

namespace Cdg.Inscription.Tests.Dossiers;

/// <summary>
/// The guards that read the candidate's checklist, on sessions that ask for the default pieces of
/// their kind of exam: what an online closure and DOSSIER COMPLET need in the declared situation
/// (PIECE-05), which pieces and which diploma exemption a candidate may claim (PIECE-04), which
/// pieces may be sent after closure and until when (PIECE-03, DEAD-06), and what the checklist
/// reports without refusing the file: a document not recent enough, the same content sent twice.
/// Filing closes on 27 April 2023; the first exam is on 15 June 2023.
/// </summary>
public sealed class ChecklistGuardTests
{
    private const string ServiceRecordLabel = "État des services";
    private const string DiplomaLabel = "Copie du diplôme ou du titre requis, ou de la décision d'équivalence";
    private const string ParentOfThreeProofLabel = "Justificatif de la qualité de parent de trois enfants ou plus (copie du livret de famille)";
    private const string MedicalCertificateLabel = "Certificat d'un médecin agréé précisant les aménagements d'épreuves";
    private const string IdentityDocumentLabel = "Copie d'une pièce d'identité en cours de validité";

    private static readonly PieceCode RegistrationForm = StandardPieces.RegistrationForm.Code;
    private static readonly PieceCode IdentityDocument = StandardPieces.IdentityDocument.Code;
    private static readonly PieceCode Diploma = StandardPieces.Diploma.Code;
    private static readonly PieceCode ServiceRecord = StandardPieces.ServiceRecord.Code;
    private static readonly PieceCode ParentOfThreeProof = StandardPieces.ParentOfThreeProof.Code;
    private static readonly PieceCode MedicalCertificate = StandardPieces.MedicalCertificate.Code;

    private static readonly CandidateSituation PublicEmployee = new(isPublicEmployee: true);
    private static readonly CandidateSituation ParentOfThree = new(claimsParentOfThreeExemption: true);
    private static readonly CandidateSituation AdaptedExams = new(requestsAdaptedExams: true);

    private static readonly Instant FilesAdded = Scenario.Paris(2023, 4, 20);
    private static readonly Instant ClosedAt = Scenario.Paris(2023, 4, 25, 10);
    private static readonly Instant AfterClosure = Scenario.Paris(2023, 5, 3, 10);

    [Fact]
    [Trait("Rule", "PIECE-05")]
    [Trait("Rule", "PIECE-03")]
    public void An_internal_competition_dossier_of_a_public_employee_can_be_closed_without_the_etat_des_services_which_is_deferred()
    {
        var dossier = PreRegister(Session(ExamKind.InternalCompetition), PublicEmployee);
        AddCommonPieces(dossier);

        dossier.CheckClose(Actor.Candidate, ClosedAt).IsAllowed.Should().BeTrue();
        dossier.Close(Actor.Candidate, ClosedAt);

        dossier.Status.Should().Be(DossierStatus.UnderReview);
        var checklist = dossier.ChecklistAt(ClosedAt);
        checklist.MissingForClosure.Should().BeEmpty();
        var serviceRecord = checklist.Find(ServiceRecord)!;
        serviceRecord.Obligation.Should().Be(PieceObligation.Deferrable);
        serviceRecord.State.Should().Be(PieceState.Missing);
        serviceRecord.Due!.Value.Date.Should().Be(Scenario.FirstExam);
        checklist.MissingForCompletion.Select(i => i.Code).Should().Equal(ServiceRecord);
    }

    [Fact]
    [Trait("Rule", "PIECE-05")]
    public void The_same_internal_competition_dossier_of_a_candidate_who_is_not_a_public_employee_cannot_be_closed_without_the_etat_des_services()
    {
        var dossier = PreRegister(Session(ExamKind.InternalCompetition), CandidateSituation.None);
        AddCommonPieces(dossier);
        var snapshot = dossier.ToSnapshot();

        var refusal = FluentActions.Invoking(() => dossier.Close(Actor.Candidate, ClosedAt)).Should().ThrowExactly<RuleViolationException>().Which;

        var violation = refusal.Violations.Should().ContainSingle().Subject;
        violation.Code.Should().Be(RuleViolationCodes.ClosurePiecesMissing);
        violation.RuleId.Should().Be("PIECE-05");
        violation.Message.Should().Be($"Votre inscription ne peut pas encore être clôturée : ajoutez d'abord la pièce « {ServiceRecordLabel} ».");
        dossier.CheckClose(Actor.Candidate, ClosedAt).Violations.Should().Equal(refusal.Violations);
        dossier.ToSnapshot().Should().Be(snapshot);
        dossier.ChecklistAt(ClosedAt).Find(ServiceRecord)!.Obligation.Should().Be(PieceObligation.RequiredAtClosure);
    }

    [Fact]
    [Trait("Rule", "PIECE-05")]
    [Trait("Rule", "LIFE-08")]
    public void Dossier_complet_needs_the_deferred_etat_des_services()
    {
        var dossier = PreRegister(Session(ExamKind.InternalCompetition), PublicEmployee);
        AddCommonPieces(dossier);
        dossier.Close(Actor.Candidate, ClosedAt);

        var refusal = FluentActions.Invoking(() => dossier.DeclareComplete(Scenario.Staff, Scenario.Paris(2023, 5, 2)))
            .Should().ThrowExactly<RuleViolationException>().Which;

        var violation = refusal.Violations.Should().ContainSingle().Subject;
        violation.Code.Should().Be(RuleViolationCodes.CompletePiecesMissing);
        violation.Message.Should().Be($"Le dossier ne peut pas être déclaré complet : il manque la pièce « {ServiceRecordLabel} ».");
        dossier.Status.Should().Be(DossierStatus.UnderReview);

        dossier.AddFile(ServiceRecord, Scenario.Pdf("etat-des-services.pdf"), Actor.Candidate, AfterClosure);
        dossier.DeclareComplete(Scenario.Staff, AfterClosure + Duration.FromHours(1));

        dossier.Status.Should().Be(DossierStatus.Complete);
    }

    [Fact]
    [Trait("Rule", "PIECE-05")]
    [Trait("Rule", "PIECE-04")]
    public void An_external_competition_candidate_claiming_the_parent_of_three_exemption_closes_with_the_proof_of_the_children_and_without_the_diploma()
    {
        var dossier = PreRegister(Session(ExamKind.ExternalCompetition), ParentOfThree);
        AddCommonPieces(dossier);

        dossier.CheckClose(Actor.Candidate, ClosedAt).Violations.Should().ContainSingle()
            .Which.Message.Should().Be($"Votre inscription ne peut pas encore être clôturée : ajoutez d'abord la pièce « {ParentOfThreeProofLabel} ».");

        dossier.AddFile(ParentOfThreeProof, Scenario.Pdf("livret-de-famille.pdf"), Actor.Candidate, FilesAdded);
        dossier.Close(Actor.Candidate, ClosedAt);

        dossier.Status.Should().Be(DossierStatus.UnderReview);
        dossier.FilesOf(Diploma).Should().BeEmpty();
        var diploma = dossier.ChecklistAt(ClosedAt).Find(Diploma)!;
        diploma.Obligation.Should().BeNull();
        diploma.State.Should().Be(PieceState.NotRequired);
        dossier.ChecklistAt(ClosedAt).MissingForCompletion.Should().BeEmpty();
    }

    [Fact]
    [Trait("Rule", "PIECE-05")]
    [Trait("Rule", "PIECE-04")]
    public void An_external_competition_candidate_without_the_exemption_cannot_close_without_the_diploma_and_is_not_asked_for_the_proof_of_the_children()
    {
        var dossier = PreRegister(Session(ExamKind.ExternalCompetition), CandidateSituation.None);
        AddCommonPieces(dossier);

        dossier.CheckClose(Actor.Candidate, ClosedAt).Violations.Should().ContainSingle()
            .Which.Message.Should().Be($"Votre inscription ne peut pas encore être clôturée : ajoutez d'abord la pièce « {DiplomaLabel} ».");
        dossier.ChecklistAt(ClosedAt).Find(ParentOfThreeProof)!.Obligation.Should().BeNull();

        dossier.AddFile(Diploma, Scenario.Pdf("diplome.pdf"), Actor.Candidate, FilesAdded);
        dossier.Close(Actor.Candidate, ClosedAt);

        dossier.Status.Should().Be(DossierStatus.UnderReview);
    }

    [Theory]
    [Trait("Rule", "PIECE-05")]
    [Trait("Rule", "PIECE-04")]
    [InlineData(ExamKind.ExternalCompetition)]
    [InlineData(ExamKind.InternalCompetition)]
    [InlineData(ExamKind.ThirdCompetition)]
    [InlineData(ExamKind.ProfessionalExam)]
    public void A_candidate_who_asks_for_adapted_exams_cannot_close_without_the_medical_certificate(ExamKind kind)
    {
        var session = Session(kind);
        var dossier = PreRegister(session, AdaptedExams.WithPublicEmployee(true));
        foreach (var piece in session.Pieces.Where(p => p.Code != MedicalCertificate && p.ObligationFor(dossier.Situation) == PieceObligation.RequiredAtClosure))
        {
            dossier.AddFile(piece.Code, Scenario.Pdf($"{piece.Code}.pdf"), Actor.Candidate, FilesAdded);
        }

        var refusal = FluentActions.Invoking(() => dossier.Close(Actor.Candidate, ClosedAt)).Should().ThrowExactly<RuleViolationException>().Which;

        refusal.Violations.Should().ContainSingle().Which.Message
            .Should().Be($"Votre inscription ne peut pas encore être clôturée : ajoutez d'abord la pièce « {MedicalCertificateLabel} ».");
        dossier.Status.Should().Be(DossierStatus.AwaitingDossier);

        dossier.AddFile(MedicalCertificate, Scenario.Pdf("certificat.pdf"), Actor.Candidate, FilesAdded, issuedOn: new LocalDate(2023, 4, 3));
        dossier.Close(Actor.Candidate, ClosedAt);

        dossier.Status.Should().Be(DossierStatus.UnderReview);
    }

    [Fact]
    [Trait("Rule", "PIECE-04")]
    public void The_medical_certificate_is_not_in_the_checklist_of_a_candidate_who_does_not_ask_for_adapted_exams()
    {
        var dossier = PreRegister(Session(ExamKind.ExternalCompetition), CandidateSituation.None);

        var checklist = dossier.ChecklistAt(FilesAdded);

        checklist.Find(MedicalCertificate)!.Obligation.Should().BeNull();
        checklist.Applicable.Select(i => i.Code).Should().Equal(RegistrationForm, IdentityDocument, Diploma);
        checklist.Describe().Should().NotContain(line => line.Contains(MedicalCertificateLabel, StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Rule", "PIECE-04")]
    public void Claiming_the_diploma_exemption_for_a_regulated_profession_is_refused_at_pre_registration_with_a_French_message()
    {
        var session = Session(ExamKind.ExternalCompetition, isRegulatedProfession: true);

        var refusal = FluentActions.Invoking(() => PreRegister(session, ParentOfThree)).Should().ThrowExactly<RuleViolationException>().Which;

        var violation = refusal.Violations.Should().ContainSingle().Subject;
        violation.Code.Should().Be(RuleViolationCodes.DiplomaExemptionRefusedForRegulatedProfession);
        violation.RuleId.Should().Be("PIECE-04");
        violation.Message.Should().Be(
            "La dispense de diplôme des parents de trois enfants ou plus ne s'applique pas au concours « Concours externe d'infirmier territorial 2023 », "
            + "qui donne accès à une profession réglementée : le diplôme requis doit être fourni.");
        Dossier.CheckPreRegister(session, Actor.Candidate, Scenario.Paris(2023, 4, 1), ParentOfThree).Violations.Should().Equal(refusal.Violations);
    }

    [Theory]
    [Trait("Rule", "PIECE-04")]
    [InlineData(ExamKind.InternalCompetition)]
    [InlineData(ExamKind.ThirdCompetition)]
    [InlineData(ExamKind.ProfessionalExam)]
    public void Claiming_the_diploma_exemption_for_another_exam_than_a_concours_externe_is_refused_at_pre_registration(ExamKind kind)
    {
        var session = Session(kind);

        var refusal = FluentActions.Invoking(() => PreRegister(session, ParentOfThree)).Should().ThrowExactly<RuleViolationException>().Which;

        var violation = refusal.Violations.Should().ContainSingle().Subject;
        violation.Code.Should().Be(RuleViolationCodes.DiplomaExemptionOnlyForExternalCompetitions);
        violation.RuleId.Should().Be("PIECE-04");
        violation.Message.Should().Be(
            "La dispense de diplôme des parents de trois enfants ou plus ne concerne que les concours externes : elle ne peut pas être demandée pour ce concours ou examen.");
        Dossier.CheckPreRegister(session, Actor.Candidate, Scenario.Paris(2023, 4, 1), ParentOfThree).Violations.Should().Equal(refusal.Violations);
    }

    [Fact]
    [Trait("Rule", "PIECE-04")]
    public void Claiming_the_diploma_exemption_for_a_concours_externe_that_is_not_a_regulated_profession_is_accepted()
    {
        var session = Session(ExamKind.ExternalCompetition);

        Dossier.CheckPreRegister(session, Actor.Candidate, Scenario.Paris(2023, 4, 1), ParentOfThree).IsAllowed.Should().BeTrue();
        var dossier = PreRegister(session, ParentOfThree);

        dossier.Situation.Should().Be(ParentOfThree);
        dossier.Status.Should().Be(DossierStatus.AwaitingDossier);
    }

    [Fact]
    [Trait("Rule", "PIECE-04")]
    public void A_file_for_the_medical_certificate_of_a_candidate_who_does_not_ask_for_adapted_exams_is_refused_as_not_applicable()
    {
        var dossier = PreRegister(Session(ExamKind.ExternalCompetition), CandidateSituation.None);
        var snapshot = dossier.ToSnapshot();
        var file = Scenario.Pdf("certificat.pdf");

        var refusal = FluentActions.Invoking(() => dossier.AddFile(MedicalCertificate, file, Actor.Candidate, FilesAdded, new LocalDate(2023, 4, 3)))
            .Should().ThrowExactly<RuleViolationException>().Which;

        var violation = refusal.Violations.Should().ContainSingle().Subject;
        violation.Code.Should().Be(RuleViolationCodes.PieceNotApplicable);
        violation.RuleId.Should().Be("PIECE-04");
        violation.Message.Should().Be($"La pièce « {MedicalCertificateLabel} » n'est pas demandée dans votre situation.");
        dossier.CheckAddFile(MedicalCertificate, file, Actor.Candidate, FilesAdded, new LocalDate(2023, 4, 3)).Violations.Should().Equal(refusal.Violations);
        dossier.ToSnapshot().Should().Be(snapshot);
        dossier.Files.Should().BeEmpty();
    }

    [Fact]
    [Trait("Rule", "PIECE-04")]
    [Trait("Rule", "LIFE-05")]
    public void A_regularisation_request_naming_a_piece_not_asked_of_this_candidate_is_refused()
    {
        var dossier = PreRegister(Session(ExamKind.ExternalCompetition), CandidateSituation.None);
        AddCommonPieces(dossier);
        dossier.AddFile(Diploma, Scenario.Pdf("diplome.pdf"), Actor.Candidate, FilesAdded);
        dossier.Close(Actor.Candidate, ClosedAt);
        var snapshot = dossier.ToSnapshot();
        var request = new RegularisationRequest([new RegularisationItem(MedicalCertificate, "Le certificat médical est illisible.")], new LocalDate(2023, 5, 15));

        var refusal = FluentActions.Invoking(() => dossier.RequestRegularisation(request, Scenario.Staff, AfterClosure))
            .Should().ThrowExactly<RuleViolationException>().Which;

        var violation = refusal.Violations.Should().ContainSingle().Subject;
        violation.Code.Should().Be(RuleViolationCodes.PieceNotApplicable);
        violation.Message.Should().Be($"La pièce « {MedicalCertificateLabel} » n'est pas demandée dans votre situation.");
        dossier.CheckRequestRegularisation(request, Scenario.Staff, AfterClosure).Violations.Should().Equal(refusal.Violations);
        dossier.ToSnapshot().Should().Be(snapshot);
        dossier.Status.Should().Be(DossierStatus.UnderReview);
        dossier.Regularisation.Should().BeNull();
    }

    [Fact]
    [Trait("Rule", "PIECE-03")]
    [Trait("Rule", "DEAD-06")]
    public void After_closure_a_public_employee_adds_the_etat_des_services_until_the_end_of_the_first_exam_day_in_Paris()
    {
        var dossier = ClosedWithoutServiceRecord(Session(ExamKind.InternalCompetition));
        var lastTick = Scenario.Paris(2023, 6, 15, 23, 59, 59, 999);
        lastTick.Should().Be(Instant.FromUtc(2023, 6, 15, 22, 0) - Duration.FromMilliseconds(1));

        dossier.AddFile(ServiceRecord, Scenario.Pdf("etat-des-services.pdf"), Actor.Candidate, lastTick);

        dossier.FilesOf(ServiceRecord).Should().ContainSingle().Which.ReceivedAt.Should().Be(lastTick);
        dossier.Status.Should().Be(DossierStatus.UnderReview);
    }

    [Fact]
    [Trait("Rule", "PIECE-03")]
    [Trait("Rule", "DEAD-06")]
    public void After_the_first_exam_day_the_etat_des_services_of_a_public_employee_is_refused_as_overdue()
    {
        var dossier = ClosedWithoutServiceRecord(Session(ExamKind.InternalCompetition));
        var snapshot = dossier.ToSnapshot();
        var firstLateTick = Scenario.Paris(2023, 6, 16, 0, 0);
        firstLateTick.Should().Be(Instant.FromUtc(2023, 6, 15, 22, 0));

        var refusal = FluentActions.Invoking(() => dossier.AddFile(ServiceRecord, Scenario.Pdf("etat-des-services.pdf"), Actor.Candidate, firstLateTick))
            .Should().ThrowExactly<RuleViolationException>().Which;

        var violation = refusal.Violations.Should().ContainSingle().Subject;
        violation.Code.Should().Be(RuleViolationCodes.PieceDueDatePassed);
        violation.RuleId.Should().Be("DEAD-06");
        violation.Message.Should().Be($"La pièce « {ServiceRecordLabel} » devait être transmise au plus tard le 15 juin 2023 avant minuit (heure métropolitaine).");
        dossier.ToSnapshot().Should().Be(snapshot);
        dossier.ChecklistAt(firstLateTick).Find(ServiceRecord)!.State.Should().Be(PieceState.Overdue);
        dossier.ChecklistAt(firstLateTick - Duration.FromMilliseconds(1)).Find(ServiceRecord)!.State.Should().Be(PieceState.Missing);
    }

    [Fact]
    [Trait("Rule", "PIECE-03")]
    public void After_closure_the_etat_des_services_of_a_candidate_who_is_not_a_public_employee_may_not_be_sent_again()
    {
        var dossier = PreRegister(Session(ExamKind.InternalCompetition), CandidateSituation.None);
        AddCommonPieces(dossier);
        dossier.AddFile(ServiceRecord, Scenario.Pdf("etat-des-services.pdf"), Actor.Candidate, FilesAdded);
        dossier.Close(Actor.Candidate, ClosedAt);
        var snapshot = dossier.ToSnapshot();

        var refusal = FluentActions.Invoking(() => dossier.AddFile(ServiceRecord, Scenario.Pdf("etat-des-services-2.pdf"), Actor.Candidate, AfterClosure))
            .Should().ThrowExactly<RuleViolationException>().Which;

        var violation = refusal.Violations.Should().ContainSingle().Subject;
        violation.Code.Should().Be(RuleViolationCodes.PieceNotDeferrable);
        violation.RuleId.Should().Be("PIECE-03");
        violation.Message.Should().Be(
            $"Après la clôture, seules les pièces dont l'envoi peut être différé sont modifiables ; la pièce « {ServiceRecordLabel} » n'en fait pas partie.");
        dossier.ToSnapshot().Should().Be(snapshot);
    }

    [Fact]
    [Trait("Rule", "DEAD-06")]
    public void A_session_due_date_for_deferred_pieces_replaces_the_first_exam_day()
    {
        var session = Session(ExamKind.InternalCompetition, deferredPiecesDueDate: new LocalDate(2023, 5, 31));
        var dossier = ClosedWithoutServiceRecord(session);
        var lastTick = Instant.FromUtc(2023, 5, 31, 22, 0) - Duration.FromMilliseconds(1);
        var firstLateTick = Instant.FromUtc(2023, 5, 31, 22, 0);

        dossier.ChecklistAt(AfterClosure).Find(ServiceRecord)!.Due!.Value.Date.Should().Be(new LocalDate(2023, 5, 31));
        dossier.AddFile(ServiceRecord, Scenario.Pdf("etat-des-services.pdf"), Actor.Candidate, lastTick);
        var refusal = FluentActions.Invoking(() => dossier.AddFile(ServiceRecord, Scenario.Pdf("etat-des-services-p2.pdf"), Actor.Candidate, firstLateTick))
            .Should().ThrowExactly<RuleViolationException>().Which;

        dossier.FilesOf(ServiceRecord).Should().ContainSingle().Which.ReceivedAt.Should().Be(lastTick);
        var violation = refusal.Violations.Should().ContainSingle().Subject;
        violation.Code.Should().Be(RuleViolationCodes.PieceDueDatePassed);
        violation.Message.Should().Be($"La pièce « {ServiceRecordLabel} » devait être transmise au plus tard le 31 mai 2023 avant minuit (heure métropolitaine).");
    }

    [Fact]
    [Trait("Rule", "PIECE-04")]
    public void A_medical_certificate_issued_more_than_six_months_before_the_first_exam_is_accepted_but_flagged_by_the_checklist()
    {
        var dossier = PreRegister(Session(ExamKind.ExternalCompetition), AdaptedExams);
        AddCommonPieces(dossier);
        dossier.AddFile(Diploma, Scenario.Pdf("diplome.pdf"), Actor.Candidate, FilesAdded);

        dossier.AddFile(MedicalCertificate, Scenario.Pdf("certificat.pdf"), Actor.Candidate, FilesAdded, issuedOn: new LocalDate(2022, 12, 15));

        dossier.FilesOf(MedicalCertificate).Should().ContainSingle().Which.IssuedOn.Should().Be(new LocalDate(2022, 12, 15));
        var item = dossier.ChecklistAt(FilesAdded).Find(MedicalCertificate)!;
        item.State.Should().Be(PieceState.Supplied);
        var finding = item.Findings.Should().ContainSingle().Subject;
        finding.Code.Should().Be(RuleViolationCodes.IssuedOutsideValidity);
        finding.RuleId.Should().Be("PIECE-04");
        finding.Message.Should().Be(
            $"Le document « certificat.pdf » (pièce « {MedicalCertificateLabel} ») a été délivré le 15 décembre 2022 : pour la première épreuve du 15 juin 2023, "
            + "il doit l'avoir été entre le 16 décembre 2022 et cette date. Merci d'en transmettre un plus récent.");
        dossier.ChecklistAt(FilesAdded).MissingForClosure.Should().BeEmpty();
    }

    [Theory]
    [Trait("Rule", "PIECE-04")]
    [InlineData(2022, 6, 1)]
    [InlineData(2022, 12, 15)]
    [InlineData(2023, 6, 16)]
    public void A_medical_certificate_issued_outside_the_six_months_before_the_first_exam_is_flagged(int year, int month, int day)
    {
        var dossier = PreRegister(Session(ExamKind.ExternalCompetition), AdaptedExams);

        dossier.AddFile(MedicalCertificate, Scenario.Pdf("certificat.pdf"), Actor.Candidate, FilesAdded, issuedOn: new LocalDate(year, month, day));

        dossier.ChecklistAt(FilesAdded).Find(MedicalCertificate)!.Findings
            .Should().ContainSingle().Which.Code.Should().Be(RuleViolationCodes.IssuedOutsideValidity);
    }

    [Theory]
    [Trait("Rule", "PIECE-04")]
    [InlineData(2022, 12, 16)]
    [InlineData(2023, 4, 3)]
    [InlineData(2023, 6, 15)]
    public void A_medical_certificate_issued_less_than_six_months_before_the_first_exam_is_not_flagged(int year, int month, int day)
    {
        var dossier = PreRegister(Session(ExamKind.ExternalCompetition), AdaptedExams);

        dossier.AddFile(MedicalCertificate, Scenario.Pdf("certificat.pdf"), Actor.Candidate, FilesAdded, issuedOn: new LocalDate(year, month, day));

        var item = dossier.ChecklistAt(FilesAdded).Find(MedicalCertificate)!;
        item.State.Should().Be(PieceState.Supplied);
        item.Findings.Should().BeEmpty();
    }

    [Fact]
    [Trait("Rule", "PIECE-04")]
    public void A_medical_certificate_whose_date_of_issue_is_not_known_is_accepted_but_flagged()
    {
        var dossier = PreRegister(Session(ExamKind.ExternalCompetition), AdaptedExams);

        dossier.AddFile(MedicalCertificate, Scenario.Pdf("certificat.pdf"), Actor.Candidate, FilesAdded);

        dossier.FilesOf(MedicalCertificate).Should().ContainSingle().Which.IssuedOn.Should().BeNull();
        var finding = dossier.ChecklistAt(FilesAdded).Find(MedicalCertificate)!.Findings.Should().ContainSingle().Subject;
        finding.Code.Should().Be(RuleViolationCodes.IssueDateUnknown);
        finding.Message.Should().Be(
            $"La date de délivrance du document « certificat.pdf » (pièce « {MedicalCertificateLabel} ») n'est pas connue : elle est nécessaire pour vérifier qu'il est assez récent.");
    }

    [Fact]
    [Trait("Rule", "PIECE-02")]
    public void The_same_content_sent_for_the_identity_document_and_the_diploma_is_reported_by_the_checklist()
    {
        var dossier = PreRegister(Session(ExamKind.ExternalCompetition), CandidateSituation.None);
        var content = Scenario.Sha256("scan-unique.pdf");
        var identity = Scenario.Inspected(new FileRecord(new Guid("0d7e3c52-1a4f-4b8e-9f60-2c1d3e4f5a01"), "identite.pdf", FileType.Pdf, 4096, content));
        var diploma = Scenario.Inspected(new FileRecord(new Guid("0d7e3c52-1a4f-4b8e-9f60-2c1d3e4f5a02"), "diplome.pdf", FileType.Pdf, 4096, content));

        dossier.AddFile(IdentityDocument, identity, Actor.Candidate, FilesAdded);
        dossier.AddFile(Diploma, diploma, Actor.Candidate, FilesAdded + Duration.FromMinutes(1));

        dossier.Files.Should().HaveCount(2);
        var duplicate = dossier.ChecklistAt(FilesAdded + Duration.FromMinutes(1)).Duplicates.Should().ContainSingle().Subject;
        duplicate.Sha256.Should().Be(content);
        duplicate.Files.Select(f => (f.Piece, f.File.Id)).Should().Equal((IdentityDocument, identity.Id), (Diploma, diploma.Id));
        duplicate.Finding.Code.Should().Be(RuleViolationCodes.SameFileInSeveralPieces);
        duplicate.Finding.RuleId.Should().Be("PIECE-02");
        duplicate.Finding.Message.Should().Be(
            $"Le même fichier « identite.pdf » a été déposé pour les pièces « {IdentityDocumentLabel} » et « {DiplomaLabel} » : "
            + "vérifiez que vous avez ajouté la bonne pièce à chaque endroit.");
    }

    [Fact]
    [Trait("Rule", "PIECE-02")]
    public void Different_contents_for_the_identity_document_and_the_diploma_are_not_reported_as_duplicates()
    {
        var dossier = PreRegister(Session(ExamKind.ExternalCompetition), CandidateSituation.None);

        dossier.AddFile(IdentityDocument, Scenario.Pdf("identite.pdf"), Actor.Candidate, FilesAdded);
        dossier.AddFile(Diploma, Scenario.Pdf("diplome.pdf"), Actor.Candidate, FilesAdded);

        dossier.ChecklistAt(FilesAdded).Duplicates.Should().BeEmpty();
    }

    /// <summary>A session of the kind that asks for the default pieces, on the scenario's calendar.</summary>
    private static ExamSession Session(ExamKind kind, bool isRegulatedProfession = false, LocalDate? deferredPiecesDueDate = null) =>
        new(
            isRegulatedProfession ? "2023-INFIRMIER-EXT" : $"2023-{kind}",
            isRegulatedProfession ? "Concours externe d'infirmier territorial 2023" : $"Session 2023 ({kind})",
            kind,
            new Organiser("CDG53", "Centre de gestion de la Mayenne"),
            Scenario.Calendar(),
            isRegulatedProfession: isRegulatedProfession,
            deferredPiecesDueDate: deferredPiecesDueDate);

    /// <summary>Pre-registers on 1 April 2023 at noon in Paris with a declared situation.</summary>
    private static Dossier PreRegister(ExamSession session, CandidateSituation situation) =>
        Dossier.PreRegister(session, DossierNumber.Parse("2023-RED-000456"), Scenario.NewCandidate(), Actor.Candidate, Scenario.Paris(2023, 4, 1), situation);

    /// <summary>The registration form and the identity document, which every session asks for at closure.</summary>
    private static void AddCommonPieces(Dossier dossier)
    {
        dossier.AddFile(RegistrationForm, Scenario.Pdf("formulaire.pdf"), Actor.Candidate, FilesAdded);
        dossier.AddFile(IdentityDocument, Scenario.Pdf("identite.pdf"), Actor.Candidate, FilesAdded);
    }

    /// <summary>A public employee's concours interne dossier, closed on 25 April 2023 without the état des services.</summary>
    private static Dossier ClosedWithoutServiceRecord(ExamSession session)
    {
        var dossier = PreRegister(session, PublicEmployee);
        AddCommonPieces(dossier);
        dossier.Close(Actor.Candidate, ClosedAt);
        return dossier;
    }
}

using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Dossiers.Events;
using Cdg.Inscription.Pieces;
using Cdg.Inscription.Sessions;
using Cdg.Inscription.Tests.Support;
using NodaTime;

namespace Cdg.Inscription.Tests.Dossiers;

/// <summary>
/// PIECE-04: the pieces depend on the situation the candidate declares at pre-registration and may
/// correct afterwards, until the dossier is sent; staff may correct it until the dossier is decided.
/// A change recomputes the checklist, keeps every file already sent and is kept in the history
/// (LIFE-11). Sessions ask for the default pieces of their kind of exam; filing closes on 27 April
/// 2023 and the first exam is on 15 June 2023.
/// </summary>
public sealed class SituationTests
{
    private const string MedicalCertificateLabel = "Certificat d'un médecin agréé précisant les aménagements d'épreuves";
    private const string ParentOfThreeProofLabel = "Justificatif de la qualité de parent de trois enfants ou plus (copie du livret de famille)";

    private static readonly PieceCode RegistrationForm = StandardPieces.RegistrationForm.Code;
    private static readonly PieceCode IdentityDocument = StandardPieces.IdentityDocument.Code;
    private static readonly PieceCode Diploma = StandardPieces.Diploma.Code;
    private static readonly PieceCode ServiceRecord = StandardPieces.ServiceRecord.Code;
    private static readonly PieceCode ParentOfThreeProof = StandardPieces.ParentOfThreeProof.Code;
    private static readonly PieceCode MedicalCertificate = StandardPieces.MedicalCertificate.Code;

    private static readonly CandidateSituation PublicEmployee = new(isPublicEmployee: true);

    private static readonly Instant PreRegisteredAt = Scenario.Paris(2023, 4, 1);
    private static readonly Instant FilesAdded = Scenario.Paris(2023, 4, 20);
    private static readonly Instant ChangedAt = Scenario.Paris(2023, 4, 22, 9, 30);
    private static readonly Instant ClosedAt = Scenario.Paris(2023, 4, 25, 10);
    private static readonly Instant AfterClosure = Scenario.Paris(2023, 5, 3, 10);

    [Fact]
    [Trait("Rule", "PIECE-04")]
    [Trait("Rule", "LIFE-11")]
    public void The_situation_declared_at_pre_registration_is_recorded_with_the_dossier_and_in_its_first_event()
    {
        var situation = new CandidateSituation(requestsAdaptedExams: true, isPublicEmployee: true);

        var dossier = PreRegister(Session(ExamKind.InternalCompetition), situation);

        dossier.Situation.Should().Be(situation);
        dossier.History.Should().ContainSingle().Which.Should().BeOfType<PreRegistered>().Which.Situation.Should().Be(situation);
        PreRegister(Session(ExamKind.InternalCompetition), situation: null).Situation.Should().Be(CandidateSituation.None);
    }

    [Fact]
    [Trait("Rule", "PIECE-04")]
    [Trait("Rule", "LIFE-06")]
    public void A_named_complement_that_no_longer_applies_after_a_change_of_situation_is_not_awaited_any_more()
    {
        var dossier = PreRegister(Session(ExamKind.ExternalCompetition), new CandidateSituation(requestsAdaptedExams: true));
        AddFiles(dossier, RegistrationForm, IdentityDocument, Diploma, MedicalCertificate);
        dossier.Close(Actor.Candidate, ClosedAt);
        var staff = Actor.Staff("gestionnaire.test");
        dossier.RequestRegularisation(
            new RegularisationRequest([new RegularisationItem(MedicalCertificate, "Le certificat n'est pas signé.")]), staff, AfterClosure);

        dossier.ChangeSituation(CandidateSituation.None, staff, AfterClosure.Plus(Duration.FromHours(1)));
        dossier.SupplyComplements(Actor.Candidate, AfterClosure.Plus(Duration.FromHours(2)));

        dossier.Status.Should().Be(DossierStatus.UnderReview);
    }

    [Fact]
    [Trait("Rule", "PIECE-04")]
    [Trait("Rule", "PIECE-05")]
    public void A_candidate_who_declares_adapted_exams_while_the_dossier_is_awaited_must_then_supply_the_medical_certificate()
    {
        var dossier = PreRegister(Session(ExamKind.ExternalCompetition), CandidateSituation.None);
        AddFiles(dossier, RegistrationForm, IdentityDocument, Diploma);
        dossier.CheckClose(Actor.Candidate, ClosedAt).IsAllowed.Should().BeTrue();

        dossier.ChangeSituation(new CandidateSituation(requestsAdaptedExams: true), Actor.Candidate, ChangedAt);

        dossier.Situation.RequestsAdaptedExams.Should().BeTrue();
        var certificate = dossier.ChecklistAt(ChangedAt).Find(MedicalCertificate)!;
        certificate.Obligation.Should().Be(PieceObligation.RequiredAtClosure);
        certificate.State.Should().Be(PieceState.Missing);
        dossier.ChecklistAt(ChangedAt).MissingForClosure.Select(i => i.Code).Should().Equal(MedicalCertificate);
        dossier.CheckClose(Actor.Candidate, ClosedAt).Violations.Should().ContainSingle()
            .Which.Message.Should().Be($"Votre inscription ne peut pas encore être clôturée : ajoutez d'abord la pièce « {MedicalCertificateLabel} ».");
    }

    [Fact]
    [Trait("Rule", "PIECE-04")]
    public void The_files_already_sent_are_kept_when_the_situation_changes_even_those_of_a_piece_that_no_longer_applies()
    {
        var dossier = PreRegister(Session(ExamKind.ExternalCompetition), CandidateSituation.None);
        AddFiles(dossier, RegistrationForm, IdentityDocument, Diploma);
        var files = dossier.Files.ToArray();

        dossier.ChangeSituation(new CandidateSituation(claimsParentOfThreeExemption: true), Actor.Candidate, ChangedAt);

        dossier.Files.Should().Equal(files);
        var checklist = dossier.ChecklistAt(ChangedAt);
        var diploma = checklist.Find(Diploma)!;
        diploma.Obligation.Should().BeNull();
        diploma.State.Should().Be(PieceState.NotRequired);
        diploma.Files.Should().Equal(dossier.FilesOf(Diploma)).And.ContainSingle();
        checklist.Find(ParentOfThreeProof)!.State.Should().Be(PieceState.Missing);
        dossier.CheckClose(Actor.Candidate, ClosedAt).Violations.Should().ContainSingle()
            .Which.Message.Should().Be($"Votre inscription ne peut pas encore être clôturée : ajoutez d'abord la pièce « {ParentOfThreeProofLabel} ».");
    }

    [Fact]
    [Trait("Rule", "PIECE-04")]
    [Trait("Rule", "LIFE-11")]
    public void The_history_records_the_previous_and_the_new_situation_with_a_French_description()
    {
        var session = Session(ExamKind.InternalCompetition);
        var dossier = PreRegister(session, PublicEmployee);
        var version = dossier.Version;
        var updated = PublicEmployee.WithAdaptedExams(true);

        dossier.ChangeSituation(updated, Actor.Candidate, ChangedAt);

        dossier.Version.Should().Be(version + 1);
        var changed = dossier.History[^1].Should().BeOfType<SituationChanged>().Subject;
        changed.Sequence.Should().Be(version + 1);
        changed.At.Should().Be(ChangedAt);
        changed.Actor.Should().Be(Actor.Candidate);
        changed.Status.Should().Be(DossierStatus.AwaitingDossier);
        changed.Previous.Should().Be(PublicEmployee);
        changed.Situation.Should().Be(updated);
        changed.Describe(session).Should().StartWith("Situation déclarée modifiée : aménagement des épreuves demandé ; agent public");
        dossier.DescribeHistory()[^1].Should().Be(changed.Describe(session));
    }

    [Fact]
    [Trait("Rule", "PIECE-04")]
    [Trait("Rule", "LIFE-10")]
    public void Staff_can_change_the_situation_of_a_dossier_under_review_and_the_checklist_follows()
    {
        var dossier = PreRegister(Session(ExamKind.InternalCompetition), PublicEmployee);
        AddFiles(dossier, RegistrationForm, IdentityDocument);
        dossier.Close(Actor.Candidate, ClosedAt);
        dossier.ChecklistAt(AfterClosure).Find(ServiceRecord)!.State.Should().Be(PieceState.Missing);

        dossier.ChangeSituation(CandidateSituation.None, Scenario.Staff, AfterClosure);

        dossier.Status.Should().Be(DossierStatus.UnderReview);
        dossier.Situation.Should().Be(CandidateSituation.None);
        dossier.History[^1].Actor.Should().Be(Scenario.Staff);
        var serviceRecord = dossier.ChecklistAt(AfterClosure).Find(ServiceRecord)!;
        serviceRecord.Obligation.Should().Be(PieceObligation.RequiredAtClosure);
        serviceRecord.Due!.Value.Date.Should().Be(Scenario.ClosingDate);
        serviceRecord.State.Should().Be(PieceState.Overdue);
    }

    [Fact]
    [Trait("Rule", "PIECE-04")]
    [Trait("Rule", "PIECE-03")]
    public void Once_staff_record_that_the_candidate_is_a_public_employee_the_etat_des_services_may_be_sent_after_closure()
    {
        var dossier = PreRegister(Session(ExamKind.InternalCompetition), CandidateSituation.None);
        AddFiles(dossier, RegistrationForm, IdentityDocument, ServiceRecord);
        dossier.Close(Actor.Candidate, ClosedAt);
        var replacement = Scenario.Pdf("etat-des-services-a-jour.pdf");
        dossier.CheckAddFile(ServiceRecord, replacement, Actor.Candidate, AfterClosure).Violations
            .Should().ContainSingle().Which.Code.Should().Be(RuleViolationCodes.PieceNotDeferrable);

        dossier.ChangeSituation(PublicEmployee, Scenario.Staff, AfterClosure);
        dossier.AddFile(ServiceRecord, replacement, Actor.Candidate, AfterClosure + Duration.FromHours(1));

        dossier.FilesOf(ServiceRecord).Should().HaveCount(2);
    }

    [Fact]
    [Trait("Rule", "PIECE-04")]
    [Trait("Rule", "LIFE-10")]
    public void After_closure_the_candidate_can_no_longer_change_the_situation()
    {
        var dossier = PreRegister(Session(ExamKind.InternalCompetition), CandidateSituation.None);
        AddFiles(dossier, RegistrationForm, IdentityDocument, ServiceRecord);
        dossier.Close(Actor.Candidate, ClosedAt);
        var snapshot = dossier.ToSnapshot();
        var history = dossier.History.ToArray();

        var refusal = FluentActions.Invoking(() => dossier.ChangeSituation(PublicEmployee, Actor.Candidate, AfterClosure))
            .Should().ThrowExactly<RuleViolationException>().Which;

        var violation = refusal.Violations.Should().ContainSingle().Subject;
        violation.Code.Should().Be(RuleViolationCodes.ActorNotAllowed);
        violation.RuleId.Should().Be("LIFE-10");
        violation.Message.Should().Be("Seuls les gestionnaires du centre de gestion peuvent modifier la situation déclarée.");
        dossier.CheckChangeSituation(PublicEmployee, Actor.Candidate, AfterClosure).Violations.Should().Equal(refusal.Violations);
        dossier.ToSnapshot().Should().Be(snapshot);
        dossier.History.Should().Equal(history);
        dossier.Situation.Should().Be(CandidateSituation.None);
    }

    [Fact]
    [Trait("Rule", "PIECE-04")]
    public void A_change_of_situation_that_the_session_refuses_leaves_the_dossier_unchanged()
    {
        var session = Session(ExamKind.InternalCompetition);
        var dossier = PreRegister(session, PublicEmployee);
        AddFiles(dossier, RegistrationForm);
        var snapshot = dossier.ToSnapshot();
        var history = dossier.History.ToArray();
        var claim = PublicEmployee.WithParentOfThreeExemption(true);

        var refusal = FluentActions.Invoking(() => dossier.ChangeSituation(claim, Actor.Candidate, ChangedAt))
            .Should().ThrowExactly<RuleViolationException>().Which;

        var violation = refusal.Violations.Should().ContainSingle().Subject;
        violation.Code.Should().Be(RuleViolationCodes.DiplomaExemptionOnlyForExternalCompetitions);
        violation.RuleId.Should().Be("PIECE-04");
        dossier.CheckChangeSituation(claim, Actor.Candidate, ChangedAt).Violations.Should().Equal(refusal.Violations);
        dossier.ToSnapshot().Should().Be(snapshot);
        dossier.Version.Should().Be(snapshot.Version);
        dossier.History.Should().Equal(history);
        dossier.Situation.Should().Be(PublicEmployee);
    }

    [Fact]
    [Trait("Rule", "PIECE-04")]
    public void Claiming_the_diploma_exemption_later_for_a_regulated_profession_is_refused_too()
    {
        var session = new ExamSession(
            "2023-INFIRMIER-EXT",
            "Concours externe d'infirmier territorial 2023",
            ExamKind.ExternalCompetition,
            new Organiser("CDG53", "Centre de gestion de la Mayenne"),
            Scenario.Calendar(),
            isRegulatedProfession: true);
        var dossier = PreRegister(session, CandidateSituation.None);
        var snapshot = dossier.ToSnapshot();

        var check = dossier.CheckChangeSituation(new CandidateSituation(claimsParentOfThreeExemption: true), Actor.Candidate, ChangedAt);

        check.IsAllowed.Should().BeFalse();
        check.Violations.Should().ContainSingle().Which.Code.Should().Be(RuleViolationCodes.DiplomaExemptionRefusedForRegulatedProfession);
        FluentActions.Invoking(() => dossier.ChangeSituation(new CandidateSituation(claimsParentOfThreeExemption: true), Actor.Candidate, ChangedAt))
            .Should().ThrowExactly<RuleViolationException>().Which.Violations.Should().Equal(check.Violations);
        dossier.ToSnapshot().Should().Be(snapshot);
        dossier.ChecklistAt(ChangedAt).Find(Diploma)!.Obligation.Should().Be(PieceObligation.RequiredAtClosure);
    }

    [Fact]
    [Trait("Rule", "PIECE-04")]
    [Trait("Rule", "LIFE-11")]
    public void The_dossier_rebuilt_from_its_history_keeps_the_declared_situation()
    {
        var session = Session(ExamKind.InternalCompetition);
        var dossier = PreRegister(session, PublicEmployee);
        var afterPreRegistration = dossier.ToSnapshot();
        AddFiles(dossier, RegistrationForm, IdentityDocument);
        var updated = PublicEmployee.WithAdaptedExams(true);
        dossier.ChangeSituation(updated, Actor.Candidate, ChangedAt);

        var rebuilt = Dossier.Rehydrate(session, dossier.History);
        var resumed = Dossier.Rehydrate(session, afterPreRegistration, dossier.EventsSince(afterPreRegistration.Version));

        rebuilt.Situation.Should().Be(updated);
        rebuilt.ToSnapshot().Should().Be(dossier.ToSnapshot());
        resumed.Situation.Should().Be(updated);
        resumed.ToSnapshot().Should().Be(dossier.ToSnapshot());
        Dossier.Rehydrate(session, dossier.History.Take(1)).Situation.Should().Be(PublicEmployee);
        rebuilt.ChecklistAt(ChangedAt).Find(MedicalCertificate)!.Obligation.Should().Be(PieceObligation.RequiredAtClosure);
    }

    /// <summary>A session of the kind that asks for the default pieces, on the scenario's calendar.</summary>
    private static ExamSession Session(ExamKind kind) =>
        new($"2023-{kind}", $"Session 2023 ({kind})", kind, new Organiser("CDG53", "Centre de gestion de la Mayenne"), Scenario.Calendar());

    /// <summary>Pre-registers on 1 April 2023 at noon in Paris with a declared situation.</summary>
    private static Dossier PreRegister(ExamSession session, CandidateSituation? situation) =>
        Dossier.PreRegister(session, DossierNumber.Parse("2023-RED-000789"), Scenario.NewCandidate(), Actor.Candidate, PreRegisteredAt, situation);

    /// <summary>One file for each piece, on 20 April 2023.</summary>
    private static void AddFiles(Dossier dossier, params PieceCode[] pieces)
    {
        foreach (var piece in pieces)
        {
            dossier.AddFile(piece, Scenario.Pdf($"{piece}.pdf"), Actor.Candidate, FilesAdded);
        }
    }
}

using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Pieces;
using Cdg.Inscription.Sessions;
using Cdg.Inscription.Tests.Support;
using NodaTime;

namespace Cdg.Inscription.Tests.Dossiers;

/// <summary>
/// LIFE-06, PIECE-03, DEAD-06: while a dossier is DOSSIER INCOMPLET for one piece, a piece that may
/// be sent after closure can still get or lose a file, until its own due date (the first exam,
/// 15 June 2023, unless the piece sets another), even when the regularisation does not name it.
/// </summary>
public sealed class IncompleteDossierFilesTests
{
    private static readonly Instant RequestedAt = Scenario.Paris(2023, 5, 2);

    /// <summary>The last instant of the first exam day in Paris, when the état des services is still in time.</summary>
    private static readonly Instant LastTickOfFirstExamDay = Scenario.Paris(2023, 6, 15, 23, 59, 59, 999);

    private static readonly Instant FirstLateTick = Scenario.Paris(2023, 6, 16, 0, 0);

    [Fact]
    [Trait("Rule", "LIFE-06")]
    [Trait("Rule", "PIECE-03")]
    public void While_incomplete_for_another_piece_a_file_of_the_deferrable_piece_can_be_removed()
    {
        var dossier = Scenario.At(DossierStatus.UnderReview);
        var serviceRecord = Scenario.Pdf("etat-des-services.pdf");
        dossier.AddFile(Scenario.ServiceRecord, serviceRecord, Actor.Candidate, Scenario.Paris(2023, 5, 1));
        dossier.RequestRegularisation(Scenario.Regularisation(), Scenario.Staff, RequestedAt);

        dossier.RemoveFile(serviceRecord.Id, Actor.Candidate, Scenario.Paris(2023, 5, 3));

        dossier.FilesOf(Scenario.ServiceRecord).Should().BeEmpty();
        dossier.Status.Should().Be(DossierStatus.Incomplete);
    }

    [Fact]
    [Trait("Rule", "LIFE-06")]
    [Trait("Rule", "DEAD-06")]
    public void While_incomplete_for_another_piece_the_deferrable_piece_is_accepted_until_the_end_of_its_due_date()
    {
        var dossier = IncompleteWithoutDueDate();

        dossier.AddFile(Scenario.ServiceRecord, Scenario.Pdf("etat-des-services.pdf"), Actor.Candidate, LastTickOfFirstExamDay);

        dossier.FilesOf(Scenario.ServiceRecord).Should().ContainSingle().Which.ReceivedAt.Should().Be(LastTickOfFirstExamDay);
        dossier.Status.Should().Be(DossierStatus.Incomplete);
    }

    [Fact]
    [Trait("Rule", "LIFE-06")]
    [Trait("Rule", "DEAD-06")]
    public void While_incomplete_for_another_piece_the_deferrable_piece_is_refused_after_its_due_date()
    {
        var dossier = IncompleteWithoutDueDate();
        var before = dossier.ToSnapshot();

        var act = () => dossier.AddFile(Scenario.ServiceRecord, Scenario.Pdf("etat-des-services.pdf"), Actor.Candidate, FirstLateTick);

        var violation = act.Should().Throw<RuleViolationException>().Which.Violations.Should().ContainSingle().Which;
        violation.Code.Should().Be(RuleViolationCodes.PieceDueDatePassed);
        violation.RuleId.Should().Be("DEAD-06");
        violation.Message.Should().Be("La pièce « État des services » devait être transmise au plus tard le 15 juin 2023 avant minuit (heure métropolitaine).");
        dossier.ToSnapshot().Should().Be(before);
    }

    [Fact]
    [Trait("Rule", "LIFE-06")]
    [Trait("Rule", "PIECE-03")]
    [Trait("Rule", "PIECE-04")]
    public void While_incomplete_a_piece_deferrable_in_the_candidate_s_situation_can_get_a_file_though_not_named()
    {
        var session = SessionWithServiceRecordDeferredForPublicEmployees();
        var publicEmployee = Incomplete(session, new CandidateSituation(isPublicEmployee: true));
        var other = Incomplete(session, CandidateSituation.None);

        publicEmployee.AddFile(Scenario.ServiceRecord, Scenario.Pdf("etat-des-services.pdf"), Actor.Candidate, Scenario.Paris(2023, 5, 3));
        var refused = other.CheckAddFile(Scenario.ServiceRecord, Scenario.Pdf("etat-des-services.pdf"), Actor.Candidate, Scenario.Paris(2023, 5, 3));

        publicEmployee.FilesOf(Scenario.ServiceRecord).Should().HaveCount(1);
        refused.Violations.Should().ContainSingle().Which.Code.Should().Be(RuleViolationCodes.PieceNotInRegularisation);
    }

    /// <summary>A dossier under review made incomplete for the identity document, with no due date for the complements.</summary>
    private static Dossier IncompleteWithoutDueDate()
    {
        var dossier = Scenario.At(DossierStatus.UnderReview);
        dossier.RequestRegularisation(
            new RegularisationRequest([new RegularisationItem(Scenario.IdentityDocument, "La copie est illisible.")]),
            Scenario.Staff,
            RequestedAt);
        return dossier;
    }

    /// <summary>The scenario's pieces, but the état des services is required at closure unless the candidate is a public employee.</summary>
    private static ExamSession SessionWithServiceRecordDeferredForPublicEmployees() =>
        new(
            "2023-REDACTEUR-INT",
            "Concours interne de rédacteur territorial 2023",
            ExamKind.InternalCompetition,
            new Organiser("CDG53", "Centre de gestion de la Mayenne"),
            Scenario.Calendar(),
            Scenario.Pieces().Where(p => p.Code != Scenario.ServiceRecord).Append(
                new PieceRequirement(Scenario.ServiceRecord, "État des services", PieceObligation.RequiredAtClosure, deferrableWhen: SituationCondition.IsPublicEmployee)));

    /// <summary>A dossier of the session closed on 25 April (with the état des services when it is required at closure), then made incomplete for the identity document.</summary>
    private static Dossier Incomplete(ExamSession session, CandidateSituation situation)
    {
        var dossier = Dossier.PreRegister(session, DossierNumber.Parse("2023-RED-000789"), Scenario.NewCandidate(), Actor.Candidate, Scenario.Paris(2023, 4, 1), situation);
        dossier.AddFile(Scenario.RegistrationForm, Scenario.Pdf("formulaire.pdf"), Actor.Candidate, Scenario.Paris(2023, 4, 20));
        dossier.AddFile(Scenario.IdentityDocument, Scenario.Pdf("identite.pdf"), Actor.Candidate, Scenario.Paris(2023, 4, 20));
        dossier.AddFile(Scenario.Diploma, Scenario.Pdf("diplome.pdf"), Actor.Candidate, Scenario.Paris(2023, 4, 20));
        if (!situation.IsPublicEmployee)
        {
            dossier.AddFile(Scenario.ServiceRecord, Scenario.Pdf("etat-des-services-initial.pdf"), Actor.Candidate, Scenario.Paris(2023, 4, 20));
        }

        dossier.Close(Actor.Candidate, Scenario.Paris(2023, 4, 25));
        dossier.RequestRegularisation(Scenario.Regularisation(), Scenario.Staff, RequestedAt);
        return dossier;
    }
}

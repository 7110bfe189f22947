using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Dossiers.Events;
using Cdg.Inscription.Pieces;
using Cdg.Inscription.Tests.Support;
using NodaTime;

namespace Cdg.Inscription.Tests.Dossiers;

/// <summary>
/// LIFE-07: DOSSIER NON CONFORME always states its reasons; LIFE-08 and PIECE-05: DOSSIER COMPLET
/// needs every required piece; LIFE-11: a decision can be reopened, with a reason, in the history.
/// </summary>
public sealed class DecisionTests
{
    private static readonly Instant DecidedAt = Scenario.Paris(2023, 5, 2);

    public static TheoryData<string[]> MissingReasons => new(
        [],
        [""],
        ["   "],
        ["\t", " "],
        ["Condition d'ancienneté non remplie.", "  "]);

    [Theory]
    [Trait("Rule", "LIFE-07")]
    [MemberData(nameof(MissingReasons))]
    public void Non_compliance_without_a_reason_for_every_line_is_refused(string[] reasons)
    {
        var dossier = Scenario.At(DossierStatus.UnderReview);
        var before = dossier.ToSnapshot();

        var act = () => dossier.DeclareNonCompliant(reasons, Scenario.Staff, DecidedAt);

        var violation = act.Should().Throw<RuleViolationException>().Which.Violations.Should().ContainSingle().Which;
        violation.Code.Should().Be(RuleViolationCodes.NonComplianceReasonMissing);
        violation.RuleId.Should().Be("LIFE-07");
        violation.Message.Should().Contain("« DOSSIER NON CONFORME »").And.Contain("au moins un motif");
        dossier.Status.Should().Be(DossierStatus.UnderReview);
        dossier.ToSnapshot().Should().Be(before);
    }

    [Fact]
    [Trait("Rule", "LIFE-07")]
    public void Non_compliance_with_reasons_makes_the_dossier_non_compliant_and_keeps_the_reasons()
    {
        var dossier = Scenario.At(DossierStatus.UnderReview);
        string[] reasons = ["Condition d'ancienneté non remplie.", "Le diplôme ne permet pas de se présenter à ce concours."];

        dossier.DeclareNonCompliant(reasons, Scenario.Staff, DecidedAt);

        dossier.Status.Should().Be(DossierStatus.NonCompliant);
        DossierStatusLabels.Label(dossier.Status).Should().Be("DOSSIER NON CONFORME");
        dossier.NonComplianceReasons.Should().Equal(reasons);
        var declared = dossier.History.Last().Should().BeOfType<DeclaredNonCompliant>().Which;
        declared.Reasons.Should().Equal(reasons);
        declared.Actor.Should().Be(Scenario.Staff);
        declared.At.Should().Be(DecidedAt);
    }

    [Fact]
    [Trait("Rule", "LIFE-07")]
    public void An_incomplete_dossier_can_be_declared_non_compliant_which_closes_its_request()
    {
        var dossier = Scenario.At(DossierStatus.Incomplete);

        dossier.DeclareNonCompliant(["Pièce d'identité non fournie dans le délai."], Scenario.Staff, Scenario.Paris(2023, 5, 20));

        dossier.Status.Should().Be(DossierStatus.NonCompliant);
        dossier.Regularisation.Should().BeNull();
        dossier.RegularisationRequestedAt.Should().BeNull();
    }

    [Fact]
    [Trait("Rule", "LIFE-07")]
    [Trait("Rule", "LIFE-10")]
    public void The_candidate_cannot_declare_the_dossier_non_compliant()
    {
        var dossier = Scenario.At(DossierStatus.UnderReview);

        var check = dossier.CheckDeclareNonCompliant(["Motif."], Scenario.Candidate, DecidedAt);

        var violation = check.Violations.Should().ContainSingle().Which;
        violation.Code.Should().Be(RuleViolationCodes.ActorNotAllowed);
        violation.RuleId.Should().Be("LIFE-10");
        violation.Message.Should().Contain("Seuls les gestionnaires du centre de gestion");
    }

    [Fact]
    [Trait("Rule", "LIFE-08")]
    public void A_dossier_with_every_required_piece_can_be_declared_complete()
    {
        var dossier = Scenario.At(DossierStatus.UnderReview);
        dossier.AddFile(Scenario.ServiceRecord, Scenario.Pdf("etat-des-services.pdf"), Scenario.Candidate, Scenario.Paris(2023, 5, 1));

        dossier.DeclareComplete(Scenario.Staff, DecidedAt);

        dossier.Status.Should().Be(DossierStatus.Complete);
        DossierStatusLabels.Label(dossier.Status).Should().Be("DOSSIER COMPLET");
        DossierStatusLabels.Explanation(dossier.Status).Should().Contain("accusé de réception");
        var declared = dossier.History.Last().Should().BeOfType<DeclaredComplete>().Which;
        declared.Actor.Should().Be(Scenario.Staff);
        declared.At.Should().Be(DecidedAt);
    }

    [Fact]
    [Trait("Rule", "LIFE-08")]
    [Trait("Rule", "PIECE-05")]
    public void An_online_dossier_without_the_deferrable_piece_cannot_be_declared_complete()
    {
        var dossier = Scenario.At(DossierStatus.UnderReview);
        var before = dossier.ToSnapshot();

        var act = () => dossier.DeclareComplete(Scenario.Staff, DecidedAt);

        var violation = act.Should().Throw<RuleViolationException>().Which.Violations.Should().ContainSingle().Which;
        violation.Code.Should().Be(RuleViolationCodes.CompletePiecesMissing);
        violation.RuleId.Should().Be("LIFE-08");
        violation.Message.Should().Contain("ne peut pas être déclaré complet")
            .And.Contain("la pièce « État des services »")
            .And.NotContain("Curriculum vitae");
        dossier.Status.Should().Be(DossierStatus.UnderReview);
        dossier.ToSnapshot().Should().Be(before);
        dossier.ChecklistAt(DecidedAt).MissingForCompletion.Select(i => i.Code).Should().Equal(Scenario.ServiceRecord);
    }

    [Fact]
    [Trait("Rule", "LIFE-08")]
    [Trait("Rule", "PIECE-05")]
    public void A_paper_dossier_can_be_declared_complete_without_files_online()
    {
        var dossier = Scenario.PreRegistered();
        dossier.ReceivePostalDossier(new LocalDate(2023, 4, 24), Scenario.Staff, Scenario.Paris(2023, 4, 26));

        dossier.DeclareComplete(Scenario.Staff, DecidedAt);

        dossier.Files.Should().BeEmpty();
        dossier.Status.Should().Be(DossierStatus.Complete);
    }

    [Fact]
    [Trait("Rule", "LIFE-08")]
    [Trait("Rule", "LIFE-10")]
    public void The_candidate_cannot_declare_the_dossier_complete()
    {
        var dossier = Scenario.At(DossierStatus.UnderReview);
        dossier.AddFile(Scenario.ServiceRecord, Scenario.Pdf("etat-des-services.pdf"), Scenario.Candidate, Scenario.Paris(2023, 5, 1));

        var act = () => dossier.DeclareComplete(Scenario.Candidate, DecidedAt);

        act.Should().Throw<RuleViolationException>().Which.Violations.Should().ContainSingle()
            .Which.Code.Should().Be(RuleViolationCodes.ActorNotAllowed);
        dossier.Status.Should().Be(DossierStatus.UnderReview);
    }

    [Fact]
    [Trait("Rule", "LIFE-08")]
    public void An_incomplete_dossier_cannot_be_declared_complete_before_its_complements()
    {
        var dossier = Scenario.At(DossierStatus.Incomplete);

        var check = dossier.CheckDeclareComplete(Scenario.Staff, Scenario.Paris(2023, 5, 3));

        var violation = check.Violations.Should().ContainSingle().Which;
        violation.Code.Should().Be(RuleViolationCodes.StatusNotAllowed);
        violation.RuleId.Should().Be("LIFE-08");
        violation.Message.Should().Contain("« DOSSIER INCOMPLET »");
    }

    [Theory]
    [Trait("Rule", "LIFE-11")]
    [InlineData(DossierStatus.Complete)]
    [InlineData(DossierStatus.NonCompliant)]
    public void A_decision_can_be_reopened_with_a_reason_and_the_history_shows_it(DossierStatus decided)
    {
        var dossier = Scenario.At(decided);
        var at = Scenario.Paris(2023, 5, 5, 14);

        dossier.Reopen("Erreur d'instruction : pièce mal classée.", Scenario.Staff, at);

        dossier.Status.Should().Be(DossierStatus.UnderReview);
        var reopened = dossier.History.Last().Should().BeOfType<Reopened>().Which;
        reopened.Reason.Should().Be("Erreur d'instruction : pièce mal classée.");
        reopened.Actor.Should().Be(Scenario.Staff);
        reopened.At.Should().Be(at);
        reopened.Status.Should().Be(DossierStatus.UnderReview);
        dossier.DescribeHistory().Last().Should().Contain("rouvert").And.Contain("pièce mal classée");
    }

    [Fact]
    [Trait("Rule", "LIFE-11")]
    [Trait("Rule", "LIFE-07")]
    public void Reopening_a_non_compliant_dossier_withdraws_the_reasons_but_the_history_keeps_them()
    {
        var dossier = Scenario.At(DossierStatus.NonCompliant);

        dossier.Reopen("Ancienneté recalculée.", Scenario.Staff, Scenario.Paris(2023, 5, 5));

        dossier.NonComplianceReasons.Should().BeEmpty();
        dossier.History.OfType<DeclaredNonCompliant>().Should().ContainSingle()
            .Which.Reasons.Should().Equal("Condition d'ancienneté non remplie.");
    }

    [Theory]
    [Trait("Rule", "LIFE-11")]
    [InlineData("")]
    [InlineData("   ")]
    public void Reopening_without_a_reason_is_refused(string reason)
    {
        var dossier = Scenario.At(DossierStatus.Complete);
        var before = dossier.ToSnapshot();

        var act = () => dossier.Reopen(reason, Scenario.Staff, Scenario.Paris(2023, 5, 5));

        var violation = act.Should().Throw<RuleViolationException>().Which.Violations.Should().ContainSingle().Which;
        violation.Code.Should().Be(RuleViolationCodes.ReopenReasonMissing);
        violation.RuleId.Should().Be("LIFE-11");
        violation.Message.Should().Contain("réouverture").And.Contain("motivée");
        dossier.Status.Should().Be(DossierStatus.Complete);
        dossier.ToSnapshot().Should().Be(before);
    }

    [Theory]
    [Trait("Rule", "LIFE-11")]
    [InlineData(DossierStatus.AwaitingDossier)]
    [InlineData(DossierStatus.UnderReview)]
    [InlineData(DossierStatus.Incomplete)]
    [InlineData(DossierStatus.Cancelled)]
    public void Only_a_decided_dossier_can_be_reopened(DossierStatus status)
    {
        var dossier = Scenario.At(status);

        var check = dossier.CheckReopen("Motif de réouverture.", Scenario.Staff, Scenario.Paris(2023, 5, 5));

        var violation = check.Violations.Should().ContainSingle().Which;
        violation.Code.Should().Be(RuleViolationCodes.StatusNotAllowed);
        violation.RuleId.Should().Be("LIFE-11");
        violation.Message.Should().Contain(DossierStatusLabels.Label(status));
    }

    [Fact]
    [Trait("Rule", "LIFE-11")]
    [Trait("Rule", "LIFE-10")]
    public void The_candidate_cannot_reopen_a_decision()
    {
        var dossier = Scenario.At(DossierStatus.NonCompliant);

        var check = dossier.CheckReopen("Je conteste.", Scenario.Candidate, Scenario.Paris(2023, 5, 5));

        check.Violations.Should().ContainSingle().Which.Code.Should().Be(RuleViolationCodes.ActorNotAllowed);
    }
}

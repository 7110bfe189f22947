using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Dossiers.Events;
using Cdg.Inscription.Pieces;
using Cdg.Inscription.Tests.Support;
using NodaTime;

namespace Cdg.Inscription.Tests.Dossiers;

/// <summary>
/// LIFE-02: "clôturer mon inscription" sends the dossier online; LIFE-03 and DEAD-01: only before
/// midnight, metropolitan time, on the closing date; PIECE-05: with every piece required at closure.
/// </summary>
public sealed class ClosureTests
{
    [Fact]
    [Trait("Rule", "LIFE-02")]
    public void Closing_online_puts_the_dossier_under_review_with_the_channel_and_the_instant()
    {
        var dossier = Scenario.ReadyToClose();
        var at = Scenario.Paris(2023, 4, 25, 10);

        dossier.Close(Scenario.Candidate, at);

        dossier.Status.Should().Be(DossierStatus.UnderReview);
        DossierStatusLabels.Label(dossier.Status).Should().Be("EN COURS D'INSTRUCTION");
        dossier.Filing.Should().Be(FilingChannel.Online);
        dossier.FiledAt.Should().Be(at);
        dossier.ToSnapshot().Postmark.Should().BeNull();
    }

    [Fact]
    [Trait("Rule", "LIFE-02")]
    [Trait("Rule", "LIFE-11")]
    public void Closing_online_is_recorded_in_the_history_as_done_by_the_candidate()
    {
        var dossier = Scenario.ReadyToClose();
        var versionBefore = dossier.Version;
        var at = Scenario.Paris(2023, 4, 25, 10);

        dossier.Close(Scenario.Candidate, at);

        dossier.Version.Should().Be(versionBefore + 1);
        var closed = dossier.History.Last().Should().BeOfType<ClosedOnline>().Which;
        closed.Sequence.Should().Be(versionBefore + 1);
        closed.At.Should().Be(at);
        closed.Actor.Should().Be(Scenario.Candidate);
        closed.Status.Should().Be(DossierStatus.UnderReview);
    }

    [Fact]
    [Trait("Rule", "LIFE-03")]
    [Trait("Rule", "DEAD-01")]
    public void Closing_at_23_59_59_999_Paris_on_the_closing_date_is_in_time()
    {
        var dossier = Scenario.ReadyToClose();
        var lastTick = Scenario.Paris(2023, 4, 27, 23, 59, 59, 999);
        lastTick.Should().Be(Instant.FromUtc(2023, 4, 27, 22, 0) - Duration.FromMilliseconds(1));

        dossier.Close(Scenario.Candidate, lastTick);

        dossier.Status.Should().Be(DossierStatus.UnderReview);
        dossier.FiledAt.Should().Be(lastTick);
    }

    [Fact]
    [Trait("Rule", "LIFE-03")]
    [Trait("Rule", "DEAD-01")]
    public void Closing_at_midnight_Paris_at_the_end_of_the_closing_date_is_refused_and_changes_nothing()
    {
        var dossier = Scenario.ReadyToClose();
        var before = dossier.ToSnapshot();
        var historyBefore = dossier.History.ToArray();
        var firstLateTick = Scenario.Paris(2023, 4, 28, 0, 0);
        firstLateTick.Should().Be(Instant.FromUtc(2023, 4, 27, 22, 0));

        var act = () => dossier.Close(Scenario.Candidate, firstLateTick);

        var violation = act.Should().Throw<RuleViolationException>().Which.Violations.Should().ContainSingle().Which;
        violation.Code.Should().Be(RuleViolationCodes.ClosureDeadlinePassed);
        violation.RuleId.Should().Be("LIFE-03");
        violation.Message.Should().Contain("date limite est dépassée")
            .And.Contain("le 27 avril 2023 avant minuit (heure métropolitaine)")
            .And.Contain("n'a pas pu être prise en compte");
        dossier.Status.Should().Be(DossierStatus.AwaitingDossier);
        dossier.Filing.Should().BeNull();
        dossier.FiledAt.Should().BeNull();
        dossier.ToSnapshot().Should().Be(before);
        dossier.History.Should().Equal(historyBefore);
    }

    [Fact]
    [Trait("Rule", "LIFE-03")]
    public void The_check_of_a_late_closure_gives_the_refusal_without_changing_anything()
    {
        var dossier = Scenario.ReadyToClose();
        var before = dossier.ToSnapshot();

        var check = dossier.CheckClose(Scenario.Candidate, Scenario.Deadline);

        check.IsAllowed.Should().BeFalse();
        check.Violations.Should().ContainSingle().Which.Code.Should().Be(RuleViolationCodes.ClosureDeadlinePassed);
        dossier.ToSnapshot().Should().Be(before);
        var act = () => dossier.Close(Scenario.Candidate, Scenario.Deadline);
        act.Should().Throw<RuleViolationException>().Which.Violations.Should().Equal(check.Violations);
    }

    [Fact]
    [Trait("Rule", "PIECE-05")]
    public void Closing_while_pieces_required_at_closure_have_no_file_is_refused_and_names_each_one()
    {
        var dossier = Scenario.PreRegistered();
        dossier.AddFile(Scenario.RegistrationForm, Scenario.Pdf("formulaire.pdf"), Scenario.Candidate, Scenario.Paris(2023, 4, 20));
        var before = dossier.ToSnapshot();

        var act = () => dossier.Close(Scenario.Candidate, Scenario.Paris(2023, 4, 25));

        var violation = act.Should().Throw<RuleViolationException>().Which.Violations.Should().ContainSingle().Which;
        violation.Code.Should().Be(RuleViolationCodes.ClosurePiecesMissing);
        violation.RuleId.Should().Be("PIECE-05");
        violation.Message.Should().Contain("ne peut pas encore être clôturée")
            .And.Contain("« Pièce d'identité »")
            .And.Contain("« Diplôme ou titre »")
            .And.NotContain("Dossier d'inscription daté et signé")
            .And.NotContain("État des services")
            .And.NotContain("Curriculum vitae");
        dossier.Status.Should().Be(DossierStatus.AwaitingDossier);
        dossier.ToSnapshot().Should().Be(before);
    }

    [Fact]
    [Trait("Rule", "PIECE-05")]
    public void Closing_without_any_file_names_every_piece_required_at_closure()
    {
        var dossier = Scenario.PreRegistered();

        var check = dossier.CheckClose(Scenario.Candidate, Scenario.Paris(2023, 4, 25));

        check.Violations.Should().ContainSingle().Which.Message.Should()
            .Contain("« Dossier d'inscription daté et signé »")
            .And.Contain("« Pièce d'identité »")
            .And.Contain("« Diplôme ou titre »");
        dossier.ChecklistAt(Scenario.Paris(2023, 4, 25)).MissingForClosure.Select(i => i.Code)
            .Should().Equal(Scenario.RegistrationForm, Scenario.IdentityDocument, Scenario.Diploma);
    }

    [Fact]
    [Trait("Rule", "PIECE-05")]
    public void Closing_with_the_deferrable_and_the_optional_pieces_missing_is_accepted()
    {
        var dossier = Scenario.ReadyToClose();
        dossier.FilesOf(Scenario.ServiceRecord).Should().BeEmpty();
        dossier.FilesOf(Scenario.Cv).Should().BeEmpty();

        dossier.Close(Scenario.Candidate, Scenario.Paris(2023, 4, 25));

        dossier.Status.Should().Be(DossierStatus.UnderReview);
    }

    [Fact]
    [Trait("Rule", "PIECE-05")]
    [Trait("Rule", "PIECE-02")]
    public void A_piece_whose_only_file_was_removed_counts_as_missing_at_closure()
    {
        var dossier = Scenario.ReadyToClose();
        var diploma = dossier.FilesOf(Scenario.Diploma)[0].File.Id;
        dossier.RemoveFile(diploma, Scenario.Candidate, Scenario.Paris(2023, 4, 21));

        var check = dossier.CheckClose(Scenario.Candidate, Scenario.Paris(2023, 4, 25));

        var violation = check.Violations.Should().ContainSingle().Which;
        violation.Code.Should().Be(RuleViolationCodes.ClosurePiecesMissing);
        violation.Message.Should().Contain("la pièce « Diplôme ou titre »");
    }

    [Fact]
    [Trait("Rule", "LIFE-10")]
    public void Staff_cannot_close_for_the_candidate()
    {
        var dossier = Scenario.ReadyToClose();

        var act = () => dossier.Close(Scenario.Staff, Scenario.Paris(2023, 4, 25));

        var violation = act.Should().Throw<RuleViolationException>().Which.Violations.Should().ContainSingle().Which;
        violation.Code.Should().Be(RuleViolationCodes.ActorNotAllowed);
        violation.RuleId.Should().Be("LIFE-10");
        violation.Message.Should().Contain("Seul le candidat");
        dossier.Status.Should().Be(DossierStatus.AwaitingDossier);
    }

    [Fact]
    [Trait("Rule", "LIFE-02")]
    public void A_dossier_received_by_post_cannot_be_closed_online()
    {
        var dossier = Scenario.PreRegistered();
        dossier.ReceivePostalDossier(new NodaTime.LocalDate(2023, 4, 24), Scenario.Staff, Scenario.Paris(2023, 4, 25));
        var before = dossier.ToSnapshot();

        var act = () => dossier.Close(Scenario.Candidate, Scenario.Paris(2023, 4, 26));

        var violation = act.Should().Throw<RuleViolationException>().Which.Violations.Should().ContainSingle().Which;
        violation.Code.Should().Be(RuleViolationCodes.StatusNotAllowed);
        violation.RuleId.Should().Be("LIFE-02");
        violation.Message.Should().Contain("« EN COURS D'INSTRUCTION »");
        dossier.ToSnapshot().Should().Be(before);
    }
}

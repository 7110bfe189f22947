using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Dossiers.Events;
using Cdg.Inscription.Tests.Support;
using NodaTime;

namespace Cdg.Inscription.Tests.Dossiers;

/// <summary>LIFE-02 and DEAD-04: a paper dossier reaches the CDG by post, in time by its postmark ("le cachet de la poste faisant foi").</summary>
public sealed class PostalDossierTests
{
    [Fact]
    [Trait("Rule", "LIFE-02")]
    public void A_paper_dossier_received_by_post_puts_the_dossier_under_review_with_the_postmark()
    {
        var dossier = Scenario.PreRegistered();
        var postmark = new LocalDate(2023, 4, 24);
        var received = Scenario.Paris(2023, 4, 26, 9);

        dossier.ReceivePostalDossier(postmark, Scenario.Staff, received);

        dossier.Status.Should().Be(DossierStatus.UnderReview);
        dossier.Filing.Should().Be(FilingChannel.Post);
        dossier.FiledAt.Should().Be(received);
        dossier.ToSnapshot().Postmark.Should().Be(postmark);
    }

    [Fact]
    [Trait("Rule", "LIFE-02")]
    [Trait("Rule", "LIFE-11")]
    public void A_paper_dossier_is_recorded_in_the_history_with_its_postmark_and_the_staff_member()
    {
        var dossier = Scenario.PreRegistered();
        var postmark = new LocalDate(2023, 4, 24);
        var received = Scenario.Paris(2023, 4, 26, 9);

        dossier.ReceivePostalDossier(postmark, Scenario.Staff, received);

        var recorded = dossier.History.Last().Should().BeOfType<PostalDossierReceived>().Which;
        recorded.Postmark.Should().Be(postmark);
        recorded.Actor.Should().Be(Scenario.Staff);
        recorded.At.Should().Be(received);
        recorded.Status.Should().Be(DossierStatus.UnderReview);
        dossier.DescribeHistory().Last().Should().Contain("cachet de la poste du 24 avril 2023");
    }

    [Fact]
    [Trait("Rule", "LIFE-02")]
    public void A_paper_dossier_needs_no_file_online()
    {
        var dossier = Scenario.PreRegistered();
        dossier.Files.Should().BeEmpty();

        dossier.ReceivePostalDossier(new LocalDate(2023, 4, 24), Scenario.Staff, Scenario.Paris(2023, 4, 26));

        dossier.Status.Should().Be(DossierStatus.UnderReview);
    }

    [Fact]
    [Trait("Rule", "DEAD-04")]
    public void A_postmark_on_the_closing_date_is_in_time_even_when_the_dossier_arrives_days_later()
    {
        var dossier = Scenario.PreRegistered();
        var received = Scenario.Paris(2023, 5, 3, 9);

        dossier.ReceivePostalDossier(Scenario.ClosingDate, Scenario.Staff, received);

        dossier.Status.Should().Be(DossierStatus.UnderReview);
        dossier.ToSnapshot().Postmark.Should().Be(new LocalDate(2023, 4, 27));
        dossier.FiledAt.Should().Be(received);
    }

    [Fact]
    [Trait("Rule", "DEAD-04")]
    public void A_postmark_the_day_after_the_closing_date_is_refused()
    {
        var dossier = Scenario.PreRegistered();
        var before = dossier.ToSnapshot();

        var act = () => dossier.ReceivePostalDossier(new LocalDate(2023, 4, 28), Scenario.Staff, Scenario.Paris(2023, 5, 2));

        var violation = act.Should().Throw<RuleViolationException>().Which.Violations.Should().ContainSingle().Which;
        violation.Code.Should().Be(RuleViolationCodes.PostmarkLate);
        violation.RuleId.Should().Be("DEAD-04");
        violation.Message.Should().Contain("cachet de la poste (28 avril 2023)")
            .And.Contain("27 avril 2023")
            .And.Contain("hors délai");
        dossier.Status.Should().Be(DossierStatus.AwaitingDossier);
        dossier.ToSnapshot().Should().Be(before);
    }

    [Fact]
    [Trait("Rule", "DEAD-04")]
    public void A_postmark_after_the_day_of_reception_is_refused()
    {
        var dossier = Scenario.PreRegistered();
        var before = dossier.ToSnapshot();

        var act = () => dossier.ReceivePostalDossier(new LocalDate(2023, 4, 26), Scenario.Staff, Scenario.Paris(2023, 4, 25, 16));

        var violation = act.Should().Throw<RuleViolationException>().Which.Violations.Should().ContainSingle().Which;
        violation.Code.Should().Be(RuleViolationCodes.PostmarkAfterReception);
        violation.RuleId.Should().Be("DEAD-04");
        violation.Message.Should().Contain("26 avril 2023").And.Contain("25 avril 2023").And.Contain("date de réception");
        dossier.ToSnapshot().Should().Be(before);
    }

    [Fact]
    [Trait("Rule", "DEAD-04")]
    public void A_late_postmark_after_the_day_of_reception_gives_both_reasons()
    {
        var dossier = Scenario.PreRegistered();

        var check = dossier.CheckReceivePostalDossier(new LocalDate(2023, 4, 29), Scenario.Staff, Scenario.Paris(2023, 4, 28, 9));

        check.Violations.Select(v => v.Code).Should().BeEquivalentTo(
            [RuleViolationCodes.PostmarkAfterReception, RuleViolationCodes.PostmarkLate]);
        check.Violations.Should().OnlyContain(v => v.RuleId == "DEAD-04");
    }

    [Fact]
    [Trait("Rule", "DEAD-04")]
    public void The_day_of_reception_is_the_day_in_Paris()
    {
        var dossier = Scenario.PreRegistered();
        var receivedJustAfterMidnightInParis = Instant.FromUtc(2023, 4, 26, 22, 30);

        dossier.ReceivePostalDossier(new LocalDate(2023, 4, 27), Scenario.Staff, receivedJustAfterMidnightInParis);

        dossier.Status.Should().Be(DossierStatus.UnderReview);
    }

    [Fact]
    [Trait("Rule", "LIFE-10")]
    public void The_candidate_cannot_record_a_paper_dossier()
    {
        var dossier = Scenario.PreRegistered();

        var act = () => dossier.ReceivePostalDossier(new LocalDate(2023, 4, 24), Scenario.Candidate, Scenario.Paris(2023, 4, 26));

        var violation = act.Should().Throw<RuleViolationException>().Which.Violations.Should().ContainSingle().Which;
        violation.Code.Should().Be(RuleViolationCodes.ActorNotAllowed);
        violation.RuleId.Should().Be("LIFE-10");
        violation.Message.Should().Contain("Seuls les gestionnaires");
        dossier.Status.Should().Be(DossierStatus.AwaitingDossier);
    }

    [Fact]
    [Trait("Rule", "LIFE-02")]
    public void A_dossier_closed_online_cannot_also_be_received_by_post()
    {
        var dossier = Scenario.At(DossierStatus.UnderReview);

        var check = dossier.CheckReceivePostalDossier(new LocalDate(2023, 4, 24), Scenario.Staff, Scenario.Paris(2023, 4, 26));

        var violation = check.Violations.Should().ContainSingle().Which;
        violation.Code.Should().Be(RuleViolationCodes.StatusNotAllowed);
        violation.RuleId.Should().Be("LIFE-02");
        dossier.Filing.Should().Be(FilingChannel.Online);
    }
}

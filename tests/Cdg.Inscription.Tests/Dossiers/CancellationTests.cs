using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Dossiers.Events;
using Cdg.Inscription.Tests.Support;
using NodaTime;

namespace Cdg.Inscription.Tests.Dossiers;

/// <summary>LIFE-09: the candidate can cancel at any time, by e-mail or by post; staff record it.</summary>
public sealed class CancellationTests
{
    private static readonly Instant CancelledAt = Scenario.Paris(2023, 5, 3, 11);

    public static TheoryData<DossierStatus, CancellationChannel> NonTerminalStatusesAndChannels()
    {
        var data = new TheoryData<DossierStatus, CancellationChannel>();
        foreach (var status in Scenario.AllStatuses.Where(s => s != DossierStatus.Cancelled))
        {
            foreach (var channel in new[] { CancellationChannel.Email, CancellationChannel.Post })
            {
                data.Add(status, channel);
            }
        }

        return data;
    }

    [Theory]
    [Trait("Rule", "LIFE-09")]
    [MemberData(nameof(NonTerminalStatusesAndChannels))]
    public void A_cancellation_by_email_or_by_post_is_recorded_from_every_status_but_the_terminal_one(DossierStatus status, CancellationChannel channel)
    {
        var dossier = Scenario.At(status);
        dossier.Status.Should().Be(status);

        dossier.RecordCancellation(channel, Scenario.Staff, CancelledAt);

        dossier.Status.Should().Be(DossierStatus.Cancelled);
        var recorded = dossier.History.Last().Should().BeOfType<CancellationRecorded>().Which;
        recorded.Channel.Should().Be(channel);
        recorded.Actor.Should().Be(Scenario.Staff);
        recorded.At.Should().Be(CancelledAt);
        recorded.Status.Should().Be(DossierStatus.Cancelled);
    }

    [Theory]
    [Trait("Rule", "LIFE-09")]
    [Trait("Rule", "LIFE-11")]
    [InlineData(CancellationChannel.Email, "par courrier électronique")]
    [InlineData(CancellationChannel.Post, "par courrier postal")]
    public void The_history_says_in_French_how_the_candidate_asked_to_cancel(CancellationChannel channel, string wording)
    {
        var dossier = Scenario.At(DossierStatus.UnderReview);

        dossier.RecordCancellation(channel, Scenario.Staff, CancelledAt);

        dossier.DescribeHistory().Last().Should().Contain("Annulation de l'inscription").And.Contain(wording);
    }

    [Fact]
    [Trait("Rule", "LIFE-09")]
    public void A_cancellation_is_possible_even_after_the_closing_deadline()
    {
        var dossier = Scenario.PreRegistered();

        dossier.RecordCancellation(CancellationChannel.Post, Scenario.Staff, Scenario.Paris(2023, 6, 20));

        dossier.Status.Should().Be(DossierStatus.Cancelled);
    }

    [Fact]
    [Trait("Rule", "LIFE-09")]
    public void A_second_cancellation_is_refused_and_changes_nothing()
    {
        var dossier = Scenario.At(DossierStatus.Cancelled);
        var before = dossier.ToSnapshot();

        var act = () => dossier.RecordCancellation(CancellationChannel.Post, Scenario.Staff, CancelledAt);

        var violation = act.Should().Throw<RuleViolationException>().Which.Violations.Should().ContainSingle().Which;
        violation.Code.Should().Be(RuleViolationCodes.StatusNotAllowed);
        violation.RuleId.Should().Be("LIFE-09");
        violation.Message.Should().Be("Il n'est pas possible d'enregistrer l'annulation de l'inscription lorsque le dossier est au statut « INSCRIPTION ANNULÉE ».");
        dossier.ToSnapshot().Should().Be(before);
    }

    [Fact]
    [Trait("Rule", "LIFE-09")]
    [Trait("Rule", "LIFE-10")]
    public void The_candidate_asks_for_the_cancellation_but_staff_record_it()
    {
        var dossier = Scenario.At(DossierStatus.UnderReview);

        var act = () => dossier.RecordCancellation(CancellationChannel.Email, Scenario.Candidate, CancelledAt);

        var violation = act.Should().Throw<RuleViolationException>().Which.Violations.Should().ContainSingle().Which;
        violation.Code.Should().Be(RuleViolationCodes.ActorNotAllowed);
        violation.RuleId.Should().Be("LIFE-10");
        violation.Message.Should().Contain("Seuls les gestionnaires");
        dossier.Status.Should().Be(DossierStatus.UnderReview);
    }

    [Fact]
    [Trait("Rule", "LIFE-09")]
    public void Cancelling_an_incomplete_dossier_closes_its_regularisation_request()
    {
        var dossier = Scenario.At(DossierStatus.Incomplete);

        dossier.RecordCancellation(CancellationChannel.Email, Scenario.Staff, CancelledAt);

        dossier.Regularisation.Should().BeNull();
        dossier.RegularisationRequestedAt.Should().BeNull();
    }

    [Fact]
    [Trait("Rule", "LIFE-09")]
    public void A_cancelled_dossier_can_no_longer_be_closed_or_receive_files()
    {
        var dossier = Scenario.ReadyToClose();
        dossier.RecordCancellation(CancellationChannel.Email, Scenario.Staff, Scenario.Paris(2023, 4, 22));

        var close = dossier.CheckClose(Scenario.Candidate, Scenario.Paris(2023, 4, 25));
        var addFile = dossier.CheckAddFile(Scenario.Cv, Scenario.Pdf("cv.pdf"), Scenario.Candidate, Scenario.Paris(2023, 4, 25));

        close.Violations.Should().ContainSingle().Which.Code.Should().Be(RuleViolationCodes.StatusNotAllowed);
        addFile.Violations.Should().ContainSingle().Which.Code.Should().Be(RuleViolationCodes.StatusNotAllowed);
    }
}

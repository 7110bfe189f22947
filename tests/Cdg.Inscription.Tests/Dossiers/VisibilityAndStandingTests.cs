using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Sessions;
using Cdg.Inscription.Tests.Support;
using NodaTime;

namespace Cdg.Inscription.Tests.Dossiers;

/// <summary>
/// LIFE-04: when the candidate sees EN COURS D'INSTRUCTION is the organiser's setting; LIFE-03:
/// whether the registration counts at an instant.
/// </summary>
public sealed class VisibilityAndStandingTests
{
    private static readonly Instant ClosedAt = Scenario.Paris(2023, 4, 25, 10);

    [Fact]
    [Trait("Rule", "LIFE-04")]
    public void From_next_day_the_candidate_sees_the_earlier_status_until_the_end_of_the_closing_day_in_Paris()
    {
        var dossier = Scenario.ReadyToClose(Scenario.Session(UnderReviewVisibility.FromNextDay));

        dossier.Close(Scenario.Candidate, ClosedAt);

        dossier.Status.Should().Be(DossierStatus.UnderReview);
        dossier.StatusShownToCandidateAt(ClosedAt).Should().Be(DossierStatus.AwaitingDossier);
        dossier.StatusShownToCandidateAt(Scenario.Paris(2023, 4, 25, 23, 59, 59, 999)).Should().Be(DossierStatus.AwaitingDossier);
    }

    [Fact]
    [Trait("Rule", "LIFE-04")]
    public void From_next_day_the_candidate_sees_under_review_from_midnight_Paris()
    {
        var dossier = Scenario.ReadyToClose(Scenario.Session(UnderReviewVisibility.FromNextDay));
        dossier.Close(Scenario.Candidate, ClosedAt);
        var nextDay = Scenario.Paris(2023, 4, 26, 0, 0);
        nextDay.Should().Be(Instant.FromUtc(2023, 4, 25, 22, 0));

        dossier.StatusShownToCandidateAt(nextDay).Should().Be(DossierStatus.UnderReview);
        dossier.StatusShownToCandidateAt(Scenario.Paris(2023, 5, 1)).Should().Be(DossierStatus.UnderReview);
    }

    [Fact]
    [Trait("Rule", "LIFE-04")]
    [Trait("Rule", "DEAD-01")]
    public void From_next_day_the_day_of_the_closure_is_the_day_in_Paris_not_in_UTC()
    {
        var dossier = Scenario.ReadyToClose(Scenario.Session(UnderReviewVisibility.FromNextDay));
        var closedJustAfterMidnightInParis = Instant.FromUtc(2023, 4, 25, 22, 30);
        dossier.Close(Scenario.Candidate, closedJustAfterMidnightInParis);

        dossier.StatusShownToCandidateAt(Scenario.Paris(2023, 4, 26, 23)).Should().Be(DossierStatus.AwaitingDossier);
        dossier.StatusShownToCandidateAt(Scenario.Paris(2023, 4, 27, 0, 0)).Should().Be(DossierStatus.UnderReview);
    }

    [Fact]
    [Trait("Rule", "LIFE-04")]
    public void Immediately_the_candidate_sees_under_review_at_the_instant_of_the_closure()
    {
        var dossier = Scenario.ReadyToClose(Scenario.Session(UnderReviewVisibility.Immediately));

        dossier.Close(Scenario.Candidate, ClosedAt);

        dossier.StatusShownToCandidateAt(ClosedAt).Should().Be(DossierStatus.UnderReview);
        DossierStatusLabels.OnlineClosureConfirmation.Should().Be("Votre dossier est clôturé, il est en cours d'instruction.");
    }

    [Theory]
    [Trait("Rule", "LIFE-04")]
    [Trait("Rule", "LIFE-02")]
    [InlineData(UnderReviewVisibility.Immediately)]
    [InlineData(UnderReviewVisibility.FromNextDay)]
    public void A_paper_dossier_is_shown_under_review_at_once_in_both_settings(UnderReviewVisibility visibility)
    {
        var dossier = Scenario.PreRegistered(Scenario.Session(visibility));

        dossier.ReceivePostalDossier(new LocalDate(2023, 4, 24), Scenario.Staff, ClosedAt);

        dossier.StatusShownToCandidateAt(ClosedAt).Should().Be(DossierStatus.UnderReview);
    }

    [Theory]
    [Trait("Rule", "LIFE-04")]
    [InlineData(UnderReviewVisibility.Immediately)]
    [InlineData(UnderReviewVisibility.FromNextDay)]
    public void Before_closure_the_candidate_sees_the_dossier_awaited(UnderReviewVisibility visibility)
    {
        var dossier = Scenario.ReadyToClose(Scenario.Session(visibility));

        dossier.StatusShownToCandidateAt(Scenario.Paris(2023, 4, 21)).Should().Be(DossierStatus.AwaitingDossier);
    }

    [Fact]
    [Trait("Rule", "LIFE-04")]
    public void From_next_day_a_decision_taken_later_is_shown_at_once()
    {
        var dossier = Scenario.At(DossierStatus.NonCompliant, Scenario.Session(UnderReviewVisibility.FromNextDay));

        dossier.StatusShownToCandidateAt(Scenario.Paris(2023, 5, 2)).Should().Be(DossierStatus.NonCompliant);
    }

    [Fact]
    [Trait("Rule", "LIFE-03")]
    public void A_dossier_awaited_before_the_deadline_is_pending()
    {
        var dossier = Scenario.PreRegistered();

        dossier.StandingAt(Scenario.Paris(2023, 4, 20)).Should().Be(RegistrationStanding.Pending);
        dossier.StandingAt(Scenario.Paris(2023, 4, 27, 23, 59, 59, 999)).Should().Be(RegistrationStanding.Pending);
    }

    [Fact]
    [Trait("Rule", "LIFE-03")]
    [Trait("Rule", "DEAD-01")]
    public void A_dossier_still_awaited_after_the_deadline_is_not_taken_into_account_and_keeps_its_status()
    {
        var dossier = Scenario.ReadyToClose();

        dossier.StandingAt(Scenario.Deadline).Should().Be(RegistrationStanding.NotTakenIntoAccount);
        dossier.StandingAt(Scenario.Paris(2023, 5, 15)).Should().Be(RegistrationStanding.NotTakenIntoAccount);
        dossier.Status.Should().Be(DossierStatus.AwaitingDossier);
        dossier.StatusShownToCandidateAt(Scenario.Deadline).Should().Be(DossierStatus.AwaitingDossier);
        DossierStatusLabels.NotTakenIntoAccount.Should().Contain("ne sera prise en compte que si");
    }

    [Fact]
    [Trait("Rule", "LIFE-03")]
    public void A_dossier_closed_in_time_is_filed_after_the_deadline()
    {
        var dossier = Scenario.At(DossierStatus.UnderReview);

        dossier.StandingAt(Scenario.Deadline).Should().Be(RegistrationStanding.Filed);
        dossier.StandingAt(Scenario.Paris(2023, 6, 1)).Should().Be(RegistrationStanding.Filed);
    }

    [Fact]
    [Trait("Rule", "LIFE-03")]
    [Trait("Rule", "DEAD-04")]
    public void A_paper_dossier_postmarked_in_time_and_received_after_the_deadline_is_filed()
    {
        var dossier = Scenario.PreRegistered();

        dossier.ReceivePostalDossier(Scenario.ClosingDate, Scenario.Staff, Scenario.Paris(2023, 5, 2));

        dossier.StandingAt(Scenario.Paris(2023, 5, 2)).Should().Be(RegistrationStanding.Filed);
    }

    [Theory]
    [Trait("Rule", "LIFE-03")]
    [Trait("Rule", "LIFE-09")]
    [InlineData(DossierStatus.AwaitingDossier)]
    [InlineData(DossierStatus.UnderReview)]
    [InlineData(DossierStatus.Complete)]
    public void A_cancelled_registration_stands_as_cancelled(DossierStatus status)
    {
        var dossier = Scenario.At(status);

        dossier.RecordCancellation(CancellationChannel.Email, Scenario.Staff, Scenario.Paris(2023, 5, 3));

        dossier.StandingAt(Scenario.Paris(2023, 5, 3)).Should().Be(RegistrationStanding.Cancelled);
    }
}

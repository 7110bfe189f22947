using Cdg.Inscription.Dossiers;
using static Cdg.Inscription.Tests.Support.Scenario;

namespace Cdg.Inscription.Tests.Dossiers;

public sealed class DossierStatusLabelsTests
{
    public static TheoryData<DossierStatus> Statuses => new(AllStatuses);

    [Fact]
    [Trait("Rule", "LIFE-01")]
    public void A_pre_registered_dossier_reads_EN_ATTENTE_DE_VOTRE_DOSSIER()
    {
        DossierStatusLabels.Label(DossierStatus.AwaitingDossier).Should().Be("EN ATTENTE DE VOTRE DOSSIER");
    }

    [Fact]
    [Trait("Rule", "LIFE-02")]
    public void A_dossier_under_review_reads_EN_COURS_D_INSTRUCTION()
    {
        DossierStatusLabels.Label(DossierStatus.UnderReview).Should().Be("EN COURS D'INSTRUCTION");
    }

    [Fact]
    [Trait("Rule", "LIFE-05")]
    public void An_incomplete_dossier_reads_DOSSIER_INCOMPLET()
    {
        DossierStatusLabels.Label(DossierStatus.Incomplete).Should().Be("DOSSIER INCOMPLET");
    }

    [Fact]
    [Trait("Rule", "LIFE-07")]
    public void A_non_compliant_dossier_reads_DOSSIER_NON_CONFORME()
    {
        DossierStatusLabels.Label(DossierStatus.NonCompliant).Should().Be("DOSSIER NON CONFORME");
    }

    [Fact]
    [Trait("Rule", "LIFE-08")]
    public void A_complete_dossier_reads_DOSSIER_COMPLET()
    {
        DossierStatusLabels.Label(DossierStatus.Complete).Should().Be("DOSSIER COMPLET");
    }

    [Fact]
    [Trait("Rule", "LIFE-08")]
    public void The_explanation_of_DOSSIER_COMPLET_says_it_stands_as_acknowledgement_of_receipt_and_that_the_convocation_is_next()
    {
        var explanation = DossierStatusLabels.Explanation(DossierStatus.Complete);

        explanation.Should().Contain("accusé de réception");
        explanation.Should().Contain("convocation");
    }

    [Fact]
    [Trait("Rule", "LIFE-05")]
    public void The_explanation_of_DOSSIER_INCOMPLET_points_to_the_regularisation_request()
    {
        DossierStatusLabels.Explanation(DossierStatus.Incomplete).Should().Contain("demande de régularisation");
    }

    [Fact]
    [Trait("Rule", "LIFE-07")]
    public void The_explanation_of_DOSSIER_NON_CONFORME_says_a_letter_states_the_reasons()
    {
        DossierStatusLabels.Explanation(DossierStatus.NonCompliant).Should().Contain("courrier").And.Contain("raisons");
    }

    [Fact]
    [Trait("Rule", "LIFE-01")]
    public void The_explanation_of_EN_ATTENTE_DE_VOTRE_DOSSIER_says_the_dated_and_signed_dossier_is_still_to_be_sent()
    {
        DossierStatusLabels.Explanation(DossierStatus.AwaitingDossier).Should().Contain("daté et signé");
    }

    [Fact]
    [Trait("Rule", "LIFE-04")]
    public void The_confirmation_of_an_online_closure_says_the_dossier_is_closed_and_under_review()
    {
        DossierStatusLabels.OnlineClosureConfirmation.Should().Be("Votre dossier est clôturé, il est en cours d'instruction.");
    }

    [Fact]
    [Trait("Rule", "LIFE-03")]
    public void The_notice_for_a_dossier_not_sent_in_time_says_the_registration_was_not_taken_into_account()
    {
        DossierStatusLabels.NotTakenIntoAccount.Should().StartWith("Votre inscription n'a pas été clôturée avant la date limite")
            .And.Contain("le cachet de la poste faisant foi");
    }

    [Theory]
    [MemberData(nameof(Statuses))]
    public void Every_status_has_a_label_in_capitals_and_an_explanation(DossierStatus status)
    {
        var label = DossierStatusLabels.Label(status);

        label.Should().NotBeNullOrWhiteSpace();
        label.Should().Be(label.ToUpperInvariant());
        DossierStatusLabels.Explanation(status).Should().NotBeNullOrWhiteSpace().And.EndWith(".");
    }

    [Fact]
    public void Every_status_has_its_own_label_and_its_own_explanation()
    {
        AllStatuses.Select(DossierStatusLabels.Label).Should().OnlyHaveUniqueItems();
        AllStatuses.Select(DossierStatusLabels.Explanation).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void An_undefined_status_has_no_label_and_no_explanation()
    {
        var label = () => DossierStatusLabels.Label((DossierStatus)42);
        var explanation = () => DossierStatusLabels.Explanation((DossierStatus)42);

        label.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("status").WithMessage("Unknown status.*");
        explanation.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("status").WithMessage("Unknown status.*");
    }
}

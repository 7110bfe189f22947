using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Dossiers.Events;
using Cdg.Inscription.Tests.Support;
using NodaTime;

namespace Cdg.Inscription.Tests.Dossiers;

/// <summary>LIFE-01, DEAD-05, LIFE-10: the pre-registration creates the dossier, inside its own window, by the candidate.</summary>
public sealed class PreRegistrationTests
{
    private static readonly DossierNumber Number = DossierNumber.Parse("2023-RED-000123");

    [Fact]
    [Trait("Rule", "LIFE-01")]
    public void Pre_registration_creates_the_dossier_awaiting_its_dossier_under_its_number()
    {
        var at = Scenario.Paris(2023, 4, 1);

        var dossier = Dossier.PreRegister(Scenario.Session(), Number, Scenario.NewCandidate(), Scenario.Candidate, at);

        dossier.Status.Should().Be(DossierStatus.AwaitingDossier);
        DossierStatusLabels.Label(dossier.Status).Should().Be("EN ATTENTE DE VOTRE DOSSIER");
        dossier.Number.Should().Be(Number);
        dossier.Number.Value.Should().Be("2023-RED-000123");
        dossier.Candidate.Should().Be(Scenario.NewCandidate());
        dossier.Version.Should().Be(1);
        dossier.Filing.Should().BeNull();
        dossier.FiledAt.Should().BeNull();
        dossier.Files.Should().BeEmpty();
        dossier.ToSnapshot().PreRegisteredAt.Should().Be(at);
    }

    [Fact]
    [Trait("Rule", "LIFE-01")]
    [Trait("Rule", "LIFE-11")]
    public void Pre_registration_records_one_PreRegistered_event()
    {
        var at = Scenario.Paris(2023, 4, 1);

        var dossier = Dossier.PreRegister(Scenario.Session(), Number, Scenario.NewCandidate(), Scenario.Candidate, at);

        var created = dossier.History.Should().ContainSingle().Which.Should().BeOfType<PreRegistered>().Which;
        created.Sequence.Should().Be(1);
        created.At.Should().Be(at);
        created.Actor.Should().Be(Scenario.Candidate);
        created.Status.Should().Be(DossierStatus.AwaitingDossier);
        created.Number.Should().Be(Number);
        created.SessionCode.Should().Be(Scenario.Session().Code);
        created.Candidate.Should().Be(Scenario.NewCandidate());
    }

    [Theory]
    [Trait("Rule", "DEAD-05")]
    [InlineData(2023, 3, 1, 0, 0, 0, 0)]
    [InlineData(2023, 4, 1, 12, 0, 0, 0)]
    [InlineData(2023, 4, 19, 23, 59, 59, 999)]
    public void Pre_registration_inside_the_window_is_accepted(int year, int month, int day, int hour, int minute, int second, int millisecond)
    {
        var at = Scenario.Paris(year, month, day, hour, minute, second, millisecond);

        Dossier.CheckPreRegister(Scenario.Session(), Scenario.Candidate, at).IsAllowed.Should().BeTrue();
        var dossier = Dossier.PreRegister(Scenario.Session(), Number, Scenario.NewCandidate(), Scenario.Candidate, at);

        dossier.Status.Should().Be(DossierStatus.AwaitingDossier);
    }

    [Fact]
    [Trait("Rule", "DEAD-05")]
    public void Pre_registration_on_the_last_tick_of_19_April_Paris_is_accepted()
    {
        var lastTick = Instant.FromUtc(2023, 4, 19, 22, 0) - Duration.FromMilliseconds(1);
        lastTick.Should().Be(Scenario.Paris(2023, 4, 19, 23, 59, 59, 999));

        var dossier = Dossier.PreRegister(Scenario.Session(), Number, Scenario.NewCandidate(), Scenario.Candidate, lastTick);

        dossier.Status.Should().Be(DossierStatus.AwaitingDossier);
    }

    [Fact]
    [Trait("Rule", "DEAD-05")]
    public void Pre_registration_before_the_window_opens_is_refused_in_French()
    {
        var justBefore = Scenario.Paris(2023, 2, 28, 23, 59, 59, 999);

        var act = () => Dossier.PreRegister(Scenario.Session(), Number, Scenario.NewCandidate(), Scenario.Candidate, justBefore);

        var violation = act.Should().Throw<RuleViolationException>().Which.Violations.Should().ContainSingle().Which;
        violation.Code.Should().Be(RuleViolationCodes.PreRegistrationOutsideWindow);
        violation.RuleId.Should().Be("DEAD-05");
        violation.Message.Should().Contain("préinscription").And.Contain("pas encore ouverte").And.Contain("1er mars 2023");
    }

    [Fact]
    [Trait("Rule", "DEAD-05")]
    public void Pre_registration_from_the_first_tick_of_20_April_Paris_is_refused_in_French()
    {
        var firstLateTick = Scenario.Paris(2023, 4, 20, 0, 0);
        firstLateTick.Should().Be(Instant.FromUtc(2023, 4, 19, 22, 0));

        var act = () => Dossier.PreRegister(Scenario.Session(), Number, Scenario.NewCandidate(), Scenario.Candidate, firstLateTick);

        var violation = act.Should().Throw<RuleViolationException>().Which.Violations.Should().ContainSingle().Which;
        violation.Code.Should().Be(RuleViolationCodes.PreRegistrationOutsideWindow);
        violation.RuleId.Should().Be("DEAD-05");
        violation.Message.Should().Contain("préinscription est close").And.Contain("19 avril 2023").And.Contain("heure métropolitaine");
    }

    [Fact]
    [Trait("Rule", "DEAD-05")]
    public void Pre_registration_after_the_window_closes_is_refused_even_before_the_closing_date_of_filing()
    {
        var beforeFilingCloses = Scenario.Paris(2023, 4, 25);

        var check = Dossier.CheckPreRegister(Scenario.Session(), Scenario.Candidate, beforeFilingCloses);

        check.IsAllowed.Should().BeFalse();
        check.Violations.Should().ContainSingle().Which.Code.Should().Be(RuleViolationCodes.PreRegistrationOutsideWindow);
    }

    [Fact]
    [Trait("Rule", "DEAD-05")]
    public void The_check_of_a_pre_registration_gives_the_same_violations_as_the_refusal()
    {
        var late = Scenario.Paris(2023, 4, 20, 0, 0);

        var check = Dossier.CheckPreRegister(Scenario.Session(), Scenario.Candidate, late);
        var act = () => Dossier.PreRegister(Scenario.Session(), Number, Scenario.NewCandidate(), Scenario.Candidate, late);

        act.Should().Throw<RuleViolationException>().Which.Violations.Should().Equal(check.Violations);
    }

    [Fact]
    [Trait("Rule", "LIFE-10")]
    public void Staff_cannot_pre_register_a_candidate()
    {
        var inWindow = Scenario.Paris(2023, 4, 1);

        var act = () => Dossier.PreRegister(Scenario.Session(), Number, Scenario.NewCandidate(), Scenario.Staff, inWindow);

        var violation = act.Should().Throw<RuleViolationException>().Which.Violations.Should().ContainSingle().Which;
        violation.Code.Should().Be(RuleViolationCodes.ActorNotAllowed);
        violation.RuleId.Should().Be("LIFE-10");
        violation.Message.Should().Contain("Seul le candidat").And.Contain("préinscrire");
    }
}

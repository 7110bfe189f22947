using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Tests.Support;
using NodaTime;

namespace Cdg.Inscription.Tests.Dossiers.Commands;

/// <summary>
/// Which command the lifecycle allows in which status and from whom (LIFE-10), command by command:
/// an allowed command is accepted, appends one event and leads to the expected status; a command
/// in a status or from a role that forbids it is refused with <see cref="RuleViolationException"/>
/// and the same violations as its <c>Check…</c> query, and the dossier stays exactly as it was.
/// The commands and their arguments are described in <see cref="CommandCatalogue"/>.
/// </summary>
public sealed class CommandMatrixTests
{
    /// <summary>The (command, status) pairs that the lifecycle allows, for the commands whose home rule is <paramref name="rule"/>.</summary>
    public static TheoryData<string, DossierStatus> Allowed(string rule)
    {
        var data = new TheoryData<string, DossierStatus>();
        foreach (var command in CommandCatalogue.All.Where(c => c.HomeRule == rule))
        {
            foreach (var status in command.Transitions.Keys)
            {
                data.Add(command.Name, status);
            }
        }

        return data;
    }

    /// <summary>The (command, status) pairs that the lifecycle refuses, for the commands whose home rule is <paramref name="rule"/>.</summary>
    public static TheoryData<string, DossierStatus> Refused(string rule)
    {
        var data = new TheoryData<string, DossierStatus>();
        foreach (var command in CommandCatalogue.All.Where(c => c.HomeRule == rule))
        {
            foreach (var status in command.RefusedStatuses)
            {
                data.Add(command.Name, status);
            }
        }

        return data;
    }

    /// <summary>Every command that only one role may give, in each status that allows it to that role alone.</summary>
    public static TheoryData<string, DossierStatus> ReservedToOneRole()
    {
        var data = new TheoryData<string, DossierStatus>();
        foreach (var command in CommandCatalogue.All)
        {
            foreach (var status in command.Transitions.Keys.Where(s => command.AllowedRoleIn(s) is not null))
            {
                data.Add(command.Name, status);
            }
        }

        return data;
    }

    /// <summary>
    /// The commands whose home rule is <paramref name="rule"/>, in each status that allows them to
    /// both roles, by each role: the contact changes, the complements, the declared situation while awaited.
    /// </summary>
    public static TheoryData<string, DossierStatus, ActorRole> ByEachRoleWhereBothMay(string rule)
    {
        var data = new TheoryData<string, DossierStatus, ActorRole>();
        foreach (var command in CommandCatalogue.All.Where(c => c.HomeRule == rule))
        {
            foreach (var status in command.Transitions.Keys.Where(s => command.AllowedRoleIn(s) is null))
            {
                data.Add(command.Name, status, ActorRole.Candidate);
                data.Add(command.Name, status, ActorRole.Staff);
            }
        }

        return data;
    }

    [Theory]
    [Trait("Rule", "PIECE-02")]
    [MemberData(nameof(Allowed), "PIECE-02")]
    public void A_file_can_be_added_or_removed_while_awaited_under_review_or_incomplete(string command, DossierStatus status) =>
        AssertAccepted(command, status);

    [Theory]
    [Trait("Rule", "PIECE-02")]
    [MemberData(nameof(Refused), "PIECE-02")]
    public void Adding_or_removing_a_file_in_a_decided_or_cancelled_dossier_is_refused_and_changes_nothing(string command, DossierStatus status) =>
        AssertRefusedInStatus(command, status);

    [Theory]
    [Trait("Rule", "LIFE-02")]
    [MemberData(nameof(Allowed), "LIFE-02")]
    public void A_dossier_awaited_goes_under_review_when_closed_online_or_received_by_post(string command, DossierStatus status) =>
        AssertAccepted(command, status);

    [Theory]
    [Trait("Rule", "LIFE-02")]
    [MemberData(nameof(Refused), "LIFE-02")]
    public void Closing_online_or_receiving_by_post_a_dossier_that_is_no_longer_awaited_is_refused_and_changes_nothing(string command, DossierStatus status) =>
        AssertRefusedInStatus(command, status);

    [Theory]
    [Trait("Rule", "LIFE-05")]
    [MemberData(nameof(Allowed), "LIFE-05")]
    public void A_regularisation_request_makes_a_dossier_under_review_incomplete(string command, DossierStatus status) =>
        AssertAccepted(command, status);

    [Theory]
    [Trait("Rule", "LIFE-05")]
    [MemberData(nameof(Refused), "LIFE-05")]
    public void A_regularisation_request_for_a_dossier_not_under_review_is_refused_and_changes_nothing(string command, DossierStatus status) =>
        AssertRefusedInStatus(command, status);

    [Theory]
    [Trait("Rule", "LIFE-06")]
    [MemberData(nameof(Allowed), "LIFE-06")]
    public void Supplying_the_complements_puts_an_incomplete_dossier_back_under_review(string command, DossierStatus status) =>
        AssertAccepted(command, status);

    [Theory]
    [Trait("Rule", "LIFE-06")]
    [MemberData(nameof(Refused), "LIFE-06")]
    public void Supplying_complements_to_a_dossier_that_is_not_incomplete_is_refused_and_changes_nothing(string command, DossierStatus status) =>
        AssertRefusedInStatus(command, status);

    [Theory]
    [Trait("Rule", "LIFE-07")]
    [MemberData(nameof(Allowed), "LIFE-07")]
    public void A_dossier_under_review_or_incomplete_can_be_declared_non_compliant(string command, DossierStatus status) =>
        AssertAccepted(command, status);

    [Theory]
    [Trait("Rule", "LIFE-07")]
    [MemberData(nameof(Refused), "LIFE-07")]
    public void Declaring_non_compliant_a_dossier_awaited_decided_or_cancelled_is_refused_and_changes_nothing(string command, DossierStatus status) =>
        AssertRefusedInStatus(command, status);

    [Theory]
    [Trait("Rule", "LIFE-08")]
    [MemberData(nameof(Allowed), "LIFE-08")]
    public void A_dossier_under_review_can_be_declared_complete(string command, DossierStatus status) =>
        AssertAccepted(command, status);

    [Theory]
    [Trait("Rule", "LIFE-08")]
    [MemberData(nameof(Refused), "LIFE-08")]
    public void Declaring_complete_a_dossier_not_under_review_is_refused_and_changes_nothing(string command, DossierStatus status) =>
        AssertRefusedInStatus(command, status);

    [Theory]
    [Trait("Rule", "LIFE-09")]
    [MemberData(nameof(Allowed), "LIFE-09")]
    public void A_cancellation_is_recorded_in_every_status_but_cancelled(string command, DossierStatus status) =>
        AssertAccepted(command, status);

    [Theory]
    [Trait("Rule", "LIFE-09")]
    [MemberData(nameof(Refused), "LIFE-09")]
    public void Cancelling_a_cancelled_registration_again_is_refused_and_changes_nothing(string command, DossierStatus status) =>
        AssertRefusedInStatus(command, status);

    [Theory]
    [Trait("Rule", "LIFE-11")]
    [MemberData(nameof(Allowed), "LIFE-11")]
    public void A_decided_dossier_can_be_reopened_and_goes_back_under_review(string command, DossierStatus status) =>
        AssertAccepted(command, status);

    [Theory]
    [Trait("Rule", "LIFE-11")]
    [MemberData(nameof(Refused), "LIFE-11")]
    public void Reopening_a_dossier_that_is_not_decided_is_refused_and_changes_nothing(string command, DossierStatus status) =>
        AssertRefusedInStatus(command, status);

    [Theory]
    [Trait("Rule", "SPACE-01")]
    [MemberData(nameof(Allowed), "SPACE-01")]
    public void A_document_is_published_to_an_open_dossier_and_a_convocation_only_to_a_complete_one(string command, DossierStatus status) =>
        AssertAccepted(command, status);

    [Theory]
    [Trait("Rule", "SPACE-01")]
    [MemberData(nameof(Refused), "SPACE-01")]
    public void Publishing_a_convocation_to_a_dossier_that_is_not_complete_or_any_document_to_a_cancelled_one_is_refused_and_changes_nothing(string command, DossierStatus status) =>
        AssertRefusedInStatus(command, status);

    [Theory]
    [Trait("Rule", "SPACE-03")]
    [MemberData(nameof(Allowed), "SPACE-03")]
    public void A_change_of_address_is_recorded_in_every_status_even_once_the_registration_is_cancelled(string command, DossierStatus status) =>
        AssertAccepted(command, status);

    [Theory]
    [Trait("Rule", "SPACE-02")]
    [MemberData(nameof(Allowed), "SPACE-02")]
    public void A_change_of_email_address_is_recorded_in_every_status_even_once_the_registration_is_cancelled(string command, DossierStatus status) =>
        AssertAccepted(command, status);

    [Theory]
    [Trait("Rule", "PIECE-04")]
    [MemberData(nameof(Allowed), "PIECE-04")]
    public void The_declared_situation_can_be_changed_while_awaited_under_review_or_incomplete(string command, DossierStatus status) =>
        AssertAccepted(command, status);

    [Theory]
    [Trait("Rule", "PIECE-04")]
    [MemberData(nameof(Refused), "PIECE-04")]
    public void Changing_the_declared_situation_of_a_decided_or_cancelled_dossier_is_refused_and_changes_nothing(string command, DossierStatus status) =>
        AssertRefusedInStatus(command, status);

    [Theory]
    [Trait("Rule", "PIECE-04")]
    [Trait("Rule", "LIFE-10")]
    [MemberData(nameof(ByEachRoleWhereBothMay), "PIECE-04")]
    public void While_the_dossier_is_awaited_the_declared_situation_is_changed_by_the_candidate_or_by_staff(string command, DossierStatus status, ActorRole role) =>
        AssertAccepted(command, status, role == ActorRole.Staff ? CommandCatalogue.StaffMember : Actor.Candidate);

    [Theory]
    [Trait("Rule", "LIFE-06")]
    [Trait("Rule", "LIFE-10")]
    [MemberData(nameof(ByEachRoleWhereBothMay), "LIFE-06")]
    public void The_complements_are_supplied_online_by_the_candidate_or_recorded_by_staff_when_received_by_post(string command, DossierStatus status, ActorRole role) =>
        AssertAccepted(command, status, role == ActorRole.Staff ? CommandCatalogue.StaffMember : Actor.Candidate);

    [Theory]
    [Trait("Rule", "LIFE-10")]
    [MemberData(nameof(ReservedToOneRole))]
    public void A_command_given_by_a_role_that_may_not_give_it_is_refused_and_changes_nothing(string command, DossierStatus status)
    {
        var described = CommandCatalogue.Named(command);
        var dossier = Scenario.At(status);
        described.Arrange(dossier);

        AssertRefused(described, dossier, described.RefusedActorIn(status)!, described.ActorRefusalIn(status));
    }

    [Theory]
    [Trait("Rule", "LIFE-10")]
    [MemberData(nameof(ByEachRoleWhereBothMay), "SPACE-02")]
    [MemberData(nameof(ByEachRoleWhereBothMay), "SPACE-03")]
    public void A_change_of_contact_details_is_accepted_from_the_candidate_and_from_staff(string command, DossierStatus status, ActorRole role) =>
        AssertAccepted(command, status, role == ActorRole.Staff ? CommandCatalogue.StaffMember : Actor.Candidate);

    [Fact]
    [Trait("Rule", "LIFE-10")]
    public void A_role_that_may_not_act_is_told_so_alone_even_when_other_conditions_also_fail()
    {
        var close = CommandCatalogue.Named("Close");
        var dossier = Scenario.PreRegistered();
        var late = Scenario.Deadline + Duration.FromDays(1);

        close.Check(dossier, Actor.Candidate, late).Violations.Select(v => v.Code)
            .Should().BeEquivalentTo([RuleViolationCodes.ClosureDeadlinePassed, RuleViolationCodes.ClosurePiecesMissing]);
        close.Check(dossier, CommandCatalogue.StaffMember, late).Violations.Select(v => new ExpectedViolation(v.Code, v.RuleId, v.Message))
            .Should().Equal(close.ActorRefusal);
    }

    private static void AssertAccepted(string name, DossierStatus status, Actor? actor = null)
    {
        var command = CommandCatalogue.Named(name);
        var dossier = Scenario.At(status);
        command.Arrange(dossier);
        var by = actor ?? command.AllowedActorIn(status);
        var at = CommandCatalogue.When(status);
        var expected = command.Transitions[status];
        var version = dossier.Version;
        var events = dossier.History.Count;

        var check = command.Check(dossier, by, at);
        check.Violations.Should().BeEmpty("{0} is allowed in {1}", name, status);
        check.IsAllowed.Should().BeTrue();
        command.Run(dossier, by, at);

        dossier.Status.Should().Be(expected);
        dossier.Version.Should().Be(version + 1);
        dossier.History.Should().HaveCount(events + 1);
        var appended = dossier.EventsSince(version).Should().ContainSingle().Subject;
        appended.Should().BeOfType(command.EventType).And.BeSameAs(dossier.History[^1]);
        appended.Sequence.Should().Be(version + 1);
        appended.Status.Should().Be(expected);
        appended.Actor.Should().Be(by);
        appended.At.Should().Be(at);
    }

    private static void AssertRefusedInStatus(string name, DossierStatus status)
    {
        var command = CommandCatalogue.Named(name);

        AssertRefused(command, Scenario.At(status), command.AllowedActor, command.RefusalIn(status));
    }

    private static void AssertRefused(Command command, Dossier dossier, Actor actor, ExpectedViolation expected)
    {
        var at = CommandCatalogue.When(dossier.Status);
        var status = dossier.Status;
        var snapshot = dossier.ToSnapshot();
        var history = dossier.History.ToArray();
        var files = dossier.Files.ToArray();
        var version = dossier.Version;

        var check = FluentActions.Invoking(() => command.Check(dossier, actor, at)).Should().NotThrow().Subject;
        var refusal = FluentActions.Invoking(() => command.Run(dossier, actor, at))
            .Should().ThrowExactly<RuleViolationException>().Which;

        refusal.Violations.Select(v => new ExpectedViolation(v.Code, v.RuleId, v.Message)).Should().Equal(expected);
        refusal.Message.Should().Be(expected.Message);
        check.IsAllowed.Should().BeFalse();
        check.Violations.Should().Equal(refusal.Violations);

        dossier.ToSnapshot().Should().Be(snapshot);
        dossier.Status.Should().Be(status);
        dossier.Version.Should().Be(version);
        dossier.History.Should().HaveCount(history.Length).And.Equal(history);
        dossier.Files.Should().Equal(files);
    }
}

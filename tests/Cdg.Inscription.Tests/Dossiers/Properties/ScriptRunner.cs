using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Dossiers.Events;
using Cdg.Inscription.Pieces;
using Cdg.Inscription.Sessions;
using Cdg.Inscription.Tests.Support;

namespace Cdg.Inscription.Tests.Dossiers.Properties;

/// <summary>
/// Gives a script's commands to a freshly pre-registered dossier and checks, after every step, the
/// contract of a command (applied whole, already done with no effect, or refused with a
/// <see cref="RuleViolationException"/> and no effect, as its <c>Check…</c> query said), what the declared situation decides (PIECE-04,
/// PIECE-05) and the dossier's invariants; at the end, that the dossier rebuilt from its history is
/// the same.
/// </summary>
internal static class ScriptRunner
{
    private const string AtStep = "at step {0}, {1}, ";

    private const string Accepted = "accepted";

    /// <summary>Runs a script; throws an assertion failure at the first broken rule.</summary>
    /// <param name="script">The session and the commands.</param>
    /// <param name="alsoAfterEachStep">A further check of the dossier after each step, with the step's because and its arguments.</param>
    /// <returns>The dossier after the last command.</returns>
    internal static Dossier Run(CommandScript script, Action<Dossier, string, object[]>? alsoAfterEachStep = null)
    {
        var session = script.Session;
        var dossier = Dossier.PreRegister(
            session, DossierNumber.Parse("2023-RED-000123"), Scenario.NewCandidate(), Scenario.Candidate, DossierGenerators.PreRegisteredAt, script.Situation);
        dossier.Situation.Should().Be(script.Situation ?? CandidateSituation.None, "the pre-registration records the declared situation (PIECE-04)");
        DossierInvariants.AssertHold(dossier, "after the pre-registration");

        // Halfway, the dossier is rebuilt from its history: the twin must then take every later
        // command as the original does (LIFE-11).
        var halfway = script.Commands.Count / 2;
        DossierSnapshot? midway = null;
        Dossier? twin = null;
        for (var i = 0; i < script.Commands.Count; i++)
        {
            if (i == halfway)
            {
                midway = dossier.ToSnapshot();
                twin = Dossier.Rehydrate(session, dossier.History);
            }

            var command = script.Commands[i];
            var wasCancelled = dossier.Status == DossierStatus.Cancelled;
            var outcome = Step(dossier, command, i + 1);
            if (twin is not null)
            {
                Outcome(twin, command).Should().Be(outcome, AtStep + "the dossier rebuilt halfway takes the command as the original does", i + 1, command);
                twin.ToSnapshot().Should().Be(dossier.ToSnapshot(), AtStep + "the dossier rebuilt halfway stays the same as the original", i + 1, command);
            }

            DossierInvariants.AssertHold(dossier, AtStep + "the invariants hold", i + 1, command);
            alsoAfterEachStep?.Invoke(dossier, AtStep + "the invariants hold", [i + 1, command]);
            if (wasCancelled)
            {
                dossier.Status.Should().Be(DossierStatus.Cancelled, AtStep + "a cancelled dossier stays cancelled (LIFE-09)", i + 1, command);
            }
        }

        // LIFE-11: the history alone, or a snapshot and the events after it, rebuild the same dossier.
        var rebuilt = Dossier.Rehydrate(session, dossier.History);
        rebuilt.ToSnapshot().Should().Be(dossier.ToSnapshot(), "the dossier rebuilt from its history is the same (LIFE-11)");
        rebuilt.History.Should().Equal(dossier.History);
        twin?.History.Should().Equal(dossier.History);
        dossier.DescribeHistory().Should().HaveCount(dossier.History.Count).And.NotContain(line => string.IsNullOrWhiteSpace(line));
        if (midway is not null)
        {
            var resumed = Dossier.Rehydrate(session, midway, dossier.EventsSince(midway.Version));
            resumed.ToSnapshot().Should().Be(dossier.ToSnapshot(), "the dossier rebuilt from the snapshot at version {0} and the later events is the same (LIFE-11)", midway.Version);
        }

        return dossier;
    }

    /// <summary>What a command did: "accepted", or its violations.</summary>
    private static string Outcome(Dossier dossier, DossierCommand command)
    {
        try
        {
            var outcome = command.Bind(dossier).Execute();
            return outcome.IsAlreadyDone ? outcome.ToString() : Accepted;
        }
        catch (RuleViolationException e)
        {
            return string.Join(", ", e.Violations);
        }
    }

    /// <summary>Gives one command and checks its contract; returns what it did, as <see cref="Outcome"/> does.</summary>
    private static string Step(Dossier dossier, DossierCommand command, int step)
    {
        var before = dossier.ToSnapshot();
        var eventsBefore = dossier.History.Count;
        var invocation = command.Bind(dossier);

        var check = FluentActions.Invoking(invocation.Check).Should().NotThrow(AtStep + "a Check query throws nothing", step, command).Subject;
        dossier.ToSnapshot().Should().Be(before, AtStep + "a Check query changes nothing", step, command);

        Exception? thrown = null;
        CommandOutcome? outcome = null;
        try
        {
            outcome = invocation.Execute();
        }
#pragma warning disable CA1031 // Any exception is caught, to be reported as a failure unless it is the library's own.
        catch (Exception e)
#pragma warning restore CA1031
        {
            thrown = e;
        }

        var wrongRole = command.AllowedRoleIn(before.Status) is { } allowed && command.Actor.Role != allowed;
        var repeated = IsRepeat(before, command, invocation);
        if (outcome is { IsAlreadyDone: true })
        {
            repeated.Should().BeTrue(AtStep + "only a file the piece already holds, or a second closure online, is already done (PIECE-02, LIFE-02)", step, command);
            check.IsAllowed.Should().BeTrue(AtStep + "a command already done is not refused, so its Check query allows it", step, command);
            dossier.ToSnapshot().Should().Be(before, AtStep + "a command already done leaves the dossier as it was", step, command);
            dossier.History.Should().HaveCount(eventsBefore, AtStep + "a command already done appends nothing", step, command);
            return outcome.ToString();
        }

        if (thrown is null)
        {
            repeated.Should().BeFalse(AtStep + "a repeated file or closure is answered as already done, not applied again", step, command);
            check.IsAllowed.Should().BeTrue(AtStep + "the command was accepted, so its Check query allows it", step, command);
            wrongRole.Should().BeFalse(AtStep + "only the role that LIFE-10 names may give the command", step, command);
            if (before.Status == DossierStatus.Cancelled)
            {
                command.Kind.Should().BeOneOf(
                    [CommandKind.ChangeAddress, CommandKind.ChangeEmail],
                    AtStep + "a cancelled dossier accepts nothing but a change of contact details (LIFE-09, SPACE-02, SPACE-03)",
                    step,
                    command);
            }

            dossier.Version.Should().Be(before.Version + 1, AtStep + "an accepted command raises the version by one", step, command);
            dossier.History.Should().HaveCount(eventsBefore + 1, AtStep + "an accepted command appends exactly one event", step, command);
            var appended = dossier.History[^1];
            appended.Should().BeOfType(command.EventType, AtStep + "the event records what happened", step, command);
            appended.Sequence.Should().Be(before.Version + 1, AtStep + "the event follows the previous version", step, command);
            appended.At.Should().Be(command.At, AtStep + "the event records the instant", step, command);
            appended.Actor.Should().Be(command.Actor, AtStep + "the event records the actor", step, command);
            appended.Status.Should().Be(dossier.Status, AtStep + "the event records the status after it", step, command);
            DeadlineOracle.AssertAgrees(before, dossier.Session, command, appended, null, AtStep + "the command was accepted in time", step, command);
            AssertSituationAgrees(before, dossier, command, appended, null, step);
            return Accepted;
        }

        thrown.Should().BeOfType<RuleViolationException>(AtStep + "a refused command throws the library's exception and no other", step, command);
        var refusal = (RuleViolationException)thrown;
        refusal.Violations.Should().NotBeEmpty(AtStep + "a refusal says which rules were broken", step, command);
        refusal.Violations
            .Where(v => string.IsNullOrWhiteSpace(v.Code) || string.IsNullOrWhiteSpace(v.RuleId) || string.IsNullOrWhiteSpace(v.Message))
            .Should().BeEmpty(AtStep + "each violation has a code, a rule ID and a French message", step, command);
        check.IsAllowed.Should().BeFalse(AtStep + "the command was refused, so its Check query refuses it", step, command);
        check.Violations.Should().Equal(refusal.Violations, AtStep + "the Check query gives the same violations as the command", step, command);
        if (wrongRole)
        {
            refusal.Violations
                .Where(v => v.RuleId != "LIFE-10" && v.Code != RuleViolationCodes.StatusNotAllowed)
                .Should().BeEmpty(AtStep + "a command by the wrong actor is refused for that (LIFE-10), unless the status alone refuses it", step, command);
        }

        DeadlineOracle.AssertAgrees(before, dossier.Session, command, null, refusal, AtStep + "the command was refused for lateness exactly when it was late", step, command);
        AssertSituationAgrees(before, dossier, command, null, refusal, step);
        dossier.ToSnapshot().Should().Be(before, AtStep + "a refused command leaves the dossier as it was", step, command);
        dossier.History.Should().HaveCount(eventsBefore, AtStep + "a refused command appends nothing", step, command);
        return string.Join(", ", refusal.Violations);
    }

    /// <summary>
    /// Whether the command asks for what is already done: the candidate sends to a piece a content
    /// (the same SHA-256) that it holds (PIECE-02), or closes again a dossier closed online and under review (LIFE-02).
    /// </summary>
    private static bool IsRepeat(DossierSnapshot before, DossierCommand command, CommandInvocation invocation) =>
        command.Actor.Role == ActorRole.Candidate && command.Kind switch
        {
            CommandKind.AddFile => before.Files.Any(f => f.Piece == invocation.Piece && f.File.Sha256 == invocation.File!.Record.Sha256),
            CommandKind.Close => before.Status == DossierStatus.UnderReview && before.Filing == FilingChannel.Online,
            _ => false,
        };

    /// <summary>
    /// Asserts what the declared situation decides: which pieces a file may be added to and which a
    /// closure needs (PIECE-04, PIECE-05), and when a change of situation is accepted: by either role
    /// while the dossier is awaited, by staff under review or incomplete, never once it is decided or
    /// cancelled, and only for a situation that the session accepts (the diploma exemption of parents
    /// of three children is for a concours externe that does not lead to a regulated profession).
    /// </summary>
    private static void AssertSituationAgrees(DossierSnapshot before, Dossier dossier, DossierCommand command, DossierEvent? appended, RuleViolationException? refusal, int step)
    {
        var session = dossier.Session;
        switch (appended)
        {
            case FileAdded added:
                RequirementOf(session, added.File.Piece).ObligationFor(before.Situation)
                    .Should().NotBeNull(AtStep + "a file is accepted only for a piece asked of the candidate in the declared situation (PIECE-04)", step, command);
                added.File.IssuedOn.Should().Be(command.IssuedOn, AtStep + "the date of issue is recorded with the file", step, command);
                dossier.Files[^1].Should().Be(added.File, AtStep + "the dossier holds the file as the history records it, date of issue included", step, command);
                break;

            case ClosedOnline:
                session.Pieces
                    .Where(p => p.ObligationFor(before.Situation) == PieceObligation.RequiredAtClosure)
                    .Where(p => !before.Files.Any(f => f.Piece == p.Code))
                    .Should().BeEmpty(AtStep + "a closure needs a file for every piece required at closure in the declared situation (PIECE-05)", step, command);
                break;
        }

        if (command.Kind != CommandKind.ChangeSituation)
        {
            return;
        }

        var openToTheActor = before.Status == DossierStatus.AwaitingDossier
            || (before.Status is DossierStatus.UnderReview or DossierStatus.Incomplete && command.Actor.Role == ActorRole.Staff);
        var claimAccepted = !command.Situation.ClaimsParentOfThreeExemption
            || (session.Kind == ExamKind.ExternalCompetition && !session.IsRegulatedProfession);
        (appended is not null).Should().Be(openToTheActor && claimAccepted, AtStep + "a change of situation is accepted exactly when the status, the actor and the session allow it (PIECE-04, LIFE-10)", step, command);
        if (appended is SituationChanged changed)
        {
            changed.Previous.Should().Be(before.Situation, AtStep + "the history keeps the situation before the change", step, command);
            changed.Situation.Should().Be(command.Situation, AtStep + "the history records the new situation", step, command);
            dossier.Situation.Should().Be(command.Situation, AtStep + "the dossier takes the new situation", step, command);
            dossier.Files.Should().Equal(before.Files, AtStep + "a change of situation keeps every file already sent (PIECE-04)", step, command);
        }
        else if (openToTheActor && refusal is not null)
        {
            var expected = session.Kind == ExamKind.ExternalCompetition
                ? RuleViolationCodes.DiplomaExemptionRefusedForRegulatedProfession
                : RuleViolationCodes.DiplomaExemptionOnlyForExternalCompetitions;
            refusal.Violations.Select(v => v.Code).Should().Equal([expected], AtStep + "a claim that the session does not accept is refused for that alone (PIECE-04)", step, command);
        }
    }

    private static PieceRequirement RequirementOf(ExamSession session, PieceCode code) =>
        session.Pieces.Should().ContainSingle(p => p.Code == code, "a file is accepted only for a piece that the session asks for (PIECE-01)").Subject;
}

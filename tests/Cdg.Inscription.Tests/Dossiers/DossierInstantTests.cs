using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Pieces;
using Cdg.Inscription.Tests.Support;
using NodaTime;

namespace Cdg.Inscription.Tests.Dossiers;

/// <summary>
/// LIFE-11: the history is in the order things happened. A command dated before the dossier's last
/// event is a programming error of the host: it throws <see cref="ArgumentOutOfRangeException"/>
/// on <c>at</c> and changes nothing, and so does its <c>Check…</c> query. The dossier exposes the
/// instants and the postmark that its state holds.
/// </summary>
public sealed class DossierInstantTests
{
    /// <summary>When <see cref="Scenario.At"/> closes the dossier online: its last event under review.</summary>
    private static readonly Instant ClosedAt = Scenario.Paris(2023, 4, 25);

    /// <summary>The last instant before the closure: too early for any command on a dossier under review.</summary>
    private static readonly Instant JustBefore = ClosedAt - Duration.FromMilliseconds(1);

    /// <summary>Every command and every check, each given the instant it is dated.</summary>
    private static readonly Dictionary<string, Action<Dossier, Instant>> Commands = new(StringComparer.Ordinal)
    {
        ["AddFile"] = (d, at) => d.AddFile(Scenario.ServiceRecord, Scenario.Pdf("etat-des-services.pdf"), Actor.Candidate, at),
        ["CheckAddFile"] = (d, at) => d.CheckAddFile(Scenario.ServiceRecord, Scenario.Pdf("etat-des-services.pdf"), Actor.Candidate, at),
        ["RemoveFile"] = (d, at) => d.RemoveFile(d.Files[0].File.Id, Actor.Candidate, at),
        ["CheckRemoveFile"] = (d, at) => d.CheckRemoveFile(d.Files[0].File.Id, Actor.Candidate, at),
        ["Close"] = (d, at) => d.Close(Actor.Candidate, at),
        ["CheckClose"] = (d, at) => d.CheckClose(Actor.Candidate, at),
        ["ReceivePostalDossier"] = (d, at) => d.ReceivePostalDossier(Scenario.ClosingDate, Scenario.Staff, at),
        ["CheckReceivePostalDossier"] = (d, at) => d.CheckReceivePostalDossier(Scenario.ClosingDate, Scenario.Staff, at),
        ["RequestRegularisation"] = (d, at) => d.RequestRegularisation(Scenario.Regularisation(), Scenario.Staff, at),
        ["CheckRequestRegularisation"] = (d, at) => d.CheckRequestRegularisation(Scenario.Regularisation(), Scenario.Staff, at),
        ["SupplyComplements"] = (d, at) => d.SupplyComplements(Scenario.Staff, at),
        ["CheckSupplyComplements"] = (d, at) => d.CheckSupplyComplements(Scenario.Staff, at),
        ["DeclareNonCompliant"] = (d, at) => d.DeclareNonCompliant(["Condition d'ancienneté non remplie."], Scenario.Staff, at),
        ["CheckDeclareNonCompliant"] = (d, at) => d.CheckDeclareNonCompliant(["Condition d'ancienneté non remplie."], Scenario.Staff, at),
        ["DeclareComplete"] = (d, at) => d.DeclareComplete(Scenario.Staff, at),
        ["CheckDeclareComplete"] = (d, at) => d.CheckDeclareComplete(Scenario.Staff, at),
        ["RecordCancellation"] = (d, at) => d.RecordCancellation(CancellationChannel.Email, Scenario.Staff, at),
        ["CheckRecordCancellation"] = (d, at) => d.CheckRecordCancellation(CancellationChannel.Email, Scenario.Staff, at),
        ["Reopen"] = (d, at) => d.Reopen("Erreur matérielle.", Scenario.Staff, at),
        ["CheckReopen"] = (d, at) => d.CheckReopen("Erreur matérielle.", Scenario.Staff, at),
        ["PublishDocument"] = (d, at) => d.PublishDocument(DocumentKind.AccessMap, "Plan d'accès", "doc/plan-acces", Scenario.Staff, at),
        ["CheckPublishDocument"] = (d, at) => d.CheckPublishDocument(DocumentKind.AccessMap, "Plan d'accès", "doc/plan-acces", Scenario.Staff, at),
        ["ChangeAddress"] = (d, at) => d.ChangeAddress(Scenario.OtherAddress, Actor.Candidate, at),
        ["CheckChangeAddress"] = (d, at) => d.CheckChangeAddress(Scenario.OtherAddress, Actor.Candidate, at),
        ["ChangeEmail"] = (d, at) => d.ChangeEmail(EmailAddress.Parse("claire.martin@exemple.org"), Actor.Candidate, at),
        ["CheckChangeEmail"] = (d, at) => d.CheckChangeEmail(EmailAddress.Parse("claire.martin@exemple.org"), Actor.Candidate, at),
        ["ChangeSituation"] = (d, at) => d.ChangeSituation(new CandidateSituation(isPublicEmployee: true), Scenario.Staff, at),
        ["CheckChangeSituation"] = (d, at) => d.CheckChangeSituation(new CandidateSituation(isPublicEmployee: true), Scenario.Staff, at),
    };

    public static TheoryData<string> CommandNames => new(Commands.Keys);

    [Theory]
    [Trait("Rule", "LIFE-11")]
    [MemberData(nameof(CommandNames))]
    public void A_command_or_check_dated_before_the_last_event_throws_on_at_and_changes_nothing(string command)
    {
        var dossier = Scenario.At(DossierStatus.UnderReview);
        var before = dossier.ToSnapshot();
        var history = dossier.History.ToArray();

        var act = () => Commands[command](dossier, JustBefore);

        var thrown = act.Should().ThrowExactly<ArgumentOutOfRangeException>().Which;
        thrown.ParamName.Should().Be("at");
        thrown.ActualValue.Should().Be(JustBefore);
        dossier.ToSnapshot().Should().Be(before);
        dossier.History.Should().Equal(history);
        dossier.UpdatedAt.Should().Be(ClosedAt);
    }

    [Theory]
    [Trait("Rule", "LIFE-11")]
    [MemberData(nameof(CommandNames))]
    public void The_instant_of_the_last_event_is_not_too_early_for_a_command(string command)
    {
        var dossier = Scenario.At(DossierStatus.UnderReview);

        // Accepted, or refused by a rule of the lifecycle; not rejected as dated in the past.
        var thrown = Record.Exception(() => Commands[command](dossier, ClosedAt));

        (thrown is null or RuleViolationException).Should().BeTrue("{0} at the instant of the last event is not a programming error, yet threw {1}", command, thrown);
    }

    [Fact]
    [Trait("Rule", "LIFE-11")]
    public void A_command_dated_before_the_last_event_is_refused_even_when_it_would_be_refused_for_another_reason()
    {
        var dossier = Scenario.At(DossierStatus.Complete);
        var before = dossier.ToSnapshot();

        var act = () => dossier.Close(Actor.Candidate, Scenario.Paris(2023, 4, 26));

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("at");
        dossier.ToSnapshot().Should().Be(before);
    }

    [Fact]
    [Trait("Rule", "LIFE-11")]
    public void A_rehydrated_dossier_also_refuses_a_command_dated_before_its_last_event()
    {
        var session = Scenario.Session();
        var original = Scenario.At(DossierStatus.Incomplete, session);
        var fromHistory = Dossier.Rehydrate(session, original.History);
        var fromSnapshot = Dossier.Rehydrate(session, original.ToSnapshot(), []);
        var tooEarly = original.UpdatedAt - Duration.FromMilliseconds(1);

        fromHistory.UpdatedAt.Should().Be(original.UpdatedAt);
        fromSnapshot.UpdatedAt.Should().Be(original.UpdatedAt);
        FluentActions.Invoking(() => fromHistory.SupplyComplements(Scenario.Staff, tooEarly))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("at");
        FluentActions.Invoking(() => fromSnapshot.CheckSupplyComplements(Scenario.Staff, tooEarly))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("at");
    }

    [Fact]
    [Trait("Rule", "LIFE-11")]
    public void The_dossier_was_last_updated_at_the_instant_of_its_last_event()
    {
        var preRegisteredAt = Scenario.Paris(2023, 4, 1);
        var dossier = Scenario.PreRegistered();
        dossier.UpdatedAt.Should().Be(preRegisteredAt);

        var addedAt = Scenario.Paris(2023, 4, 20, 9, 30);
        dossier.AddFile(Scenario.RegistrationForm, Scenario.Pdf("formulaire.pdf"), Actor.Candidate, addedAt);
        dossier.UpdatedAt.Should().Be(addedAt);

        var movedAt = Scenario.Paris(2023, 4, 21, 18, 45);
        dossier.ChangeAddress(Scenario.OtherAddress, Actor.Candidate, movedAt);

        dossier.UpdatedAt.Should().Be(movedAt).And.Be(dossier.History[^1].At);
        dossier.ToSnapshot().UpdatedAt.Should().Be(movedAt);
        dossier.StatusSince.Should().Be(preRegisteredAt, "neither event changed the status");
    }

    [Fact]
    [Trait("Rule", "LIFE-11")]
    public void A_refused_command_does_not_move_the_instant_of_the_last_update()
    {
        var dossier = Scenario.At(DossierStatus.UnderReview);

        var act = () => dossier.DeclareComplete(Scenario.Staff, Scenario.Paris(2023, 5, 2));

        act.Should().Throw<RuleViolationException>();
        dossier.UpdatedAt.Should().Be(ClosedAt);
    }

    [Fact]
    [Trait("Rule", "LIFE-01")]
    [Trait("Rule", "LIFE-11")]
    public void The_dossier_exposes_when_it_was_pre_registered_and_when_it_entered_its_status()
    {
        var dossier = Scenario.At(DossierStatus.UnderReview);
        var addedAt = Scenario.Paris(2023, 5, 1, 8);

        dossier.AddFile(Scenario.ServiceRecord, Scenario.Pdf("etat-des-services.pdf"), Actor.Candidate, addedAt);

        dossier.PreRegisteredAt.Should().Be(Scenario.Paris(2023, 4, 1)).And.Be(dossier.ToSnapshot().PreRegisteredAt);
        dossier.StatusSince.Should().Be(ClosedAt).And.Be(dossier.ToSnapshot().StatusSince);
        dossier.UpdatedAt.Should().Be(addedAt);
    }

    [Fact]
    [Trait("Rule", "LIFE-02")]
    [Trait("Rule", "DEAD-04")]
    public void The_dossier_exposes_the_postmark_of_a_paper_dossier()
    {
        var dossier = Scenario.PreRegistered();
        var receivedAt = Scenario.Paris(2023, 4, 29, 10);
        var postmark = new LocalDate(2023, 4, 27);

        dossier.ReceivePostalDossier(postmark, Scenario.Staff, receivedAt);

        dossier.Postmark.Should().Be(postmark).And.Be(dossier.ToSnapshot().Postmark);
        dossier.StatusSince.Should().Be(receivedAt);
        dossier.UpdatedAt.Should().Be(receivedAt);
    }

    [Fact]
    [Trait("Rule", "LIFE-02")]
    [Trait("Rule", "DEAD-04")]
    public void A_dossier_closed_online_has_no_postmark()
    {
        var dossier = Scenario.At(DossierStatus.UnderReview);

        dossier.Postmark.Should().BeNull();
    }
}

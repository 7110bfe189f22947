using System.Runtime.CompilerServices;
using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Dossiers.Events;
using Cdg.Inscription.Sessions;
using Cdg.Inscription.Tests.Support;
using NodaTime;

namespace Cdg.Inscription.Tests.Dossiers;

/// <summary>
/// LIFE-11: a dossier rebuilt from what a host stored is a dossier the lifecycle could have
/// produced. <see cref="Dossier.Rehydrate(ExamSession, DossierSnapshot, IEnumerable{DossierEvent})"/>
/// refuses a stored snapshot that no sequence of events leads to, and both overloads refuse a
/// history whose events go back in time.
/// </summary>
public sealed class RehydrationConsistencyTests
{
    public static TheoryData<DossierStatus> Statuses => new(Scenario.AllStatuses);

    [Theory]
    [Trait("Rule", "LIFE-11")]
    [MemberData(nameof(Statuses))]
    public void The_snapshot_of_a_dossier_in_any_status_rehydrates_to_the_same_state(DossierStatus status)
    {
        var session = Scenario.Session();
        var snapshot = Scenario.At(status, session).ToSnapshot();

        var rebuilt = Dossier.Rehydrate(session, snapshot, []);

        rebuilt.ToSnapshot().Should().Be(snapshot);
    }

    [Fact]
    [Trait("Rule", "LIFE-11")]
    public void A_snapshot_without_a_dossier_number_is_refused()
    {
        var (session, snapshot) = Stored(DossierStatus.UnderReview);

        RehydratingFrom(session, snapshot with { Number = default }).Should().Throw<ArgumentException>().WithMessage("*: the dossier number is missing.*");
    }

    [Theory]
    [Trait("Rule", "LIFE-11")]
    [InlineData(-1)]
    [InlineData(6)]
    [InlineData(42)]
    public void A_snapshot_whose_status_is_not_a_defined_status_is_refused(int status)
    {
        var (session, snapshot) = Stored(DossierStatus.UnderReview);

        RehydratingFrom(session, snapshot with { Status = (DossierStatus)status }).Should().Throw<ArgumentException>().WithMessage("*: the status * is not defined.*");
    }

    [Fact]
    [Trait("Rule", "LIFE-05")]
    [Trait("Rule", "LIFE-11")]
    public void A_snapshot_of_an_incomplete_dossier_without_its_regularisation_request_is_refused()
    {
        var (session, snapshot) = Stored(DossierStatus.Incomplete);

        RehydratingFrom(session, snapshot with { Regularisation = null, RegularisationRequestedAt = null }).Should().Throw<ArgumentException>().WithMessage("*: the regularisation request and the status disagree.*");
        RehydratingFrom(session, snapshot with { Regularisation = null }).Should().Throw<ArgumentException>().WithMessage("*: the regularisation request and the status disagree.*");
        RehydratingFrom(session, snapshot with { RegularisationRequestedAt = null }).Should().Throw<ArgumentException>().WithMessage("*: the regularisation request and the status disagree.*");
    }

    [Fact]
    [Trait("Rule", "LIFE-05")]
    [Trait("Rule", "LIFE-11")]
    public void A_snapshot_that_holds_a_regularisation_request_in_another_status_than_incomplete_is_refused()
    {
        var (session, snapshot) = Stored(DossierStatus.UnderReview);

        var stray = snapshot with { Regularisation = Scenario.Regularisation(), RegularisationRequestedAt = Scenario.Paris(2023, 4, 26) };

        RehydratingFrom(session, stray).Should().Throw<ArgumentException>().WithMessage("*: the regularisation request and the status disagree.*");
    }

    [Fact]
    [Trait("Rule", "LIFE-02")]
    [Trait("Rule", "LIFE-11")]
    public void A_snapshot_with_a_filing_channel_but_no_filing_instant_or_the_reverse_is_refused()
    {
        var (session, filed) = Stored(DossierStatus.UnderReview);
        var (_, awaited) = Stored(DossierStatus.AwaitingDossier);

        RehydratingFrom(session, filed with { FiledAt = null }).Should().Throw<ArgumentException>().WithMessage("*: the filing channel and instant disagree.*");
        RehydratingFrom(session, filed with { Filing = null }).Should().Throw<ArgumentException>().WithMessage("*: the filing channel and instant disagree.*");
        RehydratingFrom(session, awaited with { Filing = FilingChannel.Post }).Should().Throw<ArgumentException>().WithMessage("*: the filing channel and instant disagree.*");
        RehydratingFrom(session, awaited with { FiledAt = Scenario.Paris(2023, 4, 21) }).Should().Throw<ArgumentException>().WithMessage("*: the filing channel and instant disagree.*");
    }

    [Fact]
    [Trait("Rule", "LIFE-02")]
    [Trait("Rule", "LIFE-11")]
    public void A_snapshot_whose_filing_channel_is_not_a_defined_channel_is_refused()
    {
        var (session, snapshot) = Stored(DossierStatus.UnderReview);

        RehydratingFrom(session, snapshot with { Filing = (FilingChannel)9 }).Should().Throw<ArgumentException>().WithMessage("*: the filing channel is not defined.*");
    }

    [Fact]
    [Trait("Rule", "PIECE-02")]
    [Trait("Rule", "LIFE-11")]
    public void A_snapshot_holding_a_file_without_a_piece_is_refused()
    {
        var (session, snapshot) = Stored(DossierStatus.UnderReview);
        // What a serializer that skips constructors would give back for a file stored without its piece.
        var withoutPiece = (AttachedFile)RuntimeHelpers.GetUninitializedObject(typeof(AttachedFile));
        withoutPiece.Piece.Value.Should().BeEmpty();

        RehydratingFrom(session, snapshot with { Files = [.. snapshot.Files, withoutPiece] }).Should().Throw<ArgumentException>().WithMessage("*: a file has no piece.*");
        RehydratingFrom(session, snapshot with { Files = [.. snapshot.Files, null!] }).Should().Throw<ArgumentException>().WithMessage("*: a file has no piece.*");
    }

    [Fact]
    [Trait("Rule", "LIFE-02")]
    [Trait("Rule", "LIFE-07")]
    [Trait("Rule", "LIFE-11")]
    public void A_snapshot_whose_status_disagrees_with_its_filing_reasons_postmark_or_instants_is_refused()
    {
        var (session, underReview) = Stored(DossierStatus.UnderReview);
        var (_, awaiting) = Stored(DossierStatus.AwaitingDossier);
        var (_, nonCompliant) = Stored(DossierStatus.NonCompliant);

        RehydratingFrom(session, underReview with { Filing = null, FiledAt = null }).Should().Throw<ArgumentException>().WithParameterName("snapshot").WithMessage("*: the dossier has not been filed.*");
        RehydratingFrom(session, awaiting with { Filing = FilingChannel.Online, FiledAt = awaiting.UpdatedAt }).Should().Throw<ArgumentException>().WithMessage("*: a dossier still awaited has been filed.*");
        RehydratingFrom(session, nonCompliant with { NonComplianceReasons = [] }).Should().Throw<ArgumentException>().WithMessage("*: the non-compliance reasons and the status disagree.*");
        RehydratingFrom(session, underReview with { NonComplianceReasons = ["Motif."] }).Should().Throw<ArgumentException>().WithMessage("*: the non-compliance reasons and the status disagree.*");
        RehydratingFrom(session, underReview with { Postmark = new LocalDate(2023, 4, 20) }).Should().Throw<ArgumentException>().WithMessage("*: the postmark and the filing channel disagree.*");
        RehydratingFrom(session, underReview with { UpdatedAt = underReview.StatusSince - Duration.FromSeconds(1) }).Should().Throw<ArgumentException>().WithMessage("*: the instants are out of order.*");
    }

    [Fact]
    [Trait("Rule", "LIFE-11")]
    public void A_snapshot_with_a_required_field_missing_is_refused()
    {
        var (session, snapshot) = Stored(DossierStatus.UnderReview);

        RehydratingFrom(session, snapshot with { Candidate = null! }).Should().Throw<ArgumentException>().WithMessage("*: a required field is null.*");
        RehydratingFrom(session, snapshot with { Situation = null! }).Should().Throw<ArgumentException>().WithMessage("*: a required field is null.*");
    }

    [Fact]
    [Trait("Rule", "LIFE-11")]
    public void An_inconsistent_snapshot_is_refused_even_with_later_events_that_would_make_it_consistent()
    {
        var session = Scenario.Session();
        var dossier = Scenario.At(DossierStatus.UnderReview, session);
        var snapshot = dossier.ToSnapshot() with { Status = DossierStatus.Incomplete };
        var version = dossier.Version;
        dossier.RecordCancellation(CancellationChannel.Post, Scenario.Staff, Scenario.Paris(2023, 5, 2));

        var act = () => Dossier.Rehydrate(session, snapshot, dossier.EventsSince(version));

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    [Trait("Rule", "LIFE-05")]
    [Trait("Rule", "LIFE-11")]
    public void A_stored_event_that_leaves_the_dossier_inconsistent_is_refused()
    {
        var session = Scenario.Session();
        var history = Scenario.At(DossierStatus.Incomplete, session).History;
        var requested = history[^1].Should().BeOfType<RegularisationRequested>().Subject;

        // A request recorded as if the dossier had stayed under review: a regularisation without DOSSIER INCOMPLET.
        var forged = history.Take(history.Count - 1).Append(requested with { Status = DossierStatus.UnderReview });
        var undefined = history.Take(history.Count - 1).Append(requested with { Status = (DossierStatus)42 });

        FluentActions.Invoking(() => Dossier.Rehydrate(session, forged)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => Dossier.Rehydrate(session, undefined)).Should().Throw<ArgumentException>();
    }

    [Fact]
    [Trait("Rule", "LIFE-11")]
    public void A_history_whose_next_event_is_dated_before_the_one_it_follows_is_refused()
    {
        var session = Scenario.Session();
        var history = Scenario.At(DossierStatus.Complete, session).History;
        var earlier = history[^2].At - Duration.FromMilliseconds(1);

        var backInTime = history.Take(history.Count - 1).Append(history[^1] with { At = earlier });

        FluentActions.Invoking(() => Dossier.Rehydrate(session, backInTime)).Should().Throw<ArgumentException>().WithParameterName("history");
    }

    [Fact]
    [Trait("Rule", "LIFE-11")]
    public void Events_stored_after_a_snapshot_cannot_be_dated_before_it_nor_before_each_other()
    {
        var session = Scenario.Session();
        var dossier = Scenario.At(DossierStatus.UnderReview, session);
        var snapshot = dossier.ToSnapshot();
        dossier.ChangeAddress(Scenario.OtherAddress, Actor.Candidate, Scenario.Paris(2023, 4, 26));
        dossier.ChangeEmail(null, Actor.Candidate, Scenario.Paris(2023, 4, 27));
        var later = dossier.EventsSince(snapshot.Version);

        var beforeTheSnapshot = new[] { later[0] with { At = snapshot.UpdatedAt - Duration.FromMilliseconds(1) }, later[1] };
        var beforeEachOther = new[] { later[0], later[1] with { At = later[0].At - Duration.FromMilliseconds(1) } };

        FluentActions.Invoking(() => Dossier.Rehydrate(session, snapshot, beforeTheSnapshot)).Should().Throw<ArgumentException>().WithParameterName("laterEvents");
        FluentActions.Invoking(() => Dossier.Rehydrate(session, snapshot, beforeEachOther)).Should().Throw<ArgumentException>().WithParameterName("laterEvents");
        Dossier.Rehydrate(session, snapshot, later).ToSnapshot().Should().Be(dossier.ToSnapshot());
    }

    [Fact]
    [Trait("Rule", "LIFE-11")]
    public void Events_at_the_same_instant_as_the_one_they_follow_are_in_order()
    {
        var session = Scenario.Session();
        var dossier = Scenario.ReadyToClose(session);
        dossier.History.Skip(1).Select(e => e.At).Distinct().Should().ContainSingle("the three files are added at the same instant");

        var rebuilt = Dossier.Rehydrate(session, dossier.History);

        rebuilt.ToSnapshot().Should().Be(dossier.ToSnapshot());
    }

    private static (ExamSession Session, DossierSnapshot Snapshot) Stored(DossierStatus status)
    {
        var session = Scenario.Session();
        return (session, Scenario.At(status, session).ToSnapshot());
    }

    private static Func<Dossier> RehydratingFrom(ExamSession session, DossierSnapshot snapshot) =>
        () => Dossier.Rehydrate(session, snapshot, Array.Empty<DossierEvent>());
}

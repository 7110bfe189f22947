using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Dossiers.Events;
using Cdg.Inscription.Files;
using Cdg.Inscription.Sessions;
using Cdg.Inscription.Tests.Support;
using NodaTime;
using static Cdg.Inscription.Tests.Support.Scenario;

namespace Cdg.Inscription.Tests.Dossiers;

/// <summary>
/// LIFE-11: every change to a dossier is kept in an append-only history (what happened, the
/// instant, who did it, the reasons or pieces involved), from which the dossier can be rebuilt.
/// </summary>
public class HistoryTests
{
    private const string Refused = "refused";

    [Fact]
    [Trait("Rule", "LIFE-11")]
    public void Every_accepted_command_appends_exactly_one_event_numbered_after_the_previous_version_with_its_instant_its_actor_and_the_status_after()
    {
        var dossier = PreRegistered();
        foreach (var step in Life())
        {
            var version = dossier.Version;
            var count = dossier.History.Count;

            step.Apply(dossier);

            dossier.History.Should().HaveCount(count + 1, "{0} appends one event", step.Name);
            var appended = dossier.History[^1];
            appended.Should().BeOfType(step.Event, "{0} is recorded as what happened", step.Name);
            appended.Sequence.Should().Be(version + 1, "{0} follows version {1}", step.Name, version);
            appended.At.Should().Be(step.At, "{0} is recorded with its instant", step.Name);
            appended.Actor.Should().Be(step.Actor, "{0} is recorded with who did it", step.Name);
            appended.Status.Should().Be(dossier.Status, "{0} is recorded with the status after it", step.Name);
            dossier.Version.Should().Be(version + 1, "{0} raises the version by one", step.Name);
        }
    }

    [Fact]
    [Trait("Rule", "LIFE-11")]
    public void The_version_is_the_number_of_events_in_the_history()
    {
        var dossier = PreRegistered();
        dossier.Version.Should().Be(1);
        dossier.History.Should().ContainSingle().Which.Should().BeOfType<PreRegistered>();

        var life = Life();
        foreach (var step in life)
        {
            step.Apply(dossier);
            dossier.Version.Should().Be(dossier.History.Count);
        }

        dossier.Version.Should().Be(life.Count + 1);
        dossier.History.Select(e => e.Sequence).Should().Equal(Enumerable.Range(1, life.Count + 1).Select(n => (long)n));
    }

    [Fact]
    [Trait("Rule", "LIFE-11")]
    public void A_refused_command_appends_nothing_and_leaves_the_dossier_as_it_was()
    {
        var awaiting = ReadyToClose();
        var underReview = At(DossierStatus.UnderReview);
        var cancelled = At(DossierStatus.Cancelled);
        var attempts = new (string Name, Dossier Dossier, Action<Dossier> Command)[]
        {
            ("a closure after the deadline", awaiting, d => d.Close(Actor.Candidate, Deadline)),
            ("a file added by staff", awaiting, d => d.AddFile(Cv, Pdf(), Staff, Paris(2023, 4, 21))),
            ("a file for a piece that is not requested", awaiting, d => d.AddFile(NotRequested, Pdf(), Actor.Candidate, Paris(2023, 4, 21))),
            ("the removal of an unknown file", awaiting, d => d.RemoveFile(Guid.NewGuid(), Actor.Candidate, Paris(2023, 4, 21))),
            ("a decision by the candidate", underReview, d => d.DeclareComplete(Actor.Candidate, Paris(2023, 5, 2))),
            ("a regularisation that names nothing", underReview, d => d.RequestRegularisation(new RegularisationRequest([]), Staff, Paris(2023, 5, 2))),
            ("a non-conformity without reason", underReview, d => d.DeclareNonCompliant([], Staff, Paris(2023, 5, 2))),
            ("a convocation to a dossier under review", underReview, d => d.PublishDocument(DocumentKind.Convocation, "Convocation", "doc-1", Staff, Paris(2023, 5, 2))),
            ("a convocation to a cancelled dossier", cancelled, d => d.PublishDocument(DocumentKind.Convocation, "Convocation", "doc-1", Staff, Paris(2023, 5, 3))),
            ("a second cancellation", cancelled, d => d.RecordCancellation(CancellationChannel.Post, Staff, Paris(2023, 5, 3))),
        };

        foreach (var (name, dossier, command) in attempts)
        {
            var before = dossier.ToSnapshot();
            var history = dossier.History.ToArray();

            FluentActions.Invoking(() => command(dossier)).Should().Throw<RuleViolationException>("{0} is refused", name);

            dossier.History.Should().Equal(history, "{0} appends nothing", name);
            dossier.Version.Should().Be(before.Version, "{0} leaves the version", name);
            dossier.ToSnapshot().Should().Be(before, "{0} leaves the dossier as it was", name);
        }
    }

    [Fact]
    [Trait("Rule", "LIFE-11")]
    public void Rehydrating_the_whole_history_gives_a_dossier_in_the_same_state()
    {
        var session = Session();
        var dossier = Lived(session);

        var rebuilt = Dossier.Rehydrate(session, dossier.History);

        rebuilt.ToSnapshot().Should().Be(dossier.ToSnapshot());
        rebuilt.Version.Should().Be(dossier.Version);
        rebuilt.Status.Should().Be(dossier.Status);
        rebuilt.Candidate.Should().Be(dossier.Candidate);
        rebuilt.Files.Should().Equal(dossier.Files);
        rebuilt.Documents.Should().Equal(dossier.Documents);
        rebuilt.History.Should().Equal(dossier.History);
        rebuilt.DescribeHistory().Should().Equal(dossier.DescribeHistory());
    }

    [Fact]
    [Trait("Rule", "LIFE-11")]
    public void A_dossier_rebuilt_from_its_history_takes_the_next_commands_as_the_original_does()
    {
        var session = Session();
        var life = Life();
        var original = PreRegistered(session);
        var incomplete = life.FindIndex(s => s.Event == typeof(RegularisationRequested)) + 1;
        foreach (var step in life.Take(incomplete))
        {
            step.Apply(original);
        }

        original.Status.Should().Be(DossierStatus.Incomplete);
        var rebuilt = Dossier.Rehydrate(session, original.History);

        foreach (var step in WithRefusals(life.Skip(incomplete)))
        {
            Outcome(rebuilt, step).Should().Be(Outcome(original, step), "{0} is taken the same way", step.Name);
            rebuilt.ToSnapshot().Should().Be(original.ToSnapshot(), "after {0} both dossiers are the same", step.Name);
        }

        rebuilt.History.Should().Equal(original.History);
        original.Status.Should().Be(DossierStatus.Cancelled);
    }

    [Fact]
    [Trait("Rule", "LIFE-11")]
    public void Rehydrating_a_snapshot_and_the_events_after_it_gives_a_dossier_in_the_same_state_that_takes_the_next_commands_alike()
    {
        var session = Session();
        var life = Life();
        var original = PreRegistered(session);
        var closed = life.FindIndex(s => s.Event == typeof(ClosedOnline)) + 1;
        foreach (var step in life.Take(closed))
        {
            step.Apply(original);
        }

        var snapshot = original.ToSnapshot();
        var published = life.FindIndex(s => s.Event == typeof(DocumentPublished)) + 1;
        foreach (var step in life.Skip(closed).Take(published - closed))
        {
            step.Apply(original);
        }

        var later = original.EventsSince(snapshot.Version);
        var rebuilt = Dossier.Rehydrate(session, snapshot, later);

        later.Should().HaveCount(published - closed);
        rebuilt.ToSnapshot().Should().Be(original.ToSnapshot());
        rebuilt.Version.Should().Be(original.Version);
        rebuilt.History.Should().Equal(later, "a dossier rebuilt from a snapshot holds the events after it");
        foreach (var step in WithRefusals(life.Skip(published)))
        {
            Outcome(rebuilt, step).Should().Be(Outcome(original, step), "{0} is taken the same way", step.Name);
            rebuilt.ToSnapshot().Should().Be(original.ToSnapshot(), "after {0} both dossiers are the same", step.Name);
        }

        rebuilt.EventsSince(snapshot.Version).Should().Equal(original.EventsSince(snapshot.Version));
    }

    [Fact]
    [Trait("Rule", "LIFE-11")]
    public void A_snapshot_with_no_later_events_rebuilds_the_same_dossier_with_an_empty_history()
    {
        var session = Session();
        var dossier = Lived(session);

        var rebuilt = Dossier.Rehydrate(session, dossier.ToSnapshot(), []);

        rebuilt.ToSnapshot().Should().Be(dossier.ToSnapshot());
        rebuilt.History.Should().BeEmpty();
        rebuilt.EventsSince(0).Should().BeEmpty();
    }

    [Fact]
    [Trait("Rule", "LIFE-11")]
    public void Events_since_a_version_are_exactly_the_events_after_it()
    {
        var dossier = Lived();
        var history = dossier.History.ToArray();

        for (var version = 0; version <= dossier.Version; version++)
        {
            dossier.EventsSince(version).Should().Equal(history.Skip(version), "the events after version {0}", version);
        }

        dossier.EventsSince(dossier.Version).Should().BeEmpty();

        var lastVersion = dossier.Version;
        dossier.RecordCancellation(CancellationChannel.Email, Staff, Paris(2023, 6, 2));
        dossier.EventsSince(lastVersion).Should().ContainSingle().Which.Should().BeOfType<CancellationRecorded>();
    }

    [Fact]
    [Trait("Rule", "LIFE-11")]
    public void Rehydrating_refuses_a_history_that_does_not_start_with_the_pre_registration()
    {
        var session = Session();
        var history = Lived(session).History;

        FluentActions.Invoking(() => Dossier.Rehydrate(session, history.Skip(1))).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => Dossier.Rehydrate(session, Array.Empty<DossierEvent>())).Should().Throw<ArgumentException>();
    }

    [Fact]
    [Trait("Rule", "LIFE-11")]
    public void Rehydrating_refuses_a_history_with_a_gap_in_its_numbers()
    {
        var session = Session();
        var history = Lived(session).History;

        FluentActions.Invoking(() => Dossier.Rehydrate(session, history.Where(e => e.Sequence != 3))).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => Dossier.Rehydrate(session, history.Take(history.Count - 2).Append(history[^1]))).Should().Throw<ArgumentException>();
    }

    [Fact]
    [Trait("Rule", "LIFE-11")]
    public void Rehydrating_refuses_a_history_with_a_number_given_twice()
    {
        var session = Session();
        var history = Lived(session).History;
        var duplicated = history.Take(3).Append(history[2]).Concat(history.Skip(3));
        var renumbered = history.Take(3).Append(history[3] with { Sequence = 3 });

        FluentActions.Invoking(() => Dossier.Rehydrate(session, duplicated)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => Dossier.Rehydrate(session, renumbered)).Should().Throw<ArgumentException>();
    }

    [Fact]
    [Trait("Rule", "LIFE-11")]
    public void Rehydrating_refuses_a_second_pre_registration()
    {
        var session = Session();
        var history = Lived(session).History;
        var forged = history.Take(2).Append(history[0] with { Sequence = 3 }).Concat(history.Skip(3));

        FluentActions.Invoking(() => Dossier.Rehydrate(session, forged)).Should().Throw<ArgumentException>();
    }

    [Fact]
    [Trait("Rule", "LIFE-11")]
    public void Rehydrating_refuses_the_history_or_the_snapshot_of_another_session()
    {
        var dossier = Lived();
        var another = AnotherSession();

        FluentActions.Invoking(() => Dossier.Rehydrate(another, dossier.History)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => Dossier.Rehydrate(another, dossier.ToSnapshot(), [])).Should().Throw<ArgumentException>();
    }

    [Fact]
    [Trait("Rule", "LIFE-11")]
    public void Rehydrating_a_snapshot_refuses_events_that_do_not_follow_it()
    {
        var session = Session();
        var dossier = PreRegistered(session);
        var life = Life();
        foreach (var step in life.Take(5))
        {
            step.Apply(dossier);
        }

        var snapshot = dossier.ToSnapshot();
        foreach (var step in life.Skip(5).Take(5))
        {
            step.Apply(dossier);
        }

        FluentActions.Invoking(() => Dossier.Rehydrate(session, snapshot, dossier.EventsSince(snapshot.Version + 1)))
            .Should().Throw<ArgumentException>("the first event after the snapshot is missing");
        FluentActions.Invoking(() => Dossier.Rehydrate(session, snapshot, dossier.EventsSince(snapshot.Version - 1)))
            .Should().Throw<ArgumentException>("the snapshot already holds the first event");
        FluentActions.Invoking(() => Dossier.Rehydrate(session, snapshot, dossier.History))
            .Should().Throw<ArgumentException>("the whole history does not follow a snapshot");
    }

    [Fact]
    [Trait("Rule", "LIFE-11")]
    public void The_history_reads_as_one_French_sentence_per_event()
    {
        var dossier = Lived();

        var lines = dossier.DescribeHistory();

        lines.Should().HaveCount(dossier.History.Count);
        lines.Should().OnlyContain(line => line.Length > 0 && line.EndsWith(".", StringComparison.Ordinal));
        lines[0].Should().Contain("Préinscription").And.Contain("2023-RED-000123").And.Contain("Concours interne de rédacteur territorial 2023");
        Line<FileAdded>(dossier).Should().Contain("formulaire.pdf").And.Contain("Dossier d'inscription daté et signé");
        Line<FileRemoved>(dossier).Should().Contain("mauvais-diplome.pdf").And.Contain("Diplôme ou titre");
        Line<ClosedOnline>(dossier).Should().Contain("clôturée");
        Line<RegularisationRequested>(dossier).Should().Contain("régularisation").And.Contain("Pièce d'identité").And.Contain("La copie est illisible");
        Line<DeclaredComplete>(dossier).Should().Contain("complet").And.Contain("accusé de réception");
        Line<DocumentPublished>(dossier).Should().Contain("Convocation à l'épreuve écrite");
        Line<AddressChanged>(dossier).Should().Contain("Saint-Denis").And.Contain("auparavant").And.Contain("Laval");
        Line<Reopened>(dossier).Should().Contain("rouvert").And.Contain("Erreur matérielle");
        Line<DeclaredNonCompliant>(dossier).Should().Contain("non conforme").And.Contain("Condition d'ancienneté non remplie");
    }

    [Fact]
    [Trait("Rule", "LIFE-11")]
    public void The_history_says_when_a_paper_dossier_was_received_and_when_the_registration_was_cancelled()
    {
        var dossier = PreRegistered();
        dossier.ReceivePostalDossier(ClosingDate, Staff, Paris(2023, 4, 29));
        dossier.RecordCancellation(CancellationChannel.Post, Staff, Paris(2023, 5, 2));

        var lines = dossier.DescribeHistory();

        lines.Should().HaveCount(3);
        lines[1].Should().Contain("courrier").And.Contain("27 avril 2023");
        lines[2].Should().Contain("Annulation").And.Contain("courrier postal");
    }

    [Fact]
    [Trait("Rule", "LIFE-11")]
    [Trait("Rule", "SPACE-03")]
    public void Each_event_keeps_the_details_of_what_happened()
    {
        var dossier = Lived();

        var added = dossier.History.OfType<FileAdded>().First();
        added.File.Piece.Should().Be(RegistrationForm);
        added.File.File.DisplayName.Should().Be("formulaire.pdf");
        added.File.ReceivedAt.Should().Be(added.At);

        var removed = dossier.History.OfType<FileRemoved>().Single();
        removed.Piece.Should().Be(Diploma);
        removed.DisplayName.Should().Be("mauvais-diplome.pdf");
        dossier.Files.Should().NotContain(f => f.File.Id == removed.FileId);

        dossier.History.OfType<RegularisationRequested>().Single().Request.Should().Be(Regularisation());
        dossier.History.OfType<DocumentPublished>().Single().Document.Kind.Should().Be(DocumentKind.Convocation);
        dossier.History.OfType<Reopened>().Single().Reason.Should().Be("Erreur matérielle : convocation publiée trop tôt.");
        dossier.History.OfType<DeclaredNonCompliant>().Single().Reasons.Should().Equal("Condition d'ancienneté non remplie.");
        dossier.History.OfType<EmailChanged>().Single().Email.Should().Be(EmailAddress.Parse("claire.martin@exemple.org"));

        var moved = dossier.History.OfType<AddressChanged>().Single();
        moved.Previous.Should().Be(Address);
        moved.Address.Should().Be(OtherAddress);
        moved.Actor.Should().Be(Staff);
    }

    [Fact]
    [Trait("Rule", "LIFE-11")]
    public void The_history_cannot_be_changed_through_the_list_that_the_dossier_returns()
    {
        var dossier = Lived();
        var count = dossier.History.Count;
        var stranger = dossier.History[1];

        dossier.History.Should().NotBeAssignableTo<List<DossierEvent>>();
        dossier.History.Should().NotBeAssignableTo<DossierEvent[]>();
        if (dossier.History is ICollection<DossierEvent> collection)
        {
            FluentActions.Invoking(() => collection.Add(stranger)).Should().Throw<NotSupportedException>();
            FluentActions.Invoking(() => collection.Remove(stranger)).Should().Throw<NotSupportedException>();
            FluentActions.Invoking(collection.Clear).Should().Throw<NotSupportedException>();
        }

        if (dossier.History is IList<DossierEvent> list)
        {
            FluentActions.Invoking(() => list[0] = stranger).Should().Throw<NotSupportedException>();
        }

        dossier.History.Should().HaveCount(count);
        dossier.History[0].Should().BeOfType<PreRegistered>();
    }

    [Fact]
    [Trait("Rule", "LIFE-11")]
    public void A_rehydrated_dossier_keeps_its_own_copy_of_the_history_it_was_given()
    {
        var session = Session();
        var stored = Lived(session).History.ToList();
        var count = stored.Count;

        var rebuilt = Dossier.Rehydrate(session, stored);
        stored.RemoveAt(count - 1);
        stored.Clear();

        rebuilt.History.Should().HaveCount(count);
        rebuilt.Version.Should().Be(count);
    }

    [Fact]
    [Trait("Rule", "LIFE-11")]
    public void The_recorded_events_cannot_be_changed_through_the_lists_they_hold()
    {
        var dossier = Lived();
        var decision = dossier.History.OfType<DeclaredNonCompliant>().Single();
        var request = dossier.History.OfType<RegularisationRequested>().Single().Request;

        ShouldNotBeWritable(decision.Reasons, "Motif ajouté après coup.");
        ShouldNotBeWritable(request.Items, new RegularisationItem(Diploma, "Motif ajouté après coup."));

        decision.Reasons.Should().Equal("Condition d'ancienneté non remplie.");
        request.Should().Be(Regularisation());
    }

    [Fact]
    [Trait("Rule", "LIFE-11")]
    public void The_dossier_changes_only_through_events_not_through_the_lists_it_returns()
    {
        var dossier = At(DossierStatus.NonCompliant);
        var before = dossier.ToSnapshot();
        var files = dossier.Files.ToArray();

        ShouldNotBeWritable(dossier.Files, files[1]);
        ShouldNotBeWritable(dossier.NonComplianceReasons, "Motif ajouté après coup.");
        ShouldNotBeWritable(dossier.ToSnapshot().Files, files[1]);

        dossier.Files.Should().Equal(files);
        dossier.NonComplianceReasons.Should().Equal("Condition d'ancienneté non remplie.");
        dossier.Version.Should().Be(before.Version);
    }

    /// <summary>Asserts that no element of a list can be overwritten, whatever the list is cast to.</summary>
    private static void ShouldNotBeWritable<T>(IReadOnlyList<T> items, T replacement)
    {
        items.Should().NotBeEmpty();
        items.Should().NotBeAssignableTo<T[]>();
        if (items is IList<T> writable)
        {
            FluentActions.Invoking(() => writable[0] = replacement).Should().Throw<NotSupportedException>();
        }
    }

    /// <summary>
    /// The life of an online dossier: files added and one removed, an e-mail address, a closure at
    /// the last millisecond, a regularisation and its complements, the état des services after
    /// closure, DOSSIER COMPLET, a convocation, a change of address, a reopening, DOSSIER NON
    /// CONFORME and, last, a cancellation.
    /// </summary>
    private static List<LifeStep> Life()
    {
        var form = Pdf("formulaire.pdf");
        var identity = Pdf("identite.pdf");
        var wrongDiploma = Pdf("mauvais-diplome.pdf");
        var diploma = Pdf("diplome.pdf");
        var newIdentity = Pdf("identite-lisible.pdf");
        var serviceRecord = Pdf("etat-des-services.pdf");
        var email = EmailAddress.Parse("claire.martin@exemple.org");
        return
        [
            new("the registration form", Actor.Candidate, Paris(2023, 4, 20, 10), typeof(FileAdded), (d, a, t) => d.AddFile(RegistrationForm, form, a, t)),
            new("the identity document", Actor.Candidate, Paris(2023, 4, 20, 10, 5), typeof(FileAdded), (d, a, t) => d.AddFile(IdentityDocument, identity, a, t)),
            new("the wrong diploma", Actor.Candidate, Paris(2023, 4, 20, 10, 10), typeof(FileAdded), (d, a, t) => d.AddFile(Diploma, wrongDiploma, a, t)),
            new("the removal of the wrong diploma", Actor.Candidate, Paris(2023, 4, 20, 10, 15), typeof(FileRemoved), (d, a, t) => d.RemoveFile(wrongDiploma.Id, a, t)),
            new("the diploma", Actor.Candidate, Paris(2023, 4, 20, 10, 20), typeof(FileAdded), (d, a, t) => d.AddFile(Diploma, diploma, a, t)),
            new("a new e-mail address", Actor.Candidate, Paris(2023, 4, 21), typeof(EmailChanged), (d, a, t) => d.ChangeEmail(email, a, t)),
            new("the closure at the last millisecond", Actor.Candidate, Deadline - Duration.FromMilliseconds(1), typeof(ClosedOnline), (d, a, t) => d.Close(a, t)),
            new("the regularisation request", Staff, Paris(2023, 5, 2), typeof(RegularisationRequested), (d, a, t) => d.RequestRegularisation(Regularisation(), a, t)),
            new("the readable identity document", Actor.Candidate, Paris(2023, 5, 3, 9), typeof(FileAdded), (d, a, t) => d.AddFile(IdentityDocument, newIdentity, a, t)),
            new("the complements", Actor.Candidate, Paris(2023, 5, 3, 9, 5), typeof(ComplementsSupplied), (d, a, t) => d.SupplyComplements(a, t)),
            new("the état des services after closure", Actor.Candidate, Paris(2023, 5, 10), typeof(FileAdded), (d, a, t) => d.AddFile(ServiceRecord, serviceRecord, a, t)),
            new("DOSSIER COMPLET", Staff, Paris(2023, 5, 12), typeof(DeclaredComplete), (d, a, t) => d.DeclareComplete(a, t)),
            new("the convocation", Staff, Paris(2023, 5, 20), typeof(DocumentPublished), (d, a, t) => d.PublishDocument(DocumentKind.Convocation, "Convocation à l'épreuve écrite", "convocations/2023-RED-000123.pdf", a, t)),
            new("the change of address reported to staff", Staff, Paris(2023, 5, 22), typeof(AddressChanged), (d, a, t) => d.ChangeAddress(OtherAddress, a, t)),
            new("the reopening", Staff, Paris(2023, 5, 25), typeof(Reopened), (d, a, t) => d.Reopen("Erreur matérielle : convocation publiée trop tôt.", a, t)),
            new("DOSSIER NON CONFORME", Staff, Paris(2023, 5, 26), typeof(DeclaredNonCompliant), (d, a, t) => d.DeclareNonCompliant(["Condition d'ancienneté non remplie."], a, t)),
            new("the cancellation", Staff, Paris(2023, 6, 1), typeof(CancellationRecorded), (d, a, t) => d.RecordCancellation(CancellationChannel.Email, a, t)),
        ];
    }

    /// <summary>The steps, each followed by commands that the dossier refuses whatever its status after the step.</summary>
    private static IEnumerable<LifeStep> WithRefusals(IEnumerable<LifeStep> steps)
    {
        foreach (var step in steps)
        {
            yield return step;
            yield return new("a decision by the candidate", Actor.Candidate, step.At, typeof(DeclaredComplete), (d, a, t) => d.DeclareComplete(a, t));
            yield return new("a file added by staff", Staff, step.At, typeof(FileAdded), (d, a, t) => d.AddFile(Cv, Pdf("cv.pdf"), a, t));
        }
    }

    /// <summary>A dossier that has lived the whole of <see cref="Life"/> but the cancellation.</summary>
    private static Dossier Lived(ExamSession? session = null)
    {
        var dossier = PreRegistered(session);
        foreach (var step in Life().Where(s => s.Event != typeof(CancellationRecorded)))
        {
            step.Apply(dossier);
        }

        return dossier;
    }

    private static string Outcome(Dossier dossier, LifeStep step)
    {
        try
        {
            step.Apply(dossier);
            return $"accepted as {dossier.History[^1].GetType().Name} {dossier.Version}";
        }
        catch (RuleViolationException e)
        {
            return $"{Refused}: {string.Join(", ", e.Violations)}";
        }
    }

    private static string Line<TEvent>(Dossier dossier)
        where TEvent : DossierEvent
    {
        var index = dossier.History.ToList().FindIndex(e => e is TEvent);
        index.Should().BeGreaterThanOrEqualTo(0, "the history holds a {0}", typeof(TEvent).Name);
        return dossier.DescribeHistory()[index];
    }

    private static ExamSession AnotherSession() =>
        new(
            "2023-ATTACHE-EXT",
            "Concours externe d'attaché territorial 2023",
            ExamKind.ExternalCompetition,
            new Organiser("CDG53", "Centre de gestion de la Mayenne"),
            Calendar(),
            Scenario.Pieces());

    /// <summary>One command of a scripted life: what it is, who gives it, when, and the event it appends.</summary>
    private sealed record LifeStep(string Name, Actor Actor, Instant At, Type Event, Action<Dossier, Actor, Instant> Command)
    {
        internal void Apply(Dossier dossier) => Command(dossier, Actor, At);
    }

    [Fact]
    [Trait("Rule", "LIFE-11")]
    public void Describing_an_event_without_its_session_is_a_programming_error_for_every_kind_of_event()
    {
        var dossier = At(DossierStatus.Complete);
        dossier.PublishDocument(DocumentKind.Convocation, "Convocation", "doc-1", Staff, Paris(2023, 6, 1));

        foreach (var e in dossier.History)
        {
            FluentActions.Invoking(() => e.Describe(null!)).Should().Throw<ArgumentNullException>(e.GetType().Name).WithParameterName("session");
        }
    }
}

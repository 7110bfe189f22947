using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Dossiers.Events;
using Cdg.Inscription.Tests.Support;
using NodaTime;

namespace Cdg.Inscription.Tests.Edges;

/// <summary>
/// LIFE-11: an event without its contents or its actor cannot enter a history. Its constructor
/// refuses it, and <see cref="Dossier.Rehydrate(Sessions.ExamSession, IEnumerable{DossierEvent})"/>
/// refuses one that a <c>with</c> expression or a host's reader made, naming the event's sequence.
/// </summary>
public sealed class RehydrationFaultTests
{
    private static readonly Instant At = Scenario.Paris(2023, 5, 3);

    [Fact]
    [Trait("Rule", "LIFE-11")]
    public void An_event_constructed_without_its_contents_is_refused_naming_its_sequence()
    {
        Action[] constructions =
        [
            () => _ = new DocumentPublished(7, At, Scenario.Staff, DossierStatus.Complete, null!),
            () => _ = new Reopened(7, At, Scenario.Staff, DossierStatus.UnderReview, null!),
            () => _ = new RegularisationRequested(7, At, Scenario.Staff, DossierStatus.Incomplete, null!),
            () => _ = new DeclaredNonCompliant(7, At, Scenario.Staff, DossierStatus.NonCompliant, null!),
            () => _ = new AddressChanged(7, At, Actor.Candidate, DossierStatus.Complete, Scenario.Address, null!),
            () => _ = new SituationChanged(7, At, Actor.Candidate, DossierStatus.AwaitingDossier, null!, Cdg.Inscription.Pieces.CandidateSituation.None),
            () => _ = new FileAdded(7, At, Actor.Candidate, DossierStatus.AwaitingDossier, null!),
            () => _ = new FileRemoved(7, At, Actor.Candidate, DossierStatus.AwaitingDossier, Scenario.Diploma, Guid.NewGuid(), null!),
            () => _ = new ClosedOnline(7, At, null!, DossierStatus.UnderReview),
        ];

        foreach (var construction in constructions)
        {
            construction.Should().Throw<ArgumentNullException>().WithMessage("The event numbered 7 has no *");
        }
    }

    public static TheoryData<string, string> Faults => new()
    {
        { "document", "has no document" },
        { "reason", "has no reason" },
        { "request", "has no request" },
        { "actor", "has no actor" },
        { "instant", "is dated outside *" },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    [Trait("Rule", "LIFE-11")]
    public void A_history_with_an_event_stripped_of_its_contents_is_refused_naming_its_sequence_and_the_fault(string fault, string expected)
    {
        var dossier = Scenario.At(DossierStatus.Complete);
        dossier.PublishDocument(DocumentKind.Convocation, "Convocation", "convocations/1.pdf", Scenario.Staff, At);
        dossier.Reopen("Erreur de saisie.", Scenario.Staff, At);
        dossier.RequestRegularisation(Scenario.Regularisation(), Scenario.Staff, At);
        var history = dossier.History.ToList();
        var index = fault switch
        {
            "document" => history.FindIndex(e => e is DocumentPublished),
            "request" => history.FindIndex(e => e is RegularisationRequested),
            _ => history.FindIndex(e => e is Reopened),
        };
        history[index] = (fault, history[index]) switch
        {
            ("document", DocumentPublished e) => e with { Document = null! },
            ("reason", Reopened e) => e with { Reason = null! },
            ("request", RegularisationRequested e) => e with { Request = null! },
            ("actor", var e) => e with { Actor = null! },
            (_, var e) => e with { At = Instant.MaxValue },
        };

        var act = () => Dossier.Rehydrate(dossier.Session, history);

        act.Should().Throw<ArgumentException>().WithParameterName("history").WithMessage($"The event numbered {index + 1} {expected}. *");
    }

    [Fact]
    [Trait("Rule", "LIFE-11")]
    public void A_history_with_a_postmark_beyond_the_range_is_refused_naming_its_sequence()
    {
        var dossier = Scenario.PreRegistered();
        dossier.ReceivePostalDossier(new LocalDate(2023, 4, 26), Scenario.Staff, Scenario.Paris(2023, 4, 28));
        var history = dossier.History.ToList();
        history[1] = ((PostalDossierReceived)history[1]) with { Postmark = new LocalDate(9999, 12, 31) };

        var act = () => Dossier.Rehydrate(dossier.Session, history);

        act.Should().Throw<ArgumentException>().WithMessage("The event numbered 2 has a postmark outside 0001-01-01 to 9998-12-31*");
    }

    [Fact]
    [Trait("Rule", "LIFE-11")]
    public void A_history_with_a_postmark_of_another_calendar_is_refused_naming_its_sequence()
    {
        var dossier = Scenario.PreRegistered();
        dossier.ReceivePostalDossier(new LocalDate(2023, 4, 26), Scenario.Staff, Scenario.Paris(2023, 4, 28));
        var history = dossier.History.ToList();
        history[1] = ((PostalDossierReceived)history[1]) with { Postmark = new LocalDate(2023, 4, 13, CalendarSystem.Julian) };

        var act = () => Dossier.Rehydrate(dossier.Session, history);

        act.Should().Throw<ArgumentException>().WithMessage("The event numbered 2 has a postmark of the Julian calendar*");
    }
}

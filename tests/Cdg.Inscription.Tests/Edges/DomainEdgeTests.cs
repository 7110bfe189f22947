using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Dossiers.Events;
using Cdg.Inscription.Sessions;
using Cdg.Inscription.Tests.Support;
using NodaTime;

namespace Cdg.Inscription.Tests.Edges;

/// <summary>
/// The points of the domain that a host developer trips on at the edges: a postmark long before
/// registration opened, a default due date after the first exam, the next-day visibility on a day
/// of closure and decision, the history enumerated while a command runs, a file for no piece.
/// </summary>
public sealed class DomainEdgeTests
{
    [Theory]
    [Trait("Rule", "DEAD-04")]
    [InlineData(1, 1, 1)]
    [InlineData(2023, 2, 28)]
    public void A_postmark_before_registration_opened_is_refused_and_changes_nothing(int year, int month, int day)
    {
        var dossier = Scenario.PreRegistered();
        var before = dossier.ToSnapshot();

        var act = () => dossier.ReceivePostalDossier(new LocalDate(year, month, day), Scenario.Staff, Scenario.Paris(2023, 4, 28));

        act.Should().Throw<RuleViolationException>().Which.Violations.Should().ContainSingle()
            .Which.Code.Should().Be(RuleViolationCodes.PostmarkBeforeOpening);
        dossier.ToSnapshot().Should().Be(before);
    }

    [Fact]
    [Trait("Rule", "DEAD-04")]
    public void A_postmark_on_the_day_registration_opened_is_in_time()
    {
        var dossier = Scenario.PreRegistered();

        dossier.ReceivePostalDossier(Scenario.PreRegistrationOpens, Scenario.Staff, Scenario.Paris(2023, 4, 28));

        dossier.Status.Should().Be(DossierStatus.UnderReview);
    }

    [Fact]
    [Trait("Rule", "DEAD-06")]
    public void A_default_due_date_of_deferred_pieces_after_the_first_exam_is_refused()
    {
        var act = () => new ExamSession(
            "2023-X", "Concours", ExamKind.InternalCompetition, new Organiser("CDG53", "CDG de la Mayenne"), Scenario.Calendar(), Scenario.Pieces(),
            deferredPiecesDueDate: Scenario.FirstExam.PlusDays(1));

        act.Should().Throw<ArgumentException>().WithParameterName("deferredPiecesDueDate").WithMessage("*first exam*");
    }

    [Fact]
    [Trait("Rule", "DEAD-06")]
    public void A_default_due_date_of_deferred_pieces_on_the_first_exam_is_accepted()
    {
        var session = new ExamSession(
            "2023-X", "Concours", ExamKind.InternalCompetition, new Organiser("CDG53", "CDG de la Mayenne"), Scenario.Calendar(), Scenario.Pieces(),
            deferredPiecesDueDate: Scenario.FirstExam);

        session.DeferredPiecesDueDate.Should().Be(Scenario.FirstExam);
    }

    [Fact]
    [Trait("Rule", "LIFE-04")]
    public void From_next_day_a_dossier_closed_and_declared_complete_the_same_day_is_shown_complete_at_once()
    {
        var dossier = Scenario.ReadyToClose(Scenario.Session(UnderReviewVisibility.FromNextDay));
        dossier.AddFile(Scenario.ServiceRecord, Scenario.Pdf("etat.pdf"), Actor.Candidate, Scenario.Paris(2023, 4, 25, 9));
        dossier.Close(Actor.Candidate, Scenario.Paris(2023, 4, 25, 10));
        var sameDay = Scenario.Paris(2023, 4, 25, 11);
        dossier.StatusShownToCandidateAt(sameDay).Should().Be(DossierStatus.AwaitingDossier);

        dossier.DeclareComplete(Scenario.Staff, sameDay);

        // The delay of LIFE-04 is about the closure only; a decision is the acknowledgement of receipt (LIFE-08), shown at once.
        dossier.StatusShownToCandidateAt(sameDay).Should().Be(DossierStatus.Complete);
    }

    [Fact]
    [Trait("Rule", "LIFE-11")]
    public void The_history_read_before_a_command_stays_as_it_was_and_can_be_enumerated_during_it()
    {
        var dossier = Scenario.At(DossierStatus.UnderReview);
        var history = dossier.History;
        var count = history.Count;
        var seen = new List<DossierEvent>();

        foreach (var e in history)
        {
            seen.Add(e);
            if (seen.Count == 1)
            {
                dossier.PublishDocument(DocumentKind.AccessMap, "Plan d'accès", "plans/1.pdf", Scenario.Staff, Scenario.Paris(2023, 5, 2));
            }
        }

        seen.Should().HaveCount(count);
        history.Should().HaveCount(count);
        dossier.History.Should().HaveCount(count + 1);
        FluentActions.Invoking(() => history[count]).Should().Throw<ArgumentOutOfRangeException>().WithMessage($"The history held {count} events.*");
    }

    [Fact]
    [Trait("Rule", "PIECE-01")]
    public void A_file_for_the_default_piece_code_is_refused_with_a_documented_argument_exception()
    {
        var dossier = Scenario.PreRegistered();

        var act = () => dossier.AddFile(default, Scenario.Pdf(), Actor.Candidate, Scenario.Paris(2023, 4, 20));

        act.Should().Throw<ArgumentException>().WithParameterName("piece");
    }
}

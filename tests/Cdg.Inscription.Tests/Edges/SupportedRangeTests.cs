using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Pieces;
using Cdg.Inscription.Sessions;
using Cdg.Inscription.Tests.Support;
using Cdg.Inscription.Time;
using NodaTime;

namespace Cdg.Inscription.Tests.Edges;

/// <summary>
/// The range of dates and instants the library accepts (docs/decisions/0017-input-edges.md): a date
/// or instant beyond it is refused where it comes in, and a session at the very end of the range
/// works to its last day, so that nothing overflows later.
/// </summary>
public sealed class SupportedRangeTests
{
    private static readonly LocalDate LastDate = SupportedRange.MaxDate;

    [Fact]
    [Trait("Rule", "DEAD-06")]
    public void The_range_runs_from_year_1_to_year_9998_and_its_instants_are_those_days_in_Paris()
    {
        SupportedRange.MinDate.Should().Be(new LocalDate(1, 1, 1));
        SupportedRange.MaxDate.Should().Be(new LocalDate(9998, 12, 31));
        MetropolitanTime.DateAt(SupportedRange.MinInstant).Should().Be(SupportedRange.MinDate);
        MetropolitanTime.DateAt(SupportedRange.MaxInstant).Should().Be(SupportedRange.MaxDate);
        SupportedRange.MaxInstant.Should().Be(MetropolitanTime.EndOf(SupportedRange.MaxDate) - Duration.Epsilon);
        foreach (var zone in new[] { "Pacific/Kiritimati", "Pacific/Tahiti", "Etc/GMT+12" }.Select(id => DateTimeZoneProviders.Tzdb[id]))
        {
            new Deadline(SupportedRange.MaxDate).DescribeIn(zone).Should().StartWith("le 31 décembre 9998 avant minuit", zone.Id);
            new Deadline(SupportedRange.MinDate).DescribeIn(zone).Should().StartWith("le 1er janvier 1 avant minuit", zone.Id);
        }

        SupportedRange.Contains(SupportedRange.MaxInstant + Duration.Epsilon).Should().BeFalse();
        SupportedRange.Contains(SupportedRange.MinInstant - Duration.Epsilon).Should().BeFalse();
    }

    [Theory]
    [Trait("Rule", "DEAD-06")]
    [InlineData(9999, 12, 31)]
    [InlineData(9999, 1, 1)]
    public void A_calendar_whose_first_exam_is_beyond_the_range_is_refused_at_once(int year, int month, int day)
    {
        var act = () => new RegistrationCalendar(new(9998, 1, 1), new(9998, 2, 1), new(9998, 3, 1), new(year, month, day));

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("firstExam");
    }

    [Fact]
    [Trait("Rule", "DEAD-05")]
    public void A_pre_registration_delay_of_more_than_a_year_is_refused_at_once_not_overflowed()
    {
        var act = () => new RegistrationCalendar(new(2023, 3, 1), new(2023, 4, 19), new(2023, 4, 27), new(2023, 6, 15), int.MaxValue);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("preRegistrationLeadDays");
    }

    [Fact]
    [Trait("Rule", "DEAD-05")]
    public void A_delay_of_a_year_before_the_first_closing_date_is_answered_in_French()
    {
        var act = () => new RegistrationCalendar(new(1, 1, 1), new(1, 1, 2), new(1, 1, 3), new(1, 1, 4), RegistrationCalendar.MaxPreRegistrationLeadDays);

        act.Should().Throw<RuleViolationException>().Which.Violations.Should().ContainSingle()
            .Which.Message.Should().Contain("366 jours avant la clôture des inscriptions (3 janvier 1)");
    }

    [Fact]
    [Trait("Rule", "DEAD-06")]
    public void A_session_on_the_last_supported_day_is_walked_to_complete_without_overflow()
    {
        var calendar = new RegistrationCalendar(LastDate.PlusDays(-60), LastDate.PlusDays(-20), LastDate.PlusDays(-10), LastDate);
        var session = new ExamSession(
            "9998-FAR", "Concours lointain", ExamKind.InternalCompetition, new Organiser("CDG99", "Centre de gestion"), calendar, Scenario.Pieces(), deferredPiecesDueDate: LastDate);
        var at = MetropolitanTime.StartOf(LastDate.PlusDays(-30));
        var dossier = Dossier.PreRegister(session, DossierNumber.Parse("FAR-1"), Scenario.NewCandidate(), Actor.Candidate, at);
        foreach (var piece in new[] { Scenario.RegistrationForm, Scenario.IdentityDocument, Scenario.Diploma })
        {
            dossier.AddFile(piece, Scenario.Pdf($"{piece}.pdf"), Actor.Candidate, at);
        }

        dossier.Close(Actor.Candidate, at);
        dossier.RequestRegularisation(new RegularisationRequest([new RegularisationItem(Scenario.ServiceRecord, "État des services manquant.")], LastDate), Scenario.Staff, at);
        var lastMinute = MetropolitanTime.EndOf(LastDate) - Duration.FromMinutes(1);
        dossier.AddFile(Scenario.ServiceRecord, Scenario.Pdf("etat.pdf"), Actor.Candidate, lastMinute);
        dossier.SupplyComplements(Actor.Candidate, lastMinute);
        dossier.DeclareComplete(Scenario.Staff, lastMinute);

        dossier.Status.Should().Be(DossierStatus.Complete);
        dossier.ChecklistAt(lastMinute).MissingForCompletion.Should().BeEmpty();
        dossier.DescribeHistory().Should().HaveCount(dossier.History.Count);
        session.DueDateOf(session.Pieces.Single(p => p.Code == Scenario.ServiceRecord)).Describe().Should().Be("le 31 décembre 9998 avant minuit (heure métropolitaine)");
    }

    [Fact]
    [Trait("Rule", "LIFE-05")]
    public void A_regularisation_due_beyond_the_range_is_refused_at_once()
    {
        var act = () => new RegularisationRequest([new RegularisationItem(Scenario.IdentityDocument, "Illisible.")], new LocalDate(9999, 12, 31));

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("dueDate");
    }

    [Fact]
    [Trait("Rule", "DEAD-06")]
    public void A_piece_due_beyond_the_range_is_refused_at_once()
    {
        var act = () => new PieceRequirement(Scenario.ServiceRecord, "État des services", PieceObligation.Deferrable, new LocalDate(9999, 12, 31));

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("dueDate");
    }

    [Fact]
    [Trait("Rule", "DEAD-01")]
    public void The_date_in_Paris_and_the_French_wording_of_the_last_instant_are_refused_with_a_documented_exception()
    {
        FluentActions.Invoking(() => MetropolitanTime.DateAt(Instant.MaxValue)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("instant")
            .WithMessage($"Expected an instant from {SupportedRange.MinInstant} to {SupportedRange.MaxInstant}.*");
        FluentActions.Invoking(() => FrenchDates.Format(Instant.MaxValue)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("instant");
        FluentActions.Invoking(() => MetropolitanTime.EndOf(new LocalDate(9999, 12, 31))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("date");
        MetropolitanTime.DateAt(SupportedRange.MaxInstant).Should().Be(new LocalDate(9998, 12, 31));
        FrenchDates.Format(SupportedRange.MaxInstant).Should().Be("31 décembre 9998 à 23 h 59 (heure métropolitaine)");
    }

    [Theory]
    [Trait("Rule", "LIFE-10")]
    [InlineData(DossierStatus.UnderReview)]
    [InlineData(DossierStatus.Complete)]
    public void A_command_at_the_last_instant_by_the_wrong_role_is_refused_for_the_role_first(DossierStatus status)
    {
        var dossier = Scenario.At(status);

        var check = dossier.CheckDeclareComplete(Actor.Candidate, Instant.MaxValue);

        check.Violations.Select(v => v.Code).Should().Equal(status == DossierStatus.UnderReview ? RuleViolationCodes.ActorNotAllowed : RuleViolationCodes.StatusNotAllowed);
    }

    [Fact]
    [Trait("Rule", "DEAD-01")]
    public void Every_command_at_the_last_instant_by_the_right_role_is_refused_as_out_of_range_and_changes_nothing()
    {
        var dossier = Scenario.At(DossierStatus.UnderReview);
        var before = dossier.ToSnapshot();
        var at = Instant.MaxValue;
        Action[] commands =
        [
            () => dossier.DeclareComplete(Scenario.Staff, at),
            () => dossier.DeclareNonCompliant(["Diplôme insuffisant."], Scenario.Staff, at),
            () => dossier.RequestRegularisation(Scenario.Regularisation(), Scenario.Staff, at),
            () => dossier.PublishDocument(DocumentKind.AccessMap, "Plan d'accès", "plans/1.pdf", Scenario.Staff, at),
            () => dossier.ChangeAddress(Scenario.OtherAddress, Actor.Candidate, at),
            () => dossier.ChangeEmail(null, Actor.Candidate, at),
            () => dossier.RecordCancellation(CancellationChannel.Post, Scenario.Staff, at),
            () => dossier.AddFile(Scenario.ServiceRecord, Scenario.Pdf("etat.pdf"), Actor.Candidate, at),
        ];

        foreach (var command in commands)
        {
            command.Should().Throw<RuleViolationException>().Which.Violations.Select(v => v.Code).Should().Equal(RuleViolationCodes.InstantOutOfRange);
        }

        dossier.ToSnapshot().Should().Be(before);
    }
}

using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Pieces;
using Cdg.Inscription.Tests.Support;
using Cdg.Inscription.Time;
using NodaTime;

namespace Cdg.Inscription.Tests.Edges;

/// <summary>
/// The registration calendars of the CDG are in the ISO calendar: a date of another calendar system
/// is refused where it comes in, with a message that names its calendar, and is never stored
/// (docs/decisions/0017-input-edges.md).
/// </summary>
public sealed class CalendarSystemTests
{
    public static TheoryData<string> OtherCalendars()
    {
        var data = new TheoryData<string>();
        foreach (var id in CalendarSystem.Ids.Where(id => id != CalendarSystem.Iso.Id))
        {
            data.Add(id);
        }

        return data;
    }

    private static LocalDate In(string calendarId) => new LocalDate(2023, 4, 27).WithCalendar(CalendarSystem.ForId(calendarId));

    [Theory]
    [MemberData(nameof(OtherCalendars))]
    [Trait("Rule", "DEAD-01")]
    public void A_registration_calendar_with_a_date_of_another_calendar_is_refused_naming_it(string calendarId)
    {
        var act = () => new RegistrationCalendar(Scenario.PreRegistrationOpens, Scenario.PreRegistrationCloses, In(calendarId), Scenario.FirstExam);

        act.Should().Throw<ArgumentException>().WithParameterName("filingCloses").WithMessage($"*{calendarId}*");
    }

    [Theory]
    [MemberData(nameof(OtherCalendars))]
    [Trait("Rule", "PIECE-04")]
    public void A_certificate_issue_date_of_another_calendar_is_refused_and_not_stored(string calendarId)
    {
        var dossier = Scenario.PreRegistered();
        var before = dossier.ToSnapshot();

        var act = () => dossier.AddFile(Scenario.IdentityDocument, Scenario.Pdf(), Actor.Candidate, Scenario.Paris(2023, 4, 20), In(calendarId));

        act.Should().Throw<ArgumentException>().WithParameterName("issuedOn");
        dossier.ToSnapshot().Should().Be(before);
    }

    [Fact]
    [Trait("Rule", "PIECE-05")]
    public void After_a_refused_Julian_issue_date_the_dossier_can_still_be_closed()
    {
        var dossier = Scenario.PreRegistered();
        var julian = new LocalDate(2023, 4, 10, CalendarSystem.Julian);
        var at = Scenario.Paris(2023, 4, 20);
        FluentActions.Invoking(() => dossier.AddFile(Scenario.IdentityDocument, Scenario.Pdf("identite.pdf"), Actor.Candidate, at, julian))
            .Should().Throw<ArgumentException>();
        dossier.AddFile(Scenario.RegistrationForm, Scenario.Pdf("formulaire.pdf"), Actor.Candidate, at);
        dossier.AddFile(Scenario.IdentityDocument, Scenario.Pdf("identite.pdf"), Actor.Candidate, at, new LocalDate(2023, 4, 10));
        dossier.AddFile(Scenario.Diploma, Scenario.Pdf("diplome.pdf"), Actor.Candidate, at);

        dossier.Close(Actor.Candidate, Scenario.Paris(2023, 4, 25));

        dossier.Status.Should().Be(DossierStatus.UnderReview);
        dossier.Files.Select(f => f.IssuedOn).Should().NotContain(d => d.HasValue && d.Value.Calendar != CalendarSystem.Iso);
    }

    [Theory]
    [MemberData(nameof(OtherCalendars))]
    [Trait("Rule", "DEAD-04")]
    public void A_postmark_of_another_calendar_is_refused(string calendarId)
    {
        var dossier = Scenario.PreRegistered();

        var act = () => dossier.ReceivePostalDossier(In(calendarId), Scenario.Staff, Scenario.Paris(2023, 4, 28));

        act.Should().Throw<ArgumentException>().WithParameterName("postmark");
    }

    [Theory]
    [MemberData(nameof(OtherCalendars))]
    [Trait("Rule", "DEAD-01")]
    public void Deadlines_validity_windows_and_French_dates_refuse_another_calendar(string calendarId)
    {
        var date = In(calendarId);

        FluentActions.Invoking(() => new Deadline(date)).Should().Throw<ArgumentException>().WithParameterName("date");
        FluentActions.Invoking(() => new RegularisationRequest([new RegularisationItem(Scenario.IdentityDocument, "Illisible.")], date)).Should().Throw<ArgumentException>().WithParameterName("dueDate");
        FluentActions.Invoking(() => ValidityWindow.SixMonthsBeforeFirstExam.Accepts(date, Scenario.FirstExam)).Should().Throw<ArgumentException>().WithParameterName("issuedOn");
        FluentActions.Invoking(() => FrenchDates.Format(date)).Should().Throw<ArgumentException>().WithParameterName("date");
        FluentActions.Invoking(() => MetropolitanTime.StartOf(date)).Should().Throw<ArgumentException>().WithParameterName("date");
        SupportedRange.Contains(date).Should().BeFalse();
    }
}

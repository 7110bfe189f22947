using NodaTime;

namespace Cdg.Inscription.Time;

/// <summary>
/// The dates of an exam session's registration, all in metropolitan time: the pre-registration
/// window, the closing date of filing and the date of the first exam ("première épreuve").
/// </summary>
/// <remarks>
/// This type is immutable. Its constructor refuses a calendar that breaks DEAD-05: the
/// pre-registration window must close at least <see cref="PreRegistrationLeadDays"/> days (eight by
/// default) before the closing date of filing, and the first exam may not come before that date.
/// </remarks>
public sealed class RegistrationCalendar : IEquatable<RegistrationCalendar>
{

    /// <summary>The delay that the law sets between the end of pre-registration and the closing date: eight days.</summary>
    public const int StatutoryPreRegistrationLeadDays = 8;

    /// <summary>The longest delay a calendar may set between the end of pre-registration and the closing date: a year.</summary>
    public const int MaxPreRegistrationLeadDays = 366;

    private readonly DeadlineEnd _filingEnd;

    /// <summary>Creates a calendar and checks that it is consistent.</summary>
    /// <param name="preRegistrationOpens">The first day on which a candidate can pre-register.</param>
    /// <param name="preRegistrationCloses">The last day on which a candidate can pre-register, until midnight.</param>
    /// <param name="filingCloses">The closing date of filing: the dossier must be closed before midnight on that day.</param>
    /// <param name="firstExam">The date of the first exam.</param>
    /// <param name="preRegistrationLeadDays">
    /// The least number of days between the end of pre-registration and the closing date; the
    /// statutory eight unless the session says that another delay applies (joint State and
    /// territorial exams).
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="preRegistrationLeadDays"/> is negative or more than <see cref="MaxPreRegistrationLeadDays"/>, or a date is outside <see cref="SupportedRange"/>.</exception>
    /// <exception cref="ArgumentException">A date is not of the ISO calendar.</exception>
    /// <exception cref="RuleViolationException">The dates are inconsistent (DEAD-05); nothing is created.</exception>
    public RegistrationCalendar(
        LocalDate preRegistrationOpens,
        LocalDate preRegistrationCloses,
        LocalDate filingCloses,
        LocalDate firstExam,
        int preRegistrationLeadDays = StatutoryPreRegistrationLeadDays)
    {
        if (preRegistrationLeadDays is < 0 or > MaxPreRegistrationLeadDays)
        {
            throw new ArgumentOutOfRangeException(nameof(preRegistrationLeadDays), preRegistrationLeadDays, $"The delay is from 0 to {MaxPreRegistrationLeadDays} days.");
        }

        SupportedRange.Check(preRegistrationOpens, nameof(preRegistrationOpens));
        SupportedRange.Check(preRegistrationCloses, nameof(preRegistrationCloses));
        SupportedRange.Check(filingCloses, nameof(filingCloses));
        SupportedRange.Check(firstExam, nameof(firstExam));

        var violations = new List<RuleViolation>();
        if (preRegistrationCloses < preRegistrationOpens)
        {
            violations.Add(Violations.CalendarPreRegistrationWindowInverted(preRegistrationOpens, preRegistrationCloses));
        }

        if (preRegistrationCloses > filingCloses.PlusDays(-preRegistrationLeadDays))
        {
            violations.Add(Violations.CalendarPreRegistrationTooLate(preRegistrationCloses, filingCloses, preRegistrationLeadDays));
        }

        if (firstExam < filingCloses)
        {
            violations.Add(Violations.CalendarFirstExamBeforeClosing(firstExam, filingCloses));
        }

        if (violations.Count > 0)
        {
            throw new RuleViolationException(violations);
        }

        PreRegistrationOpens = preRegistrationOpens;
        PreRegistrationDeadline = new Deadline(preRegistrationCloses);
        FilingDeadline = new Deadline(filingCloses);
        _filingEnd = new DeadlineEnd(FilingDeadline);
        FirstExam = firstExam;
        PreRegistrationLeadDays = preRegistrationLeadDays;
    }

    /// <summary>The first day of pre-registration, from midnight in metropolitan time.</summary>
    public LocalDate PreRegistrationOpens { get; }

    /// <summary>The end of pre-registration: midnight at the end of its last day (DEAD-05).</summary>
    public Deadline PreRegistrationDeadline { get; }

    /// <summary>The closing deadline of filing: "au plus tard le … avant minuit (heure métropolitaine)" (DEAD-01).</summary>
    public Deadline FilingDeadline { get; }

    /// <summary>The date of the first exam, when the registration conditions must be met (DEAD-06).</summary>
    public LocalDate FirstExam { get; }

    /// <summary>The least number of days between the end of pre-registration and the closing date.</summary>
    public int PreRegistrationLeadDays { get; }

    /// <summary>Whether a pre-registration at <paramref name="instant"/> is inside the window (DEAD-05).</summary>
    /// <param name="instant">When the candidate pre-registers.</param>
    /// <returns><see langword="true"/> from the start of the first day to the end of the last day, in Paris.</returns>
    public bool IsPreRegistrationOpenAt(Instant instant) =>
        instant >= MetropolitanTime.StartOf(PreRegistrationOpens) && PreRegistrationDeadline.IsMetAt(instant);

    /// <summary>
    /// Whether an action at <paramref name="instant"/> is before the closing deadline of filing:
    /// <see cref="Deadline.IsMetAt"/> of <see cref="FilingDeadline"/>, its end kept for the zone
    /// source in use instead of computed on every command.
    /// </summary>
    internal bool IsFilingOpenAt(Instant instant) => _filingEnd.IsMetAt(instant);

    /// <inheritdoc />
    public bool Equals(RegistrationCalendar? other) =>
        other is not null
        && PreRegistrationOpens == other.PreRegistrationOpens
        && PreRegistrationDeadline == other.PreRegistrationDeadline
        && FilingDeadline == other.FilingDeadline
        && FirstExam == other.FirstExam
        && PreRegistrationLeadDays == other.PreRegistrationLeadDays;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RegistrationCalendar);

    /// <inheritdoc />
    public override int GetHashCode() => FilingDeadline.GetHashCode() ^ (FirstExam.GetHashCode() * 31);
}

using NodaTime;

namespace Cdg.Inscription.Time;

/// <summary>
/// The dates and instants that the library accepts: ISO dates from 1 January 1 to 31 December
/// 9998, and the instants of those days in metropolitan time. Every date and instant
/// a host passes is checked against it where it comes in, so that nothing computed later (the
/// end of a day, a due date, a validity window, a date shown overseas) can overflow NodaTime's
/// own range. Dates of another calendar system are refused at the door: the registration
/// calendars of the CDG are in the ISO (Gregorian) calendar.
/// </summary>
/// <remarks>
/// The policy is in <c>docs/decisions/0017-input-edges.md</c>: a value outside the range is a
/// programming error of the host, refused with an <see cref="ArgumentOutOfRangeException"/> (a
/// date of another calendar with an <see cref="ArgumentException"/>), except the instant of a
/// command, which is checked after who may act (LIFE-10) and refused with the rule violation
/// <see cref="RuleViolationCodes.InstantOutOfRange"/>.
/// </remarks>
public static class SupportedRange
{
    // The bounds are fixed from the built-in tz database: a provider set later with
    // MetropolitanTime.UseProvider moves the offset of year 1 or 9998 by minutes at most.
    private static readonly DateTimeZone ParisOfTzdb = DateTimeZoneProviders.Tzdb[MetropolitanTime.ZoneId];

    /// <summary>The first date accepted: 1 January 1 (ISO).</summary>
    public static LocalDate MinDate { get; } = new(1, 1, 1);

    /// <summary>The last date accepted: 31 December 9998 (ISO), one year before NodaTime's last.</summary>
    public static LocalDate MaxDate { get; } = new(9998, 12, 31);

    /// <summary>The first instant accepted: the start of <see cref="MinDate"/> in metropolitan time (in the tz database, Paris mean time, 0000-12-31T23:50:39Z).</summary>
    public static Instant MinInstant { get; } = ParisOfTzdb.AtStartOfDay(MinDate).ToInstant();

    /// <summary>The last instant accepted: the last tick of <see cref="MaxDate"/> in metropolitan time, 9998-12-31T22:59:59.9999999Z.</summary>
    public static Instant MaxInstant { get; } = ParisOfTzdb.AtStartOfDay(MaxDate.PlusDays(1)).ToInstant() - Duration.Epsilon;

    /// <summary>Whether a date is accepted: of the ISO calendar, from <see cref="MinDate"/> to <see cref="MaxDate"/>.</summary>
    /// <param name="date">Any date.</param>
    /// <returns>True when the library accepts it.</returns>
    public static bool Contains(LocalDate date) =>
        date.Calendar == CalendarSystem.Iso && date >= MinDate && date <= MaxDate;

    /// <summary>Whether an instant is accepted: from <see cref="MinInstant"/> to <see cref="MaxInstant"/>.</summary>
    /// <param name="instant">Any instant.</param>
    /// <returns>True when the library accepts it.</returns>
    public static bool Contains(Instant instant) => instant >= MinInstant && instant <= MaxInstant;

    /// <summary>The date, or an <see cref="ArgumentException"/> for a date of another calendar than the ISO one.</summary>
    internal static LocalDate CheckIso(LocalDate date, string paramName) =>
        date.Calendar == CalendarSystem.Iso
            ? date
            : throw new ArgumentException($"Expected a date of the ISO calendar, found one of the {date.Calendar.Id} calendar.", paramName);

    /// <summary>The date, or the exception of the policy: another calendar, or outside the range.</summary>
    internal static LocalDate Check(LocalDate date, string paramName) =>
        CheckIso(date, paramName) >= MinDate && date <= MaxDate
            ? date
            : throw new ArgumentOutOfRangeException(paramName, date, $"Expected a date from {MinDate:uuuu-MM-dd} to {MaxDate:uuuu-MM-dd}.");

    /// <summary>The date, null included, or the exception of the policy.</summary>
    internal static LocalDate? Check(LocalDate? date, string paramName) => date is { } d ? Check(d, paramName) : null;

    /// <summary>The instant, or an <see cref="ArgumentOutOfRangeException"/> outside the range.</summary>
    internal static Instant Check(Instant instant, string paramName) =>
        Contains(instant)
            ? instant
            : throw new ArgumentOutOfRangeException(paramName, instant, $"Expected an instant from {MinInstant} to {MaxInstant}.");

    /// <summary>What is wrong with a stored date, for a rebuild's message; null when it is accepted.</summary>
    internal static string? FaultOf(LocalDate? date, string name) => date switch
    {
        null => null,
        { } d when d.Calendar != CalendarSystem.Iso => $"has a {name} of the {d.Calendar.Id} calendar",
        { } d when !Contains(d) => $"has a {name} outside {MinDate:uuuu-MM-dd} to {MaxDate:uuuu-MM-dd}",
        _ => null,
    };
}

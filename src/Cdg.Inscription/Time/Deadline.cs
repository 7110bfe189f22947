using NodaTime;

namespace Cdg.Inscription.Time;

/// <summary>
/// A deadline stated as "au plus tard le <i>date</i> avant minuit (heure métropolitaine)": it is met
/// by every instant strictly before the end of <see cref="Date"/> in <c>Europe/Paris</c>, with the
/// offset in force on that date (DEAD-01, DEAD-02).
/// </summary>
/// <remarks>This type is an immutable value type.</remarks>
public readonly struct Deadline : IEquatable<Deadline>
{
    /// <summary>Creates the deadline that ends with a date in metropolitan time.</summary>
    /// <param name="date">The last day on which the action is in time.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside <see cref="SupportedRange"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not of the ISO calendar.</exception>
    public Deadline(LocalDate date) => Date = SupportedRange.Check(date, nameof(date));

    /// <summary>The last day, in metropolitan time, on which the action is in time.</summary>
    public LocalDate Date { get; }

    /// <summary>
    /// The first instant that is too late: midnight at the end of <see cref="Date"/> in Paris
    /// (for 27 April 2023, 2023-04-27T22:00:00Z).
    /// </summary>
    public Instant End => MetropolitanTime.EndOf(Date);

    /// <summary>Whether an action at <paramref name="instant"/> is in time (DEAD-01).</summary>
    /// <param name="instant">When the action happened.</param>
    /// <returns><see langword="true"/> when <paramref name="instant"/> is strictly before <see cref="End"/>.</returns>
    public bool IsMetAt(Instant instant) => instant < End;

    /// <summary>The deadline that a regularisation or a piece sets with an optional date.</summary>
    internal static Deadline? Of(LocalDate? date) => date is { } d ? new Deadline(d) : null;

    /// <summary>
    /// Whether a paper dossier is in time by its postmark, "le cachet de la poste faisant foi": a
    /// comparison of dates, not of instants (DEAD-04).
    /// </summary>
    /// <param name="postmark">The date of the postmark.</param>
    /// <returns><see langword="true"/> when the postmark is no later than <see cref="Date"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="postmark"/> is outside <see cref="SupportedRange"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="postmark"/> is not of the ISO calendar.</exception>
    public bool IsMetByPostmark(LocalDate postmark) => SupportedRange.Check(postmark, nameof(postmark)) <= Date;

    /// <summary>How much time is left at an instant; zero once the deadline has passed.</summary>
    /// <param name="instant">The instant of the question.</param>
    /// <returns>The duration from <paramref name="instant"/> to <see cref="End"/>, never negative.</returns>
    public Duration TimeLeftAt(Instant instant)
    {
        var end = End;
        return instant < end ? end - instant : Duration.Zero;
    }

    /// <summary>
    /// The end of the deadline as a candidate in another zone sees it (DEAD-03): for 27 April 2023
    /// in <c>Indian/Reunion</c>, 28 April 2023 at 02:00.
    /// </summary>
    /// <param name="zone">The candidate's zone, for example <c>America/Guadeloupe</c>.</param>
    /// <returns>The zoned date and time of <see cref="End"/> in <paramref name="zone"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public ZonedDateTime EndIn(DateTimeZone zone) => End.InZone(Preconditions.CheckNotNull(zone, nameof(zone)));

    /// <summary>The deadline in French, as the notices write it.</summary>
    /// <returns>For example <c>le 27 avril 2023 avant minuit (heure métropolitaine)</c>.</returns>
    public string Describe() => $"le {FrenchDates.Format(Date)} avant minuit (heure métropolitaine)";

    /// <summary>
    /// The deadline in French for a candidate in another zone: the metropolitan wording, followed
    /// by the local date and time of its end in <paramref name="zone"/> (DEAD-03).
    /// </summary>
    /// <param name="zone">The candidate's zone.</param>
    /// <returns>For La Réunion: <c>le 27 avril 2023 avant minuit (heure métropolitaine), soit avant le 28 avril 2023 à 2 h 00, heure locale</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public string DescribeIn(DateTimeZone zone) =>
        $"{Describe()}, soit avant le {FrenchDates.Format(EndIn(zone).LocalDateTime)}, heure locale";

    /// <inheritdoc />
    public bool Equals(Deadline other) => Date == other.Date;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Deadline other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Date.GetHashCode();

    /// <summary>The date and the end instant, for logs.</summary>
    /// <returns>For example <c>2023-04-27 (ends 2023-04-27T22:00:00Z)</c>.</returns>
    public override string ToString() => $"{Date:uuuu'-'MM'-'dd} (ends {End})";

    /// <summary>Whether two deadlines end on the same date.</summary>
    /// <param name="left">A deadline.</param>
    /// <param name="right">Another deadline.</param>
    /// <returns><see langword="true"/> when both have the same <see cref="Date"/>.</returns>
    public static bool operator ==(Deadline left, Deadline right) => left.Equals(right);

    /// <summary>Whether two deadlines end on different dates.</summary>
    /// <param name="left">A deadline.</param>
    /// <param name="right">Another deadline.</param>
    /// <returns><see langword="true"/> when their <see cref="Date"/>s differ.</returns>
    public static bool operator !=(Deadline left, Deadline right) => !left.Equals(right);
}

using NodaTime;

namespace Cdg.Inscription.Pieces;

/// <summary>
/// How recent a document must be: issued less than a period before the first exam, as the
/// certificate of a médecin agréé for adapted exams, issued less than six months before (PIECE-04).
/// </summary>
/// <remarks>This type is immutable.</remarks>
public sealed class ValidityWindow : IEquatable<ValidityWindow>
{
    /// <summary>The longest window accepted, about 100 years in days, so that no date computed from it overflows.</summary>
    private const long MaximumDays = 36_600;

    /// <summary>Creates a window.</summary>
    /// <param name="maximumAgeAtFirstExam">How old the document may be, strictly, on the day of the first exam.</param>
    /// <exception cref="ArgumentNullException"><paramref name="maximumAgeAtFirstExam"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="maximumAgeAtFirstExam"/> is zero or negative, or longer than 100 years.</exception>
    public ValidityWindow(Period maximumAgeAtFirstExam)
    {
        var p = Preconditions.CheckNotNull(maximumAgeAtFirstExam, nameof(maximumAgeAtFirstExam));
        Preconditions.CheckArgument(
            !p.HasTimeComponent && p.Years >= 0 && p.Months >= 0 && p.Weeks >= 0 && p.Days >= 0 && !p.Normalize().Equals(Period.Zero),
            nameof(maximumAgeAtFirstExam),
            "The period must be positive, in years, months, weeks or days.");
        var normalized = p.Normalize();
        Preconditions.CheckArgument(
            (normalized.Years * 366L) + (normalized.Months * 31L) + normalized.Days <= MaximumDays,
            nameof(maximumAgeAtFirstExam),
            "The period may not exceed 100 years.");
        MaximumAgeAtFirstExam = maximumAgeAtFirstExam.Normalize();
    }

    /// <summary>Six months, as for the certificate of a médecin agréé.</summary>
    public static ValidityWindow SixMonthsBeforeFirstExam { get; } = new(Period.FromMonths(6));

    /// <summary>How old the document may be, strictly, on the day of the first exam.</summary>
    public Period MaximumAgeAtFirstExam { get; }

    /// <summary>The earliest date of issue that is recent enough.</summary>
    /// <param name="firstExam">The date of the first exam.</param>
    /// <returns>The day after <paramref name="firstExam"/> minus the period: issued on that day, the document is less than the period old.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="firstExam"/> is outside <see cref="Time.SupportedRange"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="firstExam"/> is not of the ISO calendar.</exception>
    public LocalDate EarliestIssueFor(LocalDate firstExam) => Time.SupportedRange.Check(firstExam, nameof(firstExam)).Minus(MaximumAgeAtFirstExam).PlusDays(1);

    /// <summary>Whether a document issued on a date is recent enough.</summary>
    /// <param name="issuedOn">The date of issue.</param>
    /// <param name="firstExam">The date of the first exam.</param>
    /// <returns><see langword="true"/> when issued less than the period before the first exam, and not after it.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A date is outside <see cref="Time.SupportedRange"/>.</exception>
    /// <exception cref="ArgumentException">A date is not of the ISO calendar.</exception>
    public bool Accepts(LocalDate issuedOn, LocalDate firstExam) =>
        Time.SupportedRange.Check(issuedOn, nameof(issuedOn)) >= EarliestIssueFor(firstExam) && issuedOn <= firstExam;

    /// <inheritdoc />
    public bool Equals(ValidityWindow? other) => other is not null && MaximumAgeAtFirstExam.Equals(other.MaximumAgeAtFirstExam);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ValidityWindow);

    /// <inheritdoc />
    public override int GetHashCode() => MaximumAgeAtFirstExam.GetHashCode();

    /// <inheritdoc />
    public override string ToString() => $"issued less than {MaximumAgeAtFirstExam} before the first exam";
}

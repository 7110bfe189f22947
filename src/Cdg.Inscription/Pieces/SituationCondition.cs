namespace Cdg.Inscription.Pieces;

/// <summary>
/// A condition on the candidate's situation, with its French wording: when a piece applies, or when
/// a piece required at closure may be sent later (PIECE-04, PIECE-03). Hosts can write their own.
/// </summary>
/// <remarks>This type is immutable.</remarks>
public sealed class SituationCondition
{
    private readonly Func<CandidateSituation, bool> _predicate;

    /// <summary>Creates a condition.</summary>
    /// <param name="description">When it holds, in French, as a checklist says it: <c>si vous demandez un aménagement des épreuves</c>.</param>
    /// <param name="predicate">Whether it holds for a situation.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="description"/> is blank.</exception>
    public SituationCondition(string description, Func<CandidateSituation, bool> predicate)
    {
        Description = Text.Require(description, nameof(description), 300);
        _predicate = Preconditions.CheckNotNull(predicate, nameof(predicate));
    }

    /// <summary>The candidate claims the diploma exemption of parents of three children or more.</summary>
    public static SituationCondition ClaimsParentOfThreeExemption { get; } =
        new("si vous demandez la dispense de diplôme des parents de trois enfants ou plus", s => s.ClaimsParentOfThreeExemption);

    /// <summary>The candidate does not claim the diploma exemption.</summary>
    public static SituationCondition DoesNotClaimDiplomaExemption { get; } =
        new("sauf si vous demandez la dispense de diplôme des parents de trois enfants ou plus", s => !s.ClaimsParentOfThreeExemption);

    /// <summary>The candidate asks for adapted exams.</summary>
    public static SituationCondition RequestsAdaptedExams { get; } =
        new("si vous demandez un aménagement des épreuves", s => s.RequestsAdaptedExams);

    /// <summary>The candidate is a public employee.</summary>
    public static SituationCondition IsPublicEmployee { get; } =
        new("si vous êtes agent public", s => s.IsPublicEmployee);

    /// <summary>When the condition holds, in French.</summary>
    public string Description { get; }

    /// <summary>Whether the condition holds for a situation.</summary>
    /// <param name="situation">The candidate's situation.</param>
    /// <returns><see langword="true"/> when it holds.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="situation"/> is null.</exception>
    public bool IsMetBy(CandidateSituation situation) => _predicate(Preconditions.CheckNotNull(situation, nameof(situation)));

    /// <inheritdoc />
    public override string ToString() => Description;
}

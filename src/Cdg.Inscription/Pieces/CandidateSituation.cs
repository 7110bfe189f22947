namespace Cdg.Inscription.Pieces;

/// <summary>
/// What the candidate declares about their situation at pre-registration, on which the pieces to
/// supply depend (PIECE-04). The exam kind is the session's.
/// </summary>
/// <remarks>This type is immutable: the <c>With…</c> methods return a new instance.</remarks>
public sealed class CandidateSituation : IEquatable<CandidateSituation>
{
    /// <summary>Creates a situation.</summary>
    /// <param name="claimsParentOfThreeExemption">The candidate, parent of three children or more, claims the diploma exemption (concours externe).</param>
    /// <param name="requestsAdaptedExams">The candidate, with a disability, asks for adapted exams.</param>
    /// <param name="isPublicEmployee">The candidate is a public employee, whose employer issues the employer documents (PIECE-03).</param>
    public CandidateSituation(bool claimsParentOfThreeExemption = false, bool requestsAdaptedExams = false, bool isPublicEmployee = false)
    {
        ClaimsParentOfThreeExemption = claimsParentOfThreeExemption;
        RequestsAdaptedExams = requestsAdaptedExams;
        IsPublicEmployee = isPublicEmployee;
    }

    /// <summary>The situation with nothing declared.</summary>
    public static CandidateSituation None { get; } = new();

    /// <summary>Whether the candidate, parent of three children or more, claims the diploma exemption.</summary>
    public bool ClaimsParentOfThreeExemption { get; }

    /// <summary>Whether the candidate asks for adapted exams.</summary>
    public bool RequestsAdaptedExams { get; }

    /// <summary>Whether the candidate is a public employee.</summary>
    public bool IsPublicEmployee { get; }

    /// <summary>The same situation with or without the diploma exemption claim.</summary>
    /// <param name="value">Whether the exemption is claimed.</param>
    /// <returns>A new situation.</returns>
    public CandidateSituation WithParentOfThreeExemption(bool value) => new(value, RequestsAdaptedExams, IsPublicEmployee);

    /// <summary>The same situation with or without the request for adapted exams.</summary>
    /// <param name="value">Whether adapted exams are asked for.</param>
    /// <returns>A new situation.</returns>
    public CandidateSituation WithAdaptedExams(bool value) => new(ClaimsParentOfThreeExemption, value, IsPublicEmployee);

    /// <summary>The same situation for a public employee or not.</summary>
    /// <param name="value">Whether the candidate is a public employee.</param>
    /// <returns>A new situation.</returns>
    public CandidateSituation WithPublicEmployee(bool value) => new(ClaimsParentOfThreeExemption, RequestsAdaptedExams, value);

    /// <summary>The situation in French, for the history and the candidate.</summary>
    /// <returns>For example <c>agent public ; aménagement des épreuves demandé</c>, or <c>aucune particularité déclarée</c>.</returns>
    public string Describe()
    {
        var parts = new[]
        {
            ClaimsParentOfThreeExemption ? "dispense de diplôme demandée (parent de trois enfants ou plus)" : null,
            RequestsAdaptedExams ? "aménagement des épreuves demandé" : null,
            IsPublicEmployee ? "agent public" : null,
        }.OfType<string>().ToArray();
        return parts.Length == 0 ? "aucune particularité déclarée" : string.Join(" ; ", parts);
    }

    /// <inheritdoc />
    public bool Equals(CandidateSituation? other) =>
        other is not null
        && ClaimsParentOfThreeExemption == other.ClaimsParentOfThreeExemption
        && RequestsAdaptedExams == other.RequestsAdaptedExams
        && IsPublicEmployee == other.IsPublicEmployee;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CandidateSituation);

    /// <inheritdoc />
    public override int GetHashCode() =>
        (ClaimsParentOfThreeExemption ? 1 : 0) | (RequestsAdaptedExams ? 2 : 0) | (IsPublicEmployee ? 4 : 0);

    /// <summary>The declared flags, for logs.</summary>
    /// <returns>For example <c>public employee, adapted exams</c>, or <c>none</c>.</returns>
    public override string ToString()
    {
        var flags = new[]
        {
            ClaimsParentOfThreeExemption ? "parent-of-three exemption" : null,
            RequestsAdaptedExams ? "adapted exams" : null,
            IsPublicEmployee ? "public employee" : null,
        }.Where(f => f is not null);
        var text = string.Join(", ", flags);
        return text.Length == 0 ? "none" : text;
    }
}

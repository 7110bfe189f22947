using NodaTime;

namespace Cdg.Inscription.Dossiers;

/// <summary>
/// A request for regularisation ("demande de régularisation"), which always comes with DOSSIER
/// INCOMPLET: the complements to supply and, optionally, the last day to supply them (LIFE-05).
/// </summary>
/// <remarks>
/// This type is immutable. A request that names nothing can be built, so that the dossier can refuse
/// it with a French message (LIFE-05).
/// </remarks>
public sealed class RegularisationRequest : IEquatable<RegularisationRequest>
{
    /// <summary>Creates a request.</summary>
    /// <param name="items">The complements to supply, each piece once.</param>
    /// <param name="dueDate">The last day, until midnight in metropolitan time, to supply them; null for no date.</param>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null or holds a null.</exception>
    /// <exception cref="ArgumentException"><paramref name="items"/> names the same piece twice, or <paramref name="dueDate"/> is not of the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dueDate"/> is outside <see cref="Time.SupportedRange"/>.</exception>
    public RegularisationRequest(IEnumerable<RegularisationItem> items, LocalDate? dueDate = null)
    {
        var list = Preconditions.CheckNotNull(items, nameof(items)).ToArray();
        foreach (var item in list)
        {
            Preconditions.CheckNotNull(item, nameof(items));
        }

        Preconditions.CheckArgument(list.Select(i => i.Piece).Distinct().Count() == list.Length, nameof(items), "Each piece is named once.");
        Items = Array.AsReadOnly(list);
        DueDate = Time.SupportedRange.Check(dueDate, nameof(dueDate));
    }

    /// <summary>The complements to supply.</summary>
    public IReadOnlyList<RegularisationItem> Items { get; }

    /// <summary>The last day to supply them, or null.</summary>
    public LocalDate? DueDate { get; }

    /// <inheritdoc />
    public bool Equals(RegularisationRequest? other) =>
        other is not null && DueDate == other.DueDate && Items.SequenceEqual(other.Items);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RegularisationRequest);

    /// <inheritdoc />
    public override int GetHashCode() => Items.Count ^ DueDate.GetHashCode();
}

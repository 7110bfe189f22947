namespace Cdg.Inscription.Sessions;

/// <summary>The Centre de gestion that organises a session, with its settings.</summary>
/// <remarks>This type is immutable.</remarks>
public sealed class Organiser : IEquatable<Organiser>
{
    /// <summary>Creates an organiser.</summary>
    /// <param name="code">A short stable code, for example <c>CDG53</c>.</param>
    /// <param name="name">The name shown to candidates, for example <c>Centre de gestion de la Mayenne</c>.</param>
    /// <param name="underReviewVisibility">When EN COURS D'INSTRUCTION becomes visible after an online closure (LIFE-04).</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="name"/> is null or blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="underReviewVisibility"/> is not a defined value.</exception>
    public Organiser(string code, string name, UnderReviewVisibility underReviewVisibility = UnderReviewVisibility.Immediately)
    {
        Preconditions.CheckArgument(!Text.IsBlank(code), nameof(code), "The organiser needs a code.");
        Preconditions.CheckArgument(!Text.IsBlank(name), nameof(name), "The organiser needs a name.");
        Code = code.Trim();
        Name = name.Trim();
        UnderReviewVisibility = Preconditions.CheckDefined(underReviewVisibility, nameof(underReviewVisibility));
    }

    /// <summary>The organiser's short stable code.</summary>
    public string Code { get; }

    /// <summary>The organiser's name, in French.</summary>
    public string Name { get; }

    /// <summary>When EN COURS D'INSTRUCTION becomes visible to the candidate after an online closure (LIFE-04).</summary>
    public UnderReviewVisibility UnderReviewVisibility { get; }

    /// <inheritdoc />
    public bool Equals(Organiser? other) =>
        other is not null && Code == other.Code && Name == other.Name && UnderReviewVisibility == other.UnderReviewVisibility;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Organiser);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Code})";
}

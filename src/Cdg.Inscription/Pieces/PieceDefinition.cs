using NodaTime;

namespace Cdg.Inscription.Pieces;

/// <summary>
/// A piece of the catalogue: its stable code, its French label and how recent it must be, before
/// any session says how far it requires it. <see cref="Require"/> turns it into a requirement.
/// </summary>
/// <remarks>This type is immutable.</remarks>
public sealed class PieceDefinition : IEquatable<PieceDefinition>
{
    /// <summary>Creates a definition; a host defines its own pieces this way.</summary>
    /// <param name="code">The stable code.</param>
    /// <param name="label">The French label.</param>
    /// <param name="validity">How recent the document must be; null for no limit.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> is the default value or <paramref name="label"/> is blank.</exception>
    public PieceDefinition(PieceCode code, string label, ValidityWindow? validity = null)
    {
        Preconditions.CheckArgument(code.Value.Length > 0, nameof(code), "The piece needs a code.");
        Code = code;
        Label = Text.Require(label, nameof(label), 300);
        Validity = validity;
    }

    /// <summary>The stable code.</summary>
    public PieceCode Code { get; }

    /// <summary>The French label.</summary>
    public string Label { get; }

    /// <summary>How recent the document must be; null for no limit.</summary>
    public ValidityWindow? Validity { get; }

    /// <summary>The requirement of this piece by a session.</summary>
    /// <param name="obligation">How far the piece is required when it applies.</param>
    /// <param name="appliesWhen">When it applies to a candidate; null for always.</param>
    /// <param name="deferrableWhen">When a piece required at closure may be sent later; null for never.</param>
    /// <param name="dueDate">Its own due date when deferred; null for the session's default.</param>
    /// <returns>The requirement.</returns>
    /// <exception cref="ArgumentException">The combination is not valid; see <see cref="PieceRequirement"/>.</exception>
    public PieceRequirement Require(
        PieceObligation obligation,
        SituationCondition? appliesWhen = null,
        SituationCondition? deferrableWhen = null,
        LocalDate? dueDate = null) =>
        new(Code, Label, obligation, dueDate, appliesWhen, deferrableWhen, Validity);

    /// <inheritdoc />
    public bool Equals(PieceDefinition? other) =>
        other is not null && Code == other.Code && Label == other.Label && Equals(Validity, other.Validity);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PieceDefinition);

    /// <inheritdoc />
    public override int GetHashCode() => Code.GetHashCode();

    /// <inheritdoc />
    public override string ToString() => $"{Code} ({Label})";
}

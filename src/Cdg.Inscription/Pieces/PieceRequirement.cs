using NodaTime;

namespace Cdg.Inscription.Pieces;

/// <summary>
/// A piece that a session asks for: its code, its French label, its obligation and, for a
/// deferrable piece, its own due date (PIECE-01, DEAD-06).
/// </summary>
/// <remarks>This type is immutable.</remarks>
public sealed class PieceRequirement : IEquatable<PieceRequirement>
{
    /// <summary>Creates a requirement.</summary>
    /// <param name="code">The piece's stable code.</param>
    /// <param name="label">The French label shown to candidates, for example <c>Pièce d'identité</c>.</param>
    /// <param name="obligation">How far the piece is required.</param>
    /// <param name="dueDate">
    /// For a <see cref="PieceObligation.Deferrable"/> piece, the last day on which it may be sent,
    /// until midnight in metropolitan time; null for the date of the first exam (DEAD-06). Must be
    /// null for other obligations.
    /// </param>
    /// <exception cref="ArgumentException">
    /// <paramref name="code"/> is the default value, <paramref name="label"/> is blank, or a due date is given for a piece that is not deferrable.
    /// </exception>
    public PieceRequirement(PieceCode code, string label, PieceObligation obligation, LocalDate? dueDate = null)
    {
        Preconditions.CheckArgument(code.Value.Length > 0, nameof(code), "The piece needs a code.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(label), nameof(label), "The piece needs a French label.");
        Preconditions.CheckArgument(dueDate is null || obligation == PieceObligation.Deferrable, nameof(dueDate), "Only a deferrable piece has a due date.");
        Code = code;
        Label = label.Trim();
        Obligation = obligation;
        DueDate = dueDate;
    }

    /// <summary>The piece's stable code.</summary>
    public PieceCode Code { get; }

    /// <summary>The French label shown to candidates.</summary>
    public string Label { get; }

    /// <summary>How far the piece is required.</summary>
    public PieceObligation Obligation { get; }

    /// <summary>
    /// The due date set for a deferrable piece, or null when it falls back to the date of the first
    /// exam; see <see cref="Sessions.ExamSession.DueDateOf(PieceRequirement)"/>.
    /// </summary>
    public LocalDate? DueDate { get; }

    /// <summary>Whether the piece must be there for DOSSIER COMPLET (PIECE-05).</summary>
    public bool IsRequired => Obligation is PieceObligation.RequiredAtClosure or PieceObligation.Deferrable;

    /// <inheritdoc />
    public bool Equals(PieceRequirement? other) =>
        other is not null && Code == other.Code && Label == other.Label && Obligation == other.Obligation && DueDate == other.DueDate;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PieceRequirement);

    /// <inheritdoc />
    public override int GetHashCode() => Code.GetHashCode();

    /// <inheritdoc />
    public override string ToString() => $"{Code} ({Label}, {Obligation})";
}

using NodaTime;

namespace Cdg.Inscription.Pieces;

/// <summary>
/// A piece that a session asks for: its code, its French label, its obligation, when it applies to
/// a candidate, when it may be sent later, its own due date and how recent it must be (PIECE-01,
/// PIECE-03, PIECE-04, DEAD-06).
/// </summary>
/// <remarks>
/// This type is immutable. What a given candidate must supply is the requirement read against
/// their <see cref="CandidateSituation"/>: see <see cref="ObligationFor(CandidateSituation)"/>.
/// </remarks>
public sealed class PieceRequirement : IEquatable<PieceRequirement>
{
    /// <summary>Creates a requirement.</summary>
    /// <param name="code">The piece's stable code.</param>
    /// <param name="label">The French label shown to candidates, for example <c>Pièce d'identité</c>.</param>
    /// <param name="obligation">How far the piece is required when it applies.</param>
    /// <param name="dueDate">
    /// For a piece that may be sent after closure, the last day on which it may be sent, until
    /// midnight in metropolitan time; null for the session's default, the date of the first exam
    /// (DEAD-06). Only for a <see cref="PieceObligation.Deferrable"/> piece or one with <paramref name="deferrableWhen"/>.
    /// </param>
    /// <param name="appliesWhen">When the piece applies to a candidate; null for always (PIECE-04).</param>
    /// <param name="deferrableWhen">When a piece required at closure may be sent later instead (PIECE-03); null for never.</param>
    /// <param name="validity">How recent the document must be; null for no limit.</param>
    /// <exception cref="ArgumentException">
    /// <paramref name="code"/> is the default value, <paramref name="label"/> is blank, a due date is given for a piece that cannot be deferred
    /// or is not of the ISO calendar, or <paramref name="deferrableWhen"/> is given for a piece that is not required at closure.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="obligation"/> is not a defined value, or <paramref name="dueDate"/> is outside <see cref="Time.SupportedRange"/>.
    /// </exception>
    public PieceRequirement(
        PieceCode code,
        string label,
        PieceObligation obligation,
        LocalDate? dueDate = null,
        SituationCondition? appliesWhen = null,
        SituationCondition? deferrableWhen = null,
        ValidityWindow? validity = null)
    {
        Preconditions.CheckArgument(code.Value.Length > 0, nameof(code), "The piece needs a code.");
        var checkedLabel = Text.Require(label, nameof(label), 300);
        Preconditions.CheckArgument(
            deferrableWhen is null || obligation == PieceObligation.RequiredAtClosure,
            nameof(deferrableWhen),
            "Only a piece required at closure can become deferrable.");
        Preconditions.CheckArgument(
            dueDate is null || obligation == PieceObligation.Deferrable || deferrableWhen is not null,
            nameof(dueDate),
            "Only a piece that may be deferred has a due date.");
        Code = code;
        Label = checkedLabel;
        Obligation = Preconditions.CheckDefined(obligation, nameof(obligation));
        DueDate = Time.SupportedRange.Check(dueDate, nameof(dueDate));
        AppliesWhen = appliesWhen;
        DeferrableWhen = deferrableWhen;
        Validity = validity;
    }

    /// <summary>The piece's stable code.</summary>
    public PieceCode Code { get; }

    /// <summary>The French label shown to candidates.</summary>
    public string Label { get; }

    /// <summary>How far the piece is required when it applies, before <see cref="DeferrableWhen"/> is considered.</summary>
    public PieceObligation Obligation { get; }

    /// <summary>
    /// The due date set for a piece that may be deferred, or null when it falls back to the
    /// session's default; see <see cref="Sessions.ExamSession.DueDateOf(PieceRequirement, CandidateSituation)"/>.
    /// </summary>
    public LocalDate? DueDate { get; }

    /// <summary>When the piece applies to a candidate; null for always.</summary>
    public SituationCondition? AppliesWhen { get; }

    /// <summary>When a piece required at closure may be sent later instead; null for never.</summary>
    public SituationCondition? DeferrableWhen { get; }

    /// <summary>How recent the document must be; null for no limit.</summary>
    public ValidityWindow? Validity { get; }

    /// <summary>Whether the piece must be there for DOSSIER COMPLET when it applies (PIECE-05).</summary>
    public bool IsRequired => Obligation is PieceObligation.RequiredAtClosure or PieceObligation.Deferrable;

    /// <summary>
    /// What the piece means for a candidate in a situation: null when it does not apply; otherwise
    /// its obligation, <see cref="PieceObligation.Deferrable"/> when <see cref="DeferrableWhen"/> holds.
    /// </summary>
    /// <param name="situation">The candidate's situation.</param>
    /// <returns>The obligation for that candidate, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="situation"/> is null.</exception>
    public PieceObligation? ObligationFor(CandidateSituation situation)
    {
        Preconditions.CheckNotNull(situation, nameof(situation));
        if (AppliesWhen is not null && !AppliesWhen.IsMetBy(situation))
        {
            return null;
        }

        return DeferrableWhen is not null && DeferrableWhen.IsMetBy(situation) ? PieceObligation.Deferrable : Obligation;
    }

    /// <summary>Whether two requirements ask for the same piece in the same way; conditions compare by reference.</summary>
    /// <param name="other">Another requirement.</param>
    /// <returns><see langword="true"/> when every field is equal.</returns>
    public bool Equals(PieceRequirement? other) =>
        other is not null && Code == other.Code && Label == other.Label && Obligation == other.Obligation && DueDate == other.DueDate
        && ReferenceEquals(AppliesWhen, other.AppliesWhen) && ReferenceEquals(DeferrableWhen, other.DeferrableWhen) && Equals(Validity, other.Validity);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PieceRequirement);

    /// <inheritdoc />
    public override int GetHashCode() => Code.GetHashCode();

    /// <inheritdoc />
    public override string ToString() => $"{Code} ({Label}, {Obligation})";
}

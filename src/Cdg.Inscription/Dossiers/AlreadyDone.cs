using Cdg.Inscription.Time;

namespace Cdg.Inscription.Dossiers;

/// <summary>
/// What a repeated command is told when what it asks for is already done: the same file sent again
/// to the same piece, or a second « clôturer » of a dossier already closed online (a double click,
/// a retried request). The dossier is unchanged and no event is appended; the message, in French,
/// can be shown to the candidate as it is.
/// </summary>
/// <remarks>This type is immutable.</remarks>
public sealed class AlreadyDone : IEquatable<AlreadyDone>
{
    /// <summary>The code of a file whose content (the same SHA-256) the piece already holds.</summary>
    public const string FileAlreadyInPiece = "done.file-already-in-piece";

    /// <summary>The code of a closure of a dossier already closed online and under review.</summary>
    public const string AlreadyClosed = "done.already-closed";

    private AlreadyDone(string code, string ruleId, string message)
    {
        Code = code;
        RuleId = ruleId;
        Message = message;
    }

    /// <summary>What was already done: <see cref="FileAlreadyInPiece"/> or <see cref="AlreadyClosed"/>.</summary>
    public string Code { get; }

    /// <summary>The rule of the command, as in <c>docs/rules.md</c>: <c>PIECE-02</c> or <c>LIFE-02</c>.</summary>
    public string RuleId { get; }

    /// <summary>What the candidate is told, in French.</summary>
    public string Message { get; }

    /// <inheritdoc />
    public bool Equals(AlreadyDone? other) =>
        other is not null && Code == other.Code && RuleId == other.RuleId && Message == other.Message;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AlreadyDone);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code) ^ StringComparer.Ordinal.GetHashCode(Message);

    /// <summary>The rule ID, the code and the French message, on one line.</summary>
    /// <returns>For example <c>[LIFE-02] done.already-closed: …</c>.</returns>
    public override string ToString() => $"[{RuleId}] {Code}: {Message}";

    internal static AlreadyDone FileInPiece(AttachedFile held, string pieceLabel) => new(
        FileAlreadyInPiece,
        "PIECE-02",
        $"Ce fichier figure déjà dans la pièce « {pieceLabel} » de votre dossier, sous le nom « {held.File.DisplayName} » : il n'a pas été ajouté une seconde fois.");

    internal static AlreadyDone Closed(NodaTime.Instant filedAt) => new(
        AlreadyClosed,
        "LIFE-02",
        $"Votre inscription est déjà clôturée : votre dossier a été transmis au centre de gestion le {FrenchDates.Format(filedAt)}. Vous n'avez rien d'autre à faire pour le moment.");
}

namespace Cdg.Inscription.Files;

/// <summary>
/// What a dossier keeps of a file that a candidate sent: its ID, the cleaned name shown to people,
/// its type, its size and the SHA-256 of its content. The content itself stays in the host's
/// storage; the instant it was received is kept by <see cref="Dossiers.AttachedFile"/>.
/// </summary>
/// <remarks>
/// A new file's record comes from a <see cref="FileInspector"/>, in <see cref="InspectedFile.Record"/>:
/// <see cref="Dossiers.Dossier.AddFile"/> takes only an <see cref="InspectedFile"/>. The constructor
/// is for restoring a stored history (<see cref="Dossiers.Dossier.Rehydrate(Sessions.ExamSession, IEnumerable{Dossiers.Events.DossierEvent})"/>),
/// not for files that were never inspected. This type is immutable.
/// </remarks>
public sealed class FileRecord : IEquatable<FileRecord>
{
    /// <summary>Restores a file record from storage; a new file's record comes from a <see cref="FileInspector"/>.</summary>
    /// <param name="id">The ID under which the host stores the content; not empty.</param>
    /// <param name="displayName">The cleaned name shown to people; not blank.</param>
    /// <param name="type">PDF or JPEG.</param>
    /// <param name="size">The size in bytes; positive.</param>
    /// <param name="sha256">The SHA-256 of the content, as 64 hexadecimal digits (kept in lowercase).</param>
    /// <exception cref="ArgumentNullException"><paramref name="displayName"/> or <paramref name="sha256"/> is null.</exception>
    /// <exception cref="ArgumentException">An argument is out of its range.</exception>
    public FileRecord(Guid id, string displayName, FileType type, long size, string sha256)
    {
        Preconditions.CheckArgument(id != Guid.Empty, nameof(id), "The file needs an ID.");
        Preconditions.CheckArgument(!Text.IsBlank(Preconditions.CheckNotNull(displayName, nameof(displayName))), nameof(displayName), "The file needs a display name.");
        Preconditions.CheckArgument(size > 0, nameof(size), "A file holds at least one byte.");
        Preconditions.CheckArgument(IsSha256(Preconditions.CheckNotNull(sha256, nameof(sha256))), nameof(sha256), "The SHA-256 is 64 hexadecimal digits.");
        Id = id;
        DisplayName = displayName;
        Type = type;
        Size = size;
        Sha256 = sha256.ToLowerInvariant();
    }

    /// <summary>The ID under which the host stores the content.</summary>
    public Guid Id { get; }

    /// <summary>The cleaned name shown to people.</summary>
    public string DisplayName { get; }

    /// <summary>PDF or JPEG, decided from the content.</summary>
    public FileType Type { get; }

    /// <summary>The MIME type of <see cref="Type"/>: <c>application/pdf</c> or <c>image/jpeg</c>.</summary>
    public string ContentType => Type == FileType.Pdf ? "application/pdf" : "image/jpeg";

    /// <summary>The size in bytes.</summary>
    public long Size { get; }

    /// <summary>The SHA-256 of the content, as 64 lowercase hexadecimal digits.</summary>
    public string Sha256 { get; }

    /// <inheritdoc />
    public bool Equals(FileRecord? other) =>
        other is not null && Id == other.Id && DisplayName == other.DisplayName && Type == other.Type
        && Size == other.Size && Sha256 == other.Sha256;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FileRecord);

    /// <inheritdoc />
    public override int GetHashCode() => Id.GetHashCode();

    /// <inheritdoc />
    public override string ToString() => $"{DisplayName} ({ContentType}, {Size} octets)";

    private static bool IsSha256(string text) =>
        text.Length == 64 && text.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F'));
}

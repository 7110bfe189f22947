namespace Cdg.Inscription.Files;

/// <summary>
/// The verdict of a <see cref="FileInspector"/> on one file: accepted, with the
/// <see cref="InspectedFile"/> to add to a dossier, or refused, with every reason, each a stable
/// code and a French message that tells the candidate what to do (FILE-01 to FILE-04).
/// </summary>
/// <remarks>This type is immutable.</remarks>
public sealed class FileInspection
{
    private FileInspection(InspectedFile? file, FileType? detectedType, IReadOnlyList<RuleViolation> refusals)
    {
        File = file;
        DetectedType = detectedType;
        Refusals = refusals;
    }

    /// <summary>Whether the file is accepted.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(File))]
    public bool IsAccepted => File is not null;

    /// <summary>The accepted file, to add to a dossier; null when the file is refused.</summary>
    public InspectedFile? File { get; }

    /// <summary>
    /// The type that the content announced (PDF or JPEG), even when the file is refused for
    /// another reason; null when the content is neither, or was not read (empty, too large).
    /// </summary>
    public FileType? DetectedType { get; }

    /// <summary>Why the file is refused, in the order the checks ran; empty when it is accepted.</summary>
    public IReadOnlyList<RuleViolation> Refusals { get; }

    /// <summary>The refusal reasons' codes and the accepted file, on one line, for logs.</summary>
    /// <returns>For example <c>refusée : file.encrypted, file.pdf-javascript</c>.</returns>
    public override string ToString() =>
        IsAccepted ? $"acceptée : {File}" : $"refusée : {string.Join(", ", Refusals.Select(r => r.Code))}";

    internal static FileInspection Accepted(InspectedFile file) => new(file, file.Type, []);

    internal static FileInspection Refused(FileType? detectedType, IReadOnlyList<RuleViolation> refusals) =>
        new(null, detectedType, refusals);
}

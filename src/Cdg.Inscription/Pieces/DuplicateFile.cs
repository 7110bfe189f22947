using Cdg.Inscription.Dossiers;

namespace Cdg.Inscription.Pieces;

/// <summary>
/// The same content (the same SHA-256) sent for two different pieces: often a candidate who sent the
/// diploma as the identity document, who needs to be told (PIECE-02).
/// </summary>
/// <remarks>This type is immutable.</remarks>
public sealed class DuplicateFile
{
    internal DuplicateFile(string sha256, IReadOnlyList<AttachedFile> files, RuleViolation finding)
    {
        Sha256 = sha256;
        Files = files;
        Finding = finding;
    }

    /// <summary>The SHA-256 that the files share.</summary>
    public string Sha256 { get; }

    /// <summary>The files with that content, in at least two different pieces.</summary>
    public IReadOnlyList<AttachedFile> Files { get; }

    /// <summary>What to tell the candidate, in French.</summary>
    public RuleViolation Finding { get; }
}

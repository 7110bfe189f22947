namespace Cdg.Inscription.Files;

/// <summary>
/// A file that a <see cref="FileInspector"/> accepted, with the facts it read from the content.
/// Only an inspector creates one, and <see cref="Dossiers.Dossier.AddFile"/> takes nothing else,
/// so a dossier never holds a file that was not inspected.
/// </summary>
/// <remarks>This type is immutable.</remarks>
public sealed class InspectedFile
{
    internal InspectedFile(FileRecord record, int? pageCount, int? pixelWidth, int? pixelHeight)
    {
        Record = record;
        PageCount = pageCount;
        PixelWidth = pixelWidth;
        PixelHeight = pixelHeight;
    }

    /// <summary>
    /// What the dossier keeps of the file: a new ID under which the host stores the content, the
    /// cleaned display name, the type, the size and the SHA-256.
    /// </summary>
    public FileRecord Record { get; }

    /// <summary>The ID under which the host stores the content: <see cref="FileRecord.Id"/>, new for each inspection.</summary>
    public Guid Id => Record.Id;

    /// <summary>The cleaned name shown to people (FILE-03): <see cref="FileRecord.DisplayName"/>.</summary>
    public string DisplayName => Record.DisplayName;

    /// <summary>The type decided from the content (FILE-01).</summary>
    public FileType Type => Record.Type;

    /// <summary>The size in bytes: <see cref="FileRecord.Size"/>.</summary>
    public long Size => Record.Size;

    /// <summary>The SHA-256 of the content, as 64 lowercase hexadecimal digits: <see cref="FileRecord.Sha256"/>.</summary>
    public string Sha256 => Record.Sha256;

    /// <summary>The number of pages of a PDF, from its page tree, when the inspector could read it; null otherwise.</summary>
    public int? PageCount { get; }

    /// <summary>The width in pixels of a JPEG, from its frame header; null for a PDF.</summary>
    public int? PixelWidth { get; }

    /// <summary>The height in pixels of a JPEG, from its frame header; null for a PDF.</summary>
    public int? PixelHeight { get; }

    /// <inheritdoc />
    public override string ToString() => Record.ToString();
}

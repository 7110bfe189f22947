namespace Cdg.Inscription.Files.Inspection;

/// <summary>
/// What a format check found wrong with a file's content. The inspector turns each into a refusal
/// with its French message, or ignores it when a setting allows it.
/// </summary>
[Flags]
internal enum FileFaults
{
    /// <summary>Nothing found.</summary>
    None = 0,

    /// <summary>The file ends before its structure does: no end marker, a segment or an object cut off.</summary>
    Truncated = 1 << 0,

    /// <summary>The structure is broken: a bad header, a cross-reference offset that points nowhere, a malformed segment.</summary>
    Damaged = 1 << 1,

    /// <summary>The PDF is encrypted (an <c>/Encrypt</c> entry anywhere).</summary>
    Encrypted = 1 << 2,

    /// <summary>Bytes other than line ends and padding follow the end of the document (<c>%%EOF</c>, JPEG's EOI).</summary>
    DataAfterEnd = 1 << 3,

    /// <summary>A JPEG that is well formed but not of a supported kind: arithmetic coding, lossless or hierarchical, not 8-bit, not 1, 3 or 4 components.</summary>
    UnsupportedImage = 1 << 4,

    /// <summary>Compressed streams inflate to more than the limit.</summary>
    CompressionBomb = 1 << 5,

    /// <summary>The PDF holds JavaScript (<c>/JavaScript</c>, <c>/JS</c>) or an XFA form, which runs scripts.</summary>
    JavaScript = 1 << 6,

    /// <summary>The PDF holds a launch action (<c>/Launch</c>).</summary>
    LaunchAction = 1 << 7,

    /// <summary>The PDF holds an embedded file (<c>/EmbeddedFile</c>, <c>/EmbeddedFiles</c>).</summary>
    EmbeddedFile = 1 << 8,

    /// <summary>The PDF holds rich media (<c>/RichMedia</c>: Flash, video or 3D content, which can run scripts).</summary>
    RichMedia = 1 << 9,
}

namespace Cdg.Inscription.Files;

/// <summary>
/// The limits and settings of a <see cref="FileInspector"/>: what a session accepts. The defaults
/// are the safe ones; each setting that relaxes a rule says what it lets through.
/// </summary>
/// <remarks>This type is immutable once built; a <see cref="FileInspector"/> checks it when it is created.</remarks>
public sealed class FileInspectionOptions
{
    /// <summary>The default largest size of a file: 10 Mio (10 485 760 bytes).</summary>
    public const long DefaultMaxSize = 10L * 1024 * 1024;

    /// <summary>The default largest number of pixels of a JPEG: 50 million, a 10-megapixel photo five times over.</summary>
    public const long DefaultMaxPixels = 50_000_000;

    /// <summary>The default cap on the bytes that a PDF's compressed object streams inflate to: 64 Mio.</summary>
    public const long DefaultMaxInflatedBytes = 64L * 1024 * 1024;

    /// <summary>Creates the options with the safe defaults; set the properties to relax or tighten a rule.</summary>
    public FileInspectionOptions()
    {
    }

    /// <summary>The options with every default: PDF and JPEG, 10 Mio, nothing relaxed.</summary>
    public static FileInspectionOptions Default { get; } = new();

    /// <summary>
    /// The largest size of a file, in bytes; positive. A larger file is refused
    /// (<see cref="RuleViolationCodes.FileTooLarge"/>), and a stream is never read past it.
    /// </summary>
    public long MaxSize { get; init; } = DefaultMaxSize;

    /// <summary>Whether PDF documents are accepted; true by default.</summary>
    public bool AcceptPdf { get; init; } = true;

    /// <summary>Whether JPEG images are accepted; true by default.</summary>
    public bool AcceptJpeg { get; init; } = true;

    /// <summary>
    /// The largest number of pixels (width × height, read from the frame header) of a JPEG;
    /// positive. A larger image is refused (<see cref="RuleViolationCodes.ImageTooLarge"/>).
    /// </summary>
    public long MaxPixels { get; init; } = DefaultMaxPixels;

    /// <summary>
    /// The most bytes that a PDF's object streams and cross-reference streams may decode to, all
    /// together, in the sequential scan and in the reader's view; positive. The inspector stops
    /// decoding there and refuses the file
    /// (<see cref="RuleViolationCodes.CompressionBomb"/>).
    /// </summary>
    public long MaxInflatedBytes { get; init; } = DefaultMaxInflatedBytes;

    /// <summary>
    /// Whether a PDF that holds JavaScript is accepted, for sessions whose forms are fillable PDFs
    /// (FILE-04 allows this relaxation and no other); false by default. Launch actions and
    /// embedded files are refused whatever this says.
    /// </summary>
    public bool AllowPdfJavaScript { get; init; }

    /// <summary>
    /// Whether data after the end of the document (after a PDF's last <c>%%EOF</c>, after a JPEG's
    /// end-of-image marker) is accepted; false by default, because an archive or a web page
    /// appended to a valid file makes a polyglot. Line ends and NUL padding are always accepted.
    /// </summary>
    public bool AllowDataAfterEnd { get; init; }

    /// <summary>The types that these options accept, in the order PDF, JPEG.</summary>
    internal IEnumerable<FileType> AcceptedTypes
    {
        get
        {
            if (AcceptPdf)
            {
                yield return FileType.Pdf;
            }

            if (AcceptJpeg)
            {
                yield return FileType.Jpeg;
            }
        }
    }

    /// <summary>Whether the options accept <paramref name="type"/>.</summary>
    /// <param name="type">A file type.</param>
    /// <returns>True when they do.</returns>
    internal bool Accepts(FileType type) => type == FileType.Pdf ? AcceptPdf : AcceptJpeg;
}

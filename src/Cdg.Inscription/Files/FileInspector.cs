using System.Buffers;
using System.Security.Cryptography;
using Cdg.Inscription.Files.Inspection;
using Cdg.Inscription.Files.Jpeg;
using Cdg.Inscription.Files.Pdf;

namespace Cdg.Inscription.Files;

/// <summary>
/// Decides from the content alone whether a file that a candidate sent is accepted (FILE-01 to
/// FILE-04), and says why in French when it is not. An accepted verdict carries the only
/// <see cref="InspectedFile"/> that a <see cref="Dossiers.Dossier"/> takes.
/// </summary>
/// <remarks>
/// <para>
/// In order: the size (empty, too small, too large: a larger stream is not read past the limit);
/// the type from the first bytes (Mime-Detective, then the PDF or JPEG signature at offset 0); the
/// types that the options accept; the name that the browser sent (cleaned by
/// <see cref="DisplayName.Clean"/>; an extension of another type refuses the file) and the content
/// type that it declared; the structural checks of the format, which read a bounded number of
/// bytes whatever the file's size; then one sequential read of the whole content, which computes
/// the SHA-256 and scans it (a PDF's active content and encryption, where a PDF or a JPEG ends);
/// and, for a PDF, the reader's view: the objects that a reader loads through the cross-reference,
/// read where it places them.
/// Every reason found is reported, not only the first. <c>docs/file-validation.md</c> details each
/// check and the bytes it reads.
/// </para>
/// <para>
/// A stream that can seek is read from its start, whatever its position, and left at position 0
/// so that the host can store it; one that cannot is first copied, within the size limit, to
/// memory or to a temporary file deleted afterwards. An inspector holds only its options: one
/// instance can inspect many files at once.
/// </para>
/// </remarks>
public sealed class FileInspector
{
    /// <summary>The smallest size of a file that could be a whole PDF or JPEG: 64 bytes. A smaller one is refused.</summary>
    public const int MinSize = 64;

    /// <summary>The size of the chunks in which the content is read.</summary>
    internal const int ChunkSize = 64 * 1024;

    /// <summary>Creates an inspector.</summary>
    /// <param name="options">The session's limits and settings; <see cref="FileInspectionOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentException">A limit is not positive, or the options accept no type.</exception>
    public FileInspector(FileInspectionOptions? options = null)
    {
        options ??= FileInspectionOptions.Default;
        Preconditions.CheckArgument(options.MaxSize >= MinSize, nameof(options), $"MaxSize must be at least {MinSize} bytes.");
        Preconditions.CheckArgument(options.MaxPixels > 0, nameof(options), "MaxPixels must be positive.");
        Preconditions.CheckArgument(options.MaxInflatedBytes > 0, nameof(options), "MaxInflatedBytes must be positive.");
        Preconditions.CheckArgument(options.AcceptPdf || options.AcceptJpeg, nameof(options), "The options must accept PDF, JPEG or both.");
        Options = options;
    }

    /// <summary>The limits and settings that this inspector applies.</summary>
    public FileInspectionOptions Options { get; }

    /// <summary>
    /// Whether a file of this length is within <see cref="FileInspectionOptions.MaxSize"/>, before any
    /// byte is read: what a host answers when an upload's declared length, or its body, is already
    /// too long (FILE-02), with the French reason that <see cref="InspectAsync"/> would give.
    /// </summary>
    /// <param name="length">The file's length in bytes, or a lower bound of it.</param>
    /// <returns>Allowed, or refused with <see cref="RuleViolationCodes.FileTooLarge"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is negative.</exception>
    public Dossiers.CommandCheck CheckSize(long length)
    {
        if (length < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, "A length cannot be negative.");
        }

        return length > Options.MaxSize ? Dossiers.CommandCheck.Of([Violations.FileTooLarge(Options.MaxSize)]) : Dossiers.CommandCheck.Allowed;
    }

    /// <summary>Inspects one file.</summary>
    /// <param name="content">The file's content, seekable or not; read, never written nor disposed.</param>
    /// <param name="browserName">The name that the browser sent; may be null or anything at all.</param>
    /// <param name="declaredContentType">The content type that the browser declared, if any; generic types such as <c>application/octet-stream</c> are ignored.</param>
    /// <param name="cancellationToken">Cancels the inspection.</param>
    /// <returns>The verdict: accepted with the file's facts, or refused with every reason.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="content"/> cannot be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="IOException">Reading <paramref name="content"/> failed.</exception>
    public async Task<FileInspection> InspectAsync(Stream content, string? browserName, string? declaredContentType = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(content, nameof(content));
        Preconditions.CheckArgument(content.CanRead, nameof(content), "The stream must be readable.");
        cancellationToken.ThrowIfCancellationRequested();
        if (content.CanSeek)
        {
            try
            {
                return await InspectSeekableAsync(content, browserName, declaredContentType, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                content.Position = 0;
            }
        }

        using var spool = await Spool.CopyAsync(content, Options.MaxSize, cancellationToken).ConfigureAwait(false);
        return spool is null
            ? FileInspection.Refused(null, [Violations.FileTooLarge(Options.MaxSize)])
            : await InspectSeekableAsync(spool, browserName, declaredContentType, cancellationToken).ConfigureAwait(false);
    }

    private async Task<FileInspection> InspectSeekableAsync(Stream content, string? browserName, string? declaredContentType, CancellationToken cancellationToken)
    {
        var size = content.Length;
        var sizeRefusal = size switch
        {
            0 => Violations.FileEmpty(),
            _ when size > Options.MaxSize => Violations.FileTooLarge(Options.MaxSize),
            < MinSize => Violations.FileTooSmall(size),
            _ => null,
        };
        if (sizeRefusal is not null)
        {
            return FileInspection.Refused(null, [sizeRefusal]);
        }

        var head = await StreamWindow.ReadAsync(content, 0, ContentSniffer.HeadLength, cancellationToken).ConfigureAwait(false);
        if (ContentSniffer.Sniff(head) is not { } type)
        {
            return FileInspection.Refused(null, [Violations.FileTypeNotAccepted(Options.AcceptedTypes)]);
        }

        var refusals = new List<RuleViolation>();
        if (!Options.Accepts(type))
        {
            refusals.Add(Violations.FileTypeNotAcceptedHere(type, Options.AcceptedTypes.Single()));
        }

        var name = DisplayName.Clean(browserName, type);
        if (name.Refusal is not null)
        {
            refusals.Add(name.Refusal);
        }

        if (DeclaredContentType.Contradiction(declaredContentType, type) is { } declared)
        {
            refusals.Add(Violations.FileDeclaredTypeContradictsContent(declared, type));
        }

        var report = new FormatReport();
        IContentScanner scanner;
        if (type == FileType.Pdf)
        {
            await PdfStructure.CheckAsync(content, report, cancellationToken).ConfigureAwait(false);
            scanner = new PdfScanner(Options.MaxInflatedBytes);
        }
        else
        {
            await JpegStructure.CheckAsync(content, report, cancellationToken).ConfigureAwait(false);
            scanner = new JpegScanner();
        }

        var sha256 = await ReadAllAsync(content, scanner, cancellationToken).ConfigureAwait(false);
        scanner.Complete(report);
        if (scanner is PdfScanner pdf && NeedsReaderView(pdf, report))
        {
            // One limit for every stream decoded, by the scan and by the reader's view together.
            await PdfReaderView.CheckAsync(content, pdf.LastEndOfFileOffset, report, Options.MaxInflatedBytes - pdf.InflatedBytes, cancellationToken).ConfigureAwait(false);
        }

        refusals.AddRange(RefusalsOf(report, type));
        return refusals.Count > 0
            ? FileInspection.Refused(type, refusals)
            : FileInspection.Accepted(new InspectedFile(
                new FileRecord(Guid.NewGuid(), name.Name, type, size, sha256), report.PageCount, report.PixelWidth, report.PixelHeight));
    }

    /// <summary>Reads the whole content once, in order: the SHA-256 and the format's scan.</summary>
    private static async Task<string> ReadAllAsync(Stream content, IContentScanner scanner, CancellationToken cancellationToken)
    {
        content.Position = 0;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            int read;
            while ((read = await content.ReadAsync(buffer, 0, ChunkSize, cancellationToken).ConfigureAwait(false)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                scanner.Scan(buffer, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return Hex(hash.GetHashAndReset());
    }

    /// <summary>
    /// Whether a PDF is also read as a reader reads it (<see cref="PdfReaderView"/>): not when it
    /// has no <c>%%EOF</c>, is encrypted (its objects cannot be read, and it is refused for that)
    /// or already a compression bomb.
    /// </summary>
    private static bool NeedsReaderView(PdfScanner scanner, FormatReport report) =>
        scanner.LastEndOfFileOffset >= 0 && !report.Has(FileFaults.Encrypted) && !report.Has(FileFaults.CompressionBomb);

    private IEnumerable<RuleViolation> RefusalsOf(FormatReport report, FileType type)
    {
        if (report.Has(FileFaults.Truncated))
        {
            yield return Violations.FileTruncated(type);
        }

        if (report.Has(FileFaults.Damaged))
        {
            yield return Violations.FileDamaged(type);
        }

        if (report.Has(FileFaults.Encrypted))
        {
            yield return Violations.FileEncrypted();
        }

        if (report.Has(FileFaults.DataAfterEnd) && !Options.AllowDataAfterEnd)
        {
            yield return Violations.FileDataAfterEnd(type);
        }

        if (report.Has(FileFaults.UnsupportedImage))
        {
            yield return Violations.ImageFormatNotSupported();
        }

        if (report.PixelWidth is { } width && report.PixelHeight is { } height && (long)width * height > Options.MaxPixels)
        {
            yield return Violations.ImageTooLarge(width, height, Options.MaxPixels);
        }

        if (report.Has(FileFaults.CompressionBomb))
        {
            yield return Violations.CompressionBomb();
        }

        if (report.Has(FileFaults.JavaScript) && !Options.AllowPdfJavaScript)
        {
            yield return Violations.PdfJavaScript();
        }

        if (report.Has(FileFaults.LaunchAction))
        {
            yield return Violations.PdfLaunchAction();
        }

        if (report.Has(FileFaults.EmbeddedFile))
        {
            yield return Violations.PdfEmbeddedFile();
        }

        if (report.Has(FileFaults.RichMedia))
        {
            yield return Violations.PdfRichMedia();
        }
    }

    private static string Hex(byte[] bytes)
    {
        const string digits = "0123456789abcdef";
        var chars = new char[bytes.Length * 2];
        for (var i = 0; i < bytes.Length; i++)
        {
            chars[2 * i] = digits[bytes[i] >> 4];
            chars[(2 * i) + 1] = digits[bytes[i] & 0xF];
        }

        return new string(chars);
    }
}

namespace Cdg.Inscription.Files;

/// <summary>The only types of file that a candidate may send (FILE-01).</summary>
public enum FileType
{
    /// <summary>A PDF document, <c>application/pdf</c>.</summary>
    Pdf,

    /// <summary>A JPEG image, <c>image/jpeg</c>.</summary>
    Jpeg,
}

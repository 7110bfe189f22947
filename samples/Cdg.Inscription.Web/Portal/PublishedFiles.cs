using System.Globalization;
using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Files;

namespace Cdg.Inscription.Web.Portal;

/// <summary>
/// The reference of a published document: <c>{id}.{size}.{sha256}</c>, which is enough to find its
/// bytes in the content-addressed store.
/// </summary>
public static class PublishedFiles
{
    /// <summary>The reference of stored bytes.</summary>
    /// <param name="id">The file's ID.</param>
    /// <param name="size">Its size.</param>
    /// <param name="sha256">Its hash, lower-case hex.</param>
    /// <returns>The reference.</returns>
    public static string ReferenceOf(Guid id, long size, string sha256) => FormattableString.Invariant($"{id:N}.{size}.{sha256}");

    /// <summary>The file record of a published document, or null when its reference is not one of ours.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The record.</returns>
    public static FileRecord? RecordOf(PublishedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var parts = document.Reference.Split('.');
        if (parts.Length != 3 || !Guid.TryParseExact(parts[0], "N", out var id) || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var size))
        {
            return null;
        }

        return new FileRecord(id, FileNameOf(document), FileType.Pdf, size, parts[2]);
    }

    private static string FileNameOf(PublishedDocument document) => document.Kind switch
    {
        DocumentKind.Convocation => "convocation.pdf",
        DocumentKind.AccessMap => "plan-d-acces.pdf",
        DocumentKind.Transcript => "releve-de-notes.pdf",
        _ => "attestation-de-presence.pdf",
    };
}

using System.Security.Cryptography;
using System.Text;
using Cdg.Inscription.Files;

namespace Cdg.Inscription.Sample;

/// <summary>
/// Made-up files, as a host would record them after inspecting an upload: the content here is a
/// few invented bytes, whose SHA-256 is computed for real. The ID is derived from that hash, so
/// that every run prints the same output.
/// </summary>
internal static class SampleFiles
{
    /// <summary>A PDF file named <paramref name="displayName"/>, whose content is derived from <paramref name="content"/>.</summary>
    public static FileRecord Pdf(string displayName, string content) =>
        Record(displayName, FileType.Pdf, [.. "%PDF-1.7\n"u8, .. Encoding.UTF8.GetBytes(content), .. "\n%%EOF\n"u8]);

    /// <summary>A JPEG file named <paramref name="displayName"/>, whose content is derived from <paramref name="content"/>.</summary>
    public static FileRecord Jpeg(string displayName, string content) =>
        Record(displayName, FileType.Jpeg, [0xFF, 0xD8, 0xFF, 0xE0, .. Encoding.UTF8.GetBytes(content), 0xFF, 0xD9]);

    private static FileRecord Record(string displayName, FileType type, byte[] content)
    {
        var sha256 = SHA256.HashData(content);
        var id = new Guid(sha256.AsSpan(0, 16));
        return new FileRecord(id, displayName, type, content.Length, Convert.ToHexStringLower(sha256));
    }
}

namespace Cdg.Inscription.Tests.Support;

/// <summary>A seekable stream whose content ends before the length it claims, as a file cut while it is read.</summary>
/// <param name="content">The bytes that can be read.</param>
/// <param name="claimedLength">The length it claims; more than the content's.</param>
internal sealed class ShrunkStream(byte[] content, long claimedLength) : MemoryStream(content, writable: false)
{
    /// <inheritdoc />
    public override long Length => claimedLength;
}

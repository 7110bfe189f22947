namespace Cdg.Inscription.Tests.Support;

/// <summary>A stream that never ends: a PDF header, then spaces for ever. Counts the bytes it returned.</summary>
internal sealed class EndlessStream : Stream
{
    private static readonly byte[] Header = "%PDF-1.7\n"u8.ToArray();

    /// <summary>The bytes returned by the reads so far.</summary>
    public long BytesRead { get; private set; }

    /// <inheritdoc />
    public override bool CanRead => true;

    /// <inheritdoc />
    public override bool CanSeek => false;

    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc />
    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var position = BytesRead + i;
            buffer[offset + i] = position < Header.Length ? Header[position] : (byte)' ';
        }

        BytesRead += count;
        return count;
    }

    /// <inheritdoc />
    public override void Flush()
    {
    }

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

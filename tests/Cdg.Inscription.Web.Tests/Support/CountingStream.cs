namespace Cdg.Inscription.Web.Tests.Support;

/// <summary>A body of zeros, of a given length, that counts how many bytes the server pulled from it; seekable (its length declared) or not (sent chunked).</summary>
public sealed class CountingStream(long length, bool declaresLength) : Stream
{
    private long _position;

    /// <summary>How many bytes were read.</summary>
    public long BytesRead => Interlocked.Read(ref _position);

    /// <inheritdoc />
    public override bool CanRead => true;

    /// <inheritdoc />
    public override bool CanSeek => declaresLength;

    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override long Length => declaresLength ? length : throw new NotSupportedException();

    /// <inheritdoc />
    public override long Position
    {
        get => _position;
        set
        {
            if (value != _position)
            {
                throw new NotSupportedException();
            }
        }
    }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = (int)Math.Min(count, length - _position);
        Array.Clear(buffer, offset, n);
        Interlocked.Add(ref _position, n);
        return n;
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

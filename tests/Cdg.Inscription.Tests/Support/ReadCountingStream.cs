namespace Cdg.Inscription.Tests.Support;

/// <summary>
/// A stream that passes every call to the stream it wraps and counts what reads returned: the
/// bytes, the calls, and the furthest offset reached. To check that code reads only bounded
/// windows of a file. Seeking, length, position and writes go through unchanged.
/// </summary>
internal sealed class ReadCountingStream : Stream
{
    private readonly Stream _inner;
    private readonly bool _leaveOpen;

    /// <summary>Wraps a stream.</summary>
    /// <param name="inner">The stream to wrap.</param>
    /// <param name="leaveOpen">True to leave <paramref name="inner"/> open when this stream is disposed.</param>
    public ReadCountingStream(Stream inner, bool leaveOpen = false)
    {
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
        _leaveOpen = leaveOpen;
    }

    /// <summary>The bytes that reads returned, all together.</summary>
    public long BytesRead { get; private set; }

    /// <summary>How many reads were made, those that returned nothing included.</summary>
    public int ReadCalls { get; private set; }

    /// <summary>The largest offset just past a byte that a read returned; 0 before any.</summary>
    public long FurthestOffsetRead { get; private set; }

    public override bool CanRead => _inner.CanRead;

    public override bool CanSeek => _inner.CanSeek;

    public override bool CanWrite => _inner.CanWrite;

    public override long Length => _inner.Length;

    public override long Position
    {
        get => _inner.Position;
        set => _inner.Position = value;
    }

    /// <summary>Sets the counts back to zero.</summary>
    public void ResetCounts()
    {
        BytesRead = 0;
        ReadCalls = 0;
        FurthestOffsetRead = 0;
    }

    public override int Read(byte[] buffer, int offset, int count) => Count(_inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Count(_inner.Read(buffer));

    public override int ReadByte()
    {
        var value = _inner.ReadByte();
        Count(value < 0 ? 0 : 1);
        return value;
    }

    public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Count(await _inner.ReadAsync(buffer.AsMemory(offset, count), cancellationToken).ConfigureAwait(false));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await _inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));

    public override long Seek(long offset, SeekOrigin origin) => _inner.Seek(offset, origin);

    public override void SetLength(long value) => _inner.SetLength(value);

    public override void Flush() => _inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => _inner.FlushAsync(cancellationToken);

    public override void Write(byte[] buffer, int offset, int count) => _inner.Write(buffer, offset, count);

    public override void Write(ReadOnlySpan<byte> buffer) => _inner.Write(buffer);

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        _inner.WriteAsync(buffer, offset, count, cancellationToken);

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
        _inner.WriteAsync(buffer, cancellationToken);

    public override void WriteByte(byte value) => _inner.WriteByte(value);

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_leaveOpen)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Count(int read)
    {
        ReadCalls++;
        BytesRead += read;
        if (read > 0 && _inner.CanSeek)
        {
            FurthestOffsetRead = Math.Max(FurthestOffsetRead, _inner.Position);
        }

        return read;
    }
}

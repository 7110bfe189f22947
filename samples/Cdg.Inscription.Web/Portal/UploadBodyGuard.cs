using Cdg.Inscription.AspNetCore.Problems;
using Cdg.Inscription.Files;
using Microsoft.AspNetCore.Http.Metadata;

namespace Cdg.Inscription.Web.Portal;

/// <summary>
/// Bounds the body of the upload form before the antiforgery middleware reads it to find the
/// token (FILE-02): a body declared longer than the endpoint's limit is refused before a byte of it
/// is read, and one sent without a length is cut as soon as it passes the limit, whatever the
/// server (Kestrel applies the limit itself; a server without <c>IHttpMaxRequestBodySizeFeature</c> does not).
/// </summary>
public static class UploadBodyGuard
{
    /// <summary>Adds the guard; it goes after the upload refusal handling and before <c>UseAntiforgery</c>.</summary>
    /// <param name="app">The application.</param>
    /// <returns>The same application.</returns>
    public static WebApplication UseUploadBodyGuard(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is not { MaxRequestBodySize: { } limit }
                || !context.Request.Path.StartsWithSegments(PortalFiles.UploadPrefix, StringComparison.OrdinalIgnoreCase))
            {
                await next();
                return;
            }

            if (context.Request.ContentLength > limit)
            {
                throw TooLarge(context);
            }

            var bounded = new BoundedStream(context.Request.Body, limit);
            context.Request.Body = bounded;
            try
            {
                await next();
            }
            catch (Exception cut) when (bounded.Passed && cut is not UploadRefusedException { StatusCode: StatusCodes.Status413PayloadTooLarge })
            {
                throw TooLarge(context, cut);
            }
        });
        return app;
    }

    private static UploadRefusedException TooLarge(HttpContext context, Exception? cause = null) =>
        new(
            StatusCodes.Status413PayloadTooLarge,
            [.. context.RequestServices.GetRequiredService<FileInspector>().CheckSize(long.MaxValue).Violations.Select(ProblemViolation.From)],
            cause);

    private sealed class BoundedStream(Stream inner, long limit) : Stream
    {
        private long _read;

        public bool Passed { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => _read;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private int Count(int read)
        {
            _read += read;
            if (_read > limit)
            {
                Passed = true;
                throw new InvalidDataException("The upload's body passed its limit.");
            }

            return read;
        }
    }
}

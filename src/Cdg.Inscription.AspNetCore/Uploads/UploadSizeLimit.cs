using Microsoft.AspNetCore.Http.Metadata;

namespace Cdg.Inscription.AspNetCore.Uploads;

/// <summary>
/// The body limit of an upload endpoint, as endpoint metadata: routing gives it to the server
/// before any middleware reads the body (antiforgery reads the form to find its token).
/// </summary>
internal sealed class UploadSizeLimit(long maxRequestBodySize) : IRequestSizeLimitMetadata
{
    public long? MaxRequestBodySize { get; } = maxRequestBodySize;
}

using Microsoft.AspNetCore.Http;

namespace Cdg.Inscription.AspNetCore.Problems;

/// <summary>
/// An upload refused before or by the inspection: no file, a body too large (413), a file that the
/// inspector refused (422). <see cref="Uploads.PieceUpload"/> throws it;
/// <see cref="CdgInscriptionExceptionHandler"/> answers it with its status and French reasons.
/// </summary>
public sealed class UploadRefusedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public UploadRefusedException()
        : this("The upload was refused.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message, for the logs.</param>
    public UploadRefusedException(string? message)
        : base(message)
    {
        Violations = [];
        StatusCode = 400;
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message, for the logs.</param>
    /// <param name="innerException">The cause.</param>
    public UploadRefusedException(string? message, Exception? innerException)
        : base(message, innerException)
    {
        Violations = [];
        StatusCode = 400;
    }

    /// <summary>Creates the exception for a status and its reasons.</summary>
    /// <param name="statusCode">400, 413 or 422.</param>
    /// <param name="violations">The reasons, in French.</param>
    /// <param name="innerException">The cause, if any.</param>
    /// <exception cref="ArgumentNullException"><paramref name="violations"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="statusCode"/> is not 400, 413 or 422.</exception>
    public UploadRefusedException(int statusCode, IReadOnlyList<ProblemViolation> violations, Exception? innerException = null)
        : base(string.Join(" ", violations?.Select(v => v.Message) ?? []), innerException)
    {
        ArgumentNullException.ThrowIfNull(violations);
        if (statusCode is not (StatusCodes.Status400BadRequest or StatusCodes.Status413PayloadTooLarge or StatusCodes.Status422UnprocessableEntity))
        {
            throw new ArgumentOutOfRangeException(nameof(statusCode), statusCode, "An upload is refused with 400, 413 or 422.");
        }

        StatusCode = statusCode;
        Violations = violations;
    }

    /// <summary>The HTTP status of the answer: 400, 413 or 422.</summary>
    public int StatusCode { get; }

    /// <summary>The reasons, in French.</summary>
    public IReadOnlyList<ProblemViolation> Violations { get; }
}

using Cdg.Inscription.Files;
using Cdg.Inscription.Sessions;
using NodaTime;

namespace Cdg.Inscription.AspNetCore;

/// <summary>What <see cref="CdgInscriptionServiceCollectionExtensions.AddCdgInscription"/> registers: the sessions, the inspection of uploads, the clock and the runner's retries.</summary>
public sealed class CdgInscriptionOptions
{
    /// <summary>The default number of attempts of a command that meets a concurrency conflict.</summary>
    public const int DefaultMaxAttempts = 3;

    /// <summary>The exam sessions the host runs; each code once.</summary>
    public IList<ExamSession> Sessions { get; } = [];

    /// <summary>The inspection of every upload (FILE-01 to FILE-04); <see cref="FileInspectionOptions.Default"/> unless set.</summary>
    public FileInspectionOptions Inspection { get; set; } = FileInspectionOptions.Default;

    /// <summary>The clock of every command; <see cref="SystemClock.Instance"/> unless set (a test gives a <c>FakeClock</c>).</summary>
    public IClock Clock { get; set; } = SystemClock.Instance;

    /// <summary>
    /// How many times <see cref="Commands.DossierRunner"/> loads, decides and appends when another
    /// request appended first, before it throws <see cref="Storage.DossierConcurrencyException"/> (a 409); at least 1.
    /// </summary>
    public int MaxAttempts { get; set; } = DefaultMaxAttempts;

    /// <summary>
    /// The room, beyond <see cref="FileInspectionOptions.MaxSize"/>, that an upload's multipart
    /// envelope may take (boundaries, headers, the other fields); 64 KiB unless set.
    /// </summary>
    public long UploadEnvelopeBytes { get; set; } = 64 * 1024;
}

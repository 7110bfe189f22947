using NodaTime;

namespace Cdg.Inscription.Dossiers;

/// <summary>
/// Everything a dossier knows at one version, as one immutable value: what a host may store as a
/// snapshot, and what <see cref="Dossier.Rehydrate(Sessions.ExamSession, DossierSnapshot, IEnumerable{Events.DossierEvent})"/>
/// resumes from. Two snapshots are equal when every field is, lists compared item by item; a dossier
/// rebuilt from its history has a snapshot equal to the original's (LIFE-11).
/// </summary>
/// <remarks>This type is immutable.</remarks>
/// <param name="SessionCode">The code of the dossier's exam session.</param>
/// <param name="Number">The dossier number.</param>
/// <param name="Candidate">The candidate and the contact details on file.</param>
public sealed record DossierSnapshot(string SessionCode, DossierNumber Number, Candidate Candidate)
{
    /// <summary>The number of events applied: the version for the host's optimistic concurrency.</summary>
    public long Version { get; init; }

    /// <summary>The status.</summary>
    public DossierStatus Status { get; init; }

    /// <summary>When the last event happened; commands cannot be dated earlier.</summary>
    public Instant UpdatedAt { get; init; }

    /// <summary>When the dossier entered its status.</summary>
    public Instant StatusSince { get; init; }

    /// <summary>The candidate's situation, on which the pieces depend (PIECE-04).</summary>
    public Pieces.CandidateSituation Situation { get; init; } = Pieces.CandidateSituation.None;

    /// <summary>When the candidate pre-registered.</summary>
    public Instant PreRegisteredAt { get; init; }

    /// <summary>How the dossier reached the CDG, or null while it has not (LIFE-02).</summary>
    public FilingChannel? Filing { get; init; }

    /// <summary>When the dossier reached the CDG: closed online, or received by post.</summary>
    public Instant? FiledAt { get; init; }

    /// <summary>The postmark date of a paper dossier (DEAD-04).</summary>
    public LocalDate? Postmark { get; init; }

    // Not readonly: WithFileAdded, WithFileRemoved and WithDocument set the list of a fresh copy,
    // which they own, instead of copying it a second time through the init accessor.
    private IReadOnlyList<AttachedFile> _files = Array.Empty<AttachedFile>();
    private readonly IReadOnlyList<string> _nonComplianceReasons = Array.Empty<string>();
    private IReadOnlyList<PublishedDocument> _documents = Array.Empty<PublishedDocument>();
    private readonly IReadOnlyList<WithdrawnDocument> _withdrawnDocuments = Array.Empty<WithdrawnDocument>();

    /// <summary>The files the dossier holds, in the order they were added; a read-only copy of what was given.</summary>
    public IReadOnlyList<AttachedFile> Files { get => _files; init => _files = Frozen(value); }

    /// <summary>The open regularisation request while the dossier is incomplete (LIFE-05).</summary>
    public RegularisationRequest? Regularisation { get; init; }

    /// <summary>When the open regularisation request was made.</summary>
    public Instant? RegularisationRequestedAt { get; init; }

    /// <summary>The reasons of a DOSSIER NON CONFORME decision (LIFE-07); empty otherwise.</summary>
    public IReadOnlyList<string> NonComplianceReasons { get => _nonComplianceReasons; init => _nonComplianceReasons = Frozen(value); }

    /// <summary>The documents published in the candidate's space that stand (SPACE-01).</summary>
    public IReadOnlyList<PublishedDocument> Documents { get => _documents; init => _documents = Frozen(value); }

    /// <summary>The documents withdrawn from the candidate's space, oldest withdrawal first: convocations of a reopened dossier (SPACE-01).</summary>
    public IReadOnlyList<WithdrawnDocument> WithdrawnDocuments { get => _withdrawnDocuments; init => _withdrawnDocuments = Frozen(value); }

    /// <summary>Whether two snapshots hold the same state, lists compared item by item.</summary>
    /// <param name="other">Another snapshot.</param>
    /// <returns><see langword="true"/> when every field is equal.</returns>
    public bool Equals(DossierSnapshot? other) =>
        other is not null
        && SessionCode == other.SessionCode
        && Number == other.Number
        && Candidate.Equals(other.Candidate)
        && Situation.Equals(other.Situation)
        && Version == other.Version
        && Status == other.Status
        && StatusSince == other.StatusSince
        && UpdatedAt == other.UpdatedAt
        && PreRegisteredAt == other.PreRegisteredAt
        && Filing == other.Filing
        && FiledAt == other.FiledAt
        && Postmark == other.Postmark
        && Files.SequenceEqual(other.Files)
        && Equals(Regularisation, other.Regularisation)
        && RegularisationRequestedAt == other.RegularisationRequestedAt
        && NonComplianceReasons.SequenceEqual(other.NonComplianceReasons)
        && Documents.SequenceEqual(other.Documents)
        && WithdrawnDocuments.SequenceEqual(other.WithdrawnDocuments);

    /// <inheritdoc />
    public override int GetHashCode() => Number.GetHashCode() ^ Version.GetHashCode();

    /// <summary>Why a snapshot, stored and read back by a host, cannot be a dossier's state; null when it can.</summary>
    internal string? Inconsistency() =>
        SessionCode is null || Candidate is null || Situation is null || Files is null || NonComplianceReasons is null || Documents is null || WithdrawnDocuments is null ? "a required field is null"
        : Number.Value.Length == 0 ? "the dossier number is missing"
        : !Enum.IsDefined(typeof(DossierStatus), Status) ? $"the status {(int)Status} is not defined"
        : Filing is { } f && !Enum.IsDefined(typeof(FilingChannel), f) ? "the filing channel is not defined"
        : (Filing is null) != (FiledAt is null) ? "the filing channel and instant disagree"
        : (Status == DossierStatus.Incomplete) != (Regularisation is not null && RegularisationRequestedAt is not null) ? "the regularisation request and the status disagree"
        : Files.Any(f => f is null || f.Piece.Value.Length == 0) ? "a file has no piece"
        : Documents.Any(d => d is null) || WithdrawnDocuments.Any(d => d is null) ? "a document is null"
        : NonComplianceReasons.Any(r => r is null) ? "a reason is null"
        : Status is DossierStatus.UnderReview or DossierStatus.Incomplete or DossierStatus.NonCompliant or DossierStatus.Complete && Filing is null ? "the dossier has not been filed"
        : Status == DossierStatus.AwaitingDossier && Filing is not null ? "a dossier still awaited has been filed"
        : (Status == DossierStatus.NonCompliant) != (NonComplianceReasons.Count > 0) ? "the non-compliance reasons and the status disagree"
        : (Postmark is not null) != (Filing == FilingChannel.Post) ? "the postmark and the filing channel disagree"
        : StatusSince < PreRegisteredAt || UpdatedAt < StatusSince ? "the instants are out of order"
        : null;

    /// <summary>A copy with one more file; the lists it shares with this snapshot are the unchanged ones.</summary>
    internal DossierSnapshot WithFileAdded(AttachedFile file)
    {
        var files = new AttachedFile[_files.Count + 1];
        for (var i = 0; i < _files.Count; i++)
        {
            files[i] = _files[i];
        }

        files[files.Length - 1] = file;
        var next = this with { };
        next._files = Array.AsReadOnly(files);
        return next;
    }

    /// <summary>A copy without the file of that ID.</summary>
    internal DossierSnapshot WithFileRemoved(Guid fileId)
    {
        var next = this with { };
        next._files = Array.AsReadOnly(_files.Where(f => f.File.Id != fileId).ToArray());
        return next;
    }

    /// <summary>A copy with one more published document.</summary>
    internal DossierSnapshot WithDocument(PublishedDocument document)
    {
        var documents = new PublishedDocument[_documents.Count + 1];
        for (var i = 0; i < _documents.Count; i++)
        {
            documents[i] = _documents[i];
        }

        documents[documents.Length - 1] = document;
        var next = this with { };
        next._documents = Array.AsReadOnly(documents);
        return next;
    }

    /// <summary>A read-only copy, so that nobody can change a snapshot through a list it holds or was given.</summary>
    internal static IReadOnlyList<T> Frozen<T>(IEnumerable<T> items) =>
        Array.AsReadOnly(Preconditions.CheckNotNull(items, nameof(items)).ToArray());
}

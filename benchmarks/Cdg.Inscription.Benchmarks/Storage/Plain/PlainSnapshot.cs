namespace Cdg.Inscription.Benchmarks.Storage.Plain;

/// <summary>The baseline's snapshot: the fields of the contract's snapshot of a complete dossier.</summary>
public sealed record PlainSnapshot(
    int SchemaVersion,
    string SessionCode,
    string Number,
    long Version,
    string Status,
    string UpdatedAt,
    string StatusSince,
    string PreRegisteredAt,
    PlainCandidate Candidate,
    PlainSituation Situation,
    string? Filing,
    string? FiledAt,
    string? Postmark,
    IReadOnlyList<PlainFile> Files,
    IReadOnlyList<string> NonComplianceReasons,
    IReadOnlyList<string> Documents);

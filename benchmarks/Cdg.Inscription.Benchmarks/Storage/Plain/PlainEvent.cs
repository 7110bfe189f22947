namespace Cdg.Inscription.Benchmarks.Storage.Plain;

/// <summary>
/// The baseline's event: the envelope and the fields of the events of the seven-event history, in
/// one record whose absent fields are left out, as the contract does.
/// </summary>
public sealed record PlainEvent(
    string Type,
    int SchemaVersion,
    long Sequence,
    string At,
    PlainActor Actor,
    string Status,
    string? SessionCode = null,
    string? Number = null,
    PlainCandidate? Candidate = null,
    PlainSituation? Situation = null,
    PlainFile? File = null);

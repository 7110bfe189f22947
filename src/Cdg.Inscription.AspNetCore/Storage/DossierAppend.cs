using Cdg.Inscription.AspNetCore.Messages;
using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Serialization.SystemTextJson;

namespace Cdg.Inscription.AspNetCore.Storage;

/// <summary>What a store appends in one transaction, all or nothing.</summary>
/// <param name="Number">The dossier.</param>
/// <param name="SessionCode">Its session's code: what a new dossier's row needs.</param>
/// <param name="ExpectedVersion">The version that was loaded; 0 for a new dossier, whose number must not be taken.</param>
/// <param name="Events">The new events, by sequence, from <c>ExpectedVersion + 1</c>.</param>
/// <param name="Messages">The e-mails that the events cause, for the host's outbox.</param>
/// <param name="IdempotencyKey">The key of the form post that asked for the command, to record with the events; null when none was given.</param>
public sealed record DossierAppend(
    DossierNumber Number,
    string SessionCode,
    long ExpectedVersion,
    IReadOnlyList<StoredEvent> Events,
    IReadOnlyList<CandidateMessage> Messages,
    string? IdempotencyKey);

using Cdg.Inscription.Serialization.SystemTextJson;

namespace Cdg.Inscription.AspNetCore.Storage;

/// <summary>What a store read for one dossier.</summary>
/// <param name="SessionCode">The code of the dossier's session, stored with the dossier when it was created.</param>
/// <param name="SnapshotJson">The latest snapshot (<see cref="DossierJson.WriteSnapshot"/>), or null to rebuild from every event.</param>
/// <param name="Events">The events after the snapshot (all of them without one), by sequence.</param>
public sealed record StoredDossier(string SessionCode, string? SnapshotJson, IReadOnlyList<StoredEvent> Events);

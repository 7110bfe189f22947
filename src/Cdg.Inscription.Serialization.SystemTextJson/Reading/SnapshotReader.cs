using System.Text.Json;
using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Serialization.SystemTextJson.Contract;

namespace Cdg.Inscription.Serialization.SystemTextJson.Reading;

/// <summary>
/// Reads a snapshot's JSON object back into a <see cref="DossierSnapshot"/>. Its values are checked
/// here; whether they hold together as a dossier is checked by <c>Dossier.Rehydrate</c>.
/// </summary>
internal static class SnapshotReader
{
    internal static DossierSnapshot Read(JsonElement element)
    {
        var context = new ReadContext(null, StoredEventException.SnapshotTypeName);
        var f = JsonFields.Of(element, string.Empty, context);
        var version = f.Int64(Fields.Version);
        context.Sequence = version;
        SchemaVersions.Check(f);
        if (version < 1)
        {
            throw context.Fail(Fields.Version, $"A snapshot has a version of at least 1, found {version}.");
        }

        var sessionCode = f.String(Fields.SessionCode);
        if (string.IsNullOrWhiteSpace(sessionCode))
        {
            throw context.Fail(Fields.SessionCode, "The session code is blank.");
        }

        var number = ValueReader.Number(f);
        var candidate = ValueReader.Candidate(f);
        var filing = f.TryGet(Fields.Filing, out _) ? f.Enum(Fields.Filing, StableNames.Filing) : (FilingChannel?)null;
        var regularisation = f.OptionalObject(Fields.Regularisation) is { } request ? ValueReader.Request(request) : null;
        return f.Build(() => new DossierSnapshot(sessionCode, number, candidate)
        {
            Version = version,
            Status = f.Enum(Fields.Status, StableNames.Status),
            UpdatedAt = f.Instant(Fields.UpdatedAt),
            StatusSince = f.Instant(Fields.StatusSince),
            PreRegisteredAt = f.Instant(Fields.PreRegisteredAt),
            Situation = ValueReader.Situation(f.Object(Fields.Situation)),
            Filing = filing,
            FiledAt = f.OptionalInstant(Fields.FiledAt),
            Postmark = f.OptionalLocalDate(Fields.Postmark),
            Files = f.Array(Fields.Files, (item, path) => ValueReader.AttachedFile(item, path, context)),
            Regularisation = regularisation,
            RegularisationRequestedAt = f.OptionalInstant(Fields.RegularisationRequestedAt),
            NonComplianceReasons = f.Strings(Fields.NonComplianceReasons),
            Documents = f.Array(Fields.Documents, (item, path) => ValueReader.Document(item, path, context)),
            WithdrawnDocuments = f.TryGet(Fields.WithdrawnDocuments, out _)
                ? f.Array(Fields.WithdrawnDocuments, (item, path) => ValueReader.WithdrawnDocument(item, path, context))
                : Array.Empty<WithdrawnDocument>(),
        });
    }
}

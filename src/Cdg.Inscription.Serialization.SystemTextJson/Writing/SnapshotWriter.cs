using System.Text.Json;
using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Serialization.SystemTextJson.Contract;

namespace Cdg.Inscription.Serialization.SystemTextJson.Writing;

/// <summary>Writes a <see cref="DossierSnapshot"/> as one JSON object (docs/storage.md, "Snapshot").</summary>
internal static class SnapshotWriter
{
    internal static void Write(Utf8JsonWriter writer, DossierSnapshot snapshot)
    {
        writer.WriteStartObject();
        writer.WriteNumber(Fields.SchemaVersion, DossierJson.SchemaVersion);
        writer.WriteString(Fields.SessionCode, snapshot.SessionCode);
        writer.WriteString(Fields.Number, snapshot.Number.Value);
        writer.WriteNumber(Fields.Version, snapshot.Version);
        writer.WriteString(Fields.Status, StableNames.Status.NameOf(snapshot.Status));
        ValueWriter.Instant(writer, Fields.UpdatedAt, snapshot.UpdatedAt);
        ValueWriter.Instant(writer, Fields.StatusSince, snapshot.StatusSince);
        ValueWriter.Instant(writer, Fields.PreRegisteredAt, snapshot.PreRegisteredAt);
        ValueWriter.Candidate(writer, snapshot.Candidate);
        ValueWriter.Situation(writer, Fields.Situation, snapshot.Situation);
        if (snapshot.Filing is { } filing)
        {
            writer.WriteString(Fields.Filing, StableNames.Filing.NameOf(filing));
        }

        ValueWriter.OptionalInstant(writer, Fields.FiledAt, snapshot.FiledAt);
        ValueWriter.OptionalLocalDate(writer, Fields.Postmark, snapshot.Postmark);
        writer.WriteStartArray(Fields.Files);
        foreach (var file in snapshot.Files)
        {
            ValueWriter.AttachedFile(writer, file);
        }

        writer.WriteEndArray();
        if (snapshot.Regularisation is { } request)
        {
            ValueWriter.Request(writer, Fields.Regularisation, request);
        }

        ValueWriter.OptionalInstant(writer, Fields.RegularisationRequestedAt, snapshot.RegularisationRequestedAt);
        ValueWriter.Strings(writer, Fields.NonComplianceReasons, snapshot.NonComplianceReasons);
        writer.WriteStartArray(Fields.Documents);
        foreach (var document in snapshot.Documents)
        {
            ValueWriter.Document(writer, document);
        }

        writer.WriteEndArray();

        // Optional since it came after schema version 1: written only when there is one, so that
        // the snapshots of dossiers that never had a document withdrawn read the same everywhere.
        if (snapshot.WithdrawnDocuments.Count > 0)
        {
            writer.WriteStartArray(Fields.WithdrawnDocuments);
            foreach (var withdrawn in snapshot.WithdrawnDocuments)
            {
                ValueWriter.WithdrawnDocument(writer, withdrawn);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }
}

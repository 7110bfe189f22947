using System.Text.Json;
using Cdg.Inscription.Dossiers.Events;
using Cdg.Inscription.Serialization.SystemTextJson.Contract;

namespace Cdg.Inscription.Serialization.SystemTextJson.Writing;

/// <summary>
/// Writes one event as one JSON object: the envelope that every event has (type, schema version,
/// sequence, instant, actor, status after the event), then the event's own fields, always in the
/// same order (docs/storage.md, "Events").
/// </summary>
internal static class EventWriter
{
    internal static string TypeNameOf(DossierEvent e) => e switch
    {
        PreRegistered => DossierEventTypes.PreRegistered,
        SituationChanged => DossierEventTypes.SituationChanged,
        FileAdded => DossierEventTypes.FileAdded,
        FileRemoved => DossierEventTypes.FileRemoved,
        ClosedOnline => DossierEventTypes.ClosedOnline,
        PostalDossierReceived => DossierEventTypes.PostalDossierReceived,
        RegularisationRequested => DossierEventTypes.RegularisationRequested,
        ComplementsSupplied => DossierEventTypes.ComplementsSupplied,
        DeclaredNonCompliant => DossierEventTypes.DeclaredNonCompliant,
        DeclaredComplete => DossierEventTypes.DeclaredComplete,
        Reopened => DossierEventTypes.Reopened,
        CancellationRecorded => DossierEventTypes.CancellationRecorded,
        DocumentPublished => DossierEventTypes.DocumentPublished,
        AddressChanged => DossierEventTypes.AddressChanged,
        EmailChanged => DossierEventTypes.EmailChanged,
        _ => throw new NotSupportedException($"The storage contract has no type name for the event {e.GetType().Name}: this version of Cdg.Inscription.Serialization.SystemTextJson does not know it."),
    };

    internal static void Write(Utf8JsonWriter writer, DossierEvent e)
    {
        writer.WriteStartObject();
        writer.WriteString(Fields.Type, TypeNameOf(e));
        writer.WriteNumber(Fields.SchemaVersion, DossierJson.SchemaVersion);
        writer.WriteNumber(Fields.Sequence, e.Sequence);
        ValueWriter.Instant(writer, Fields.At, e.At);
        ValueWriter.Actor(writer, e.Actor);
        writer.WriteString(Fields.Status, StableNames.Status.NameOf(e.Status));
        WriteDetails(writer, e);
        writer.WriteEndObject();
    }

    private static void WriteDetails(Utf8JsonWriter writer, DossierEvent e)
    {
        switch (e)
        {
            case PreRegistered p:
                writer.WriteString(Fields.SessionCode, p.SessionCode);
                writer.WriteString(Fields.Number, p.Number.Value);
                ValueWriter.Candidate(writer, p.Candidate);
                ValueWriter.Situation(writer, Fields.Situation, p.Situation);
                break;
            case SituationChanged s:
                ValueWriter.Situation(writer, Fields.Previous, s.Previous);
                ValueWriter.Situation(writer, Fields.Situation, s.Situation);
                break;
            case FileAdded f:
                writer.WritePropertyName(Fields.File);
                ValueWriter.AttachedFile(writer, f.File);
                break;
            case FileRemoved r:
                writer.WriteString(Fields.Piece, r.Piece.Value);
                writer.WriteString(Fields.FileId, r.FileId.ToString("D"));
                writer.WriteString(Fields.DisplayName, r.DisplayName);
                break;
            case PostalDossierReceived p:
                ValueWriter.LocalDate(writer, Fields.Postmark, p.Postmark);
                break;
            case RegularisationRequested r:
                ValueWriter.Request(writer, Fields.Request, r.Request);
                break;
            case DeclaredNonCompliant n:
                ValueWriter.Strings(writer, Fields.Reasons, n.Reasons);
                break;
            case Reopened r:
                writer.WriteString(Fields.Reason, r.Reason);
                break;
            case CancellationRecorded c:
                writer.WriteString(Fields.Channel, StableNames.Channel.NameOf(c.Channel));
                break;
            case DocumentPublished d:
                writer.WritePropertyName(Fields.Document);
                ValueWriter.Document(writer, d.Document);
                break;
            case AddressChanged a:
                ValueWriter.Address(writer, Fields.Previous, a.Previous);
                ValueWriter.Address(writer, Fields.Address, a.Address);
                break;
            case EmailChanged m:
                ValueWriter.OptionalString(writer, Fields.Email, m.Email?.Value);
                break;
            default:
                // closed-online, complements-supplied, declared-complete: the envelope says it all.
                break;
        }
    }
}

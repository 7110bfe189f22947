using System.Text.Json;
using Cdg.Inscription.Dossiers.Events;
using Cdg.Inscription.Serialization.SystemTextJson.Contract;

namespace Cdg.Inscription.Serialization.SystemTextJson.Reading;

/// <summary>
/// Reads one event's JSON object back into the library's event, through its public constructor.
/// The envelope comes first (sequence, type, schema version), so that every later error names them.
/// </summary>
internal static class EventReader
{
    internal static DossierEvent Read(JsonElement element, StoredEvent? row)
    {
        var context = new ReadContext(row?.Sequence, row?.Type);
        var fields = JsonFields.Of(element, string.Empty, context);

        var sequence = fields.Int64(Fields.Sequence);
        if (row is not null && row.Sequence != sequence)
        {
            throw context.Fail(Fields.Sequence, $"The JSON says {sequence}, but the stored row says {row.Sequence}.");
        }

        context.Sequence = sequence;
        var type = fields.String(Fields.Type);
        if (row is not null && row.Type != type)
        {
            throw context.Fail(Fields.Type, $"The JSON says '{type}', but the stored row says '{row.Type}'.");
        }

        context.TypeName = type;
        SchemaVersions.Check(fields);
        if (!DossierEventTypes.All.Contains(type, StringComparer.Ordinal))
        {
            throw context.Fail(Fields.Type, $"'{type}' is not an event type that this version of the package knows (a later version may have written it).");
        }

        var at = fields.Instant(Fields.At);
        var actor = ValueReader.Actor(fields);
        var status = fields.Enum(Fields.Status, StableNames.Status);
        return type switch
        {
            DossierEventTypes.PreRegistered => PreRegistered(fields, sequence, at, actor, status),
            DossierEventTypes.SituationChanged => SituationChanged(fields, sequence, at, actor, status),
            DossierEventTypes.FileAdded => FileAdded(fields, sequence, at, actor, status),
            DossierEventTypes.FileRemoved => FileRemoved(fields, sequence, at, actor, status),
            DossierEventTypes.ClosedOnline => fields.Build<DossierEvent>(() => new ClosedOnline(sequence, at, actor, status)),
            DossierEventTypes.PostalDossierReceived => PostalDossierReceived(fields, sequence, at, actor, status),
            DossierEventTypes.RegularisationRequested => RegularisationRequested(fields, sequence, at, actor, status),
            DossierEventTypes.ComplementsSupplied => fields.Build<DossierEvent>(() => new ComplementsSupplied(sequence, at, actor, status)),
            DossierEventTypes.DeclaredNonCompliant => DeclaredNonCompliant(fields, sequence, at, actor, status),
            DossierEventTypes.DeclaredComplete => fields.Build<DossierEvent>(() => new DeclaredComplete(sequence, at, actor, status)),
            DossierEventTypes.Reopened => Reopened(fields, sequence, at, actor, status),
            DossierEventTypes.CancellationRecorded => CancellationRecorded(fields, sequence, at, actor, status),
            DossierEventTypes.DocumentPublished => DocumentPublished(fields, sequence, at, actor, status),
            DossierEventTypes.AddressChanged => AddressChanged(fields, sequence, at, actor, status),
            _ => EmailChanged(fields, sequence, at, actor, status),
        };
    }

    private static DossierEvent PreRegistered(JsonFields f, long n, NodaTime.Instant at, Dossiers.Actor actor, Dossiers.DossierStatus status)
    {
        var sessionCode = f.String(Fields.SessionCode);
        if (string.IsNullOrWhiteSpace(sessionCode))
        {
            throw f.Context.Fail(Fields.SessionCode, "The session code is blank.");
        }

        var number = ValueReader.Number(f);
        var candidate = ValueReader.Candidate(f);
        var situation = ValueReader.Situation(f.Object(Fields.Situation));
        return f.Build(() => new PreRegistered(n, at, actor, status, sessionCode, number, candidate, situation));
    }

    private static DossierEvent SituationChanged(JsonFields f, long n, NodaTime.Instant at, Dossiers.Actor actor, Dossiers.DossierStatus status)
    {
        var previous = ValueReader.Situation(f.Object(Fields.Previous));
        var situation = ValueReader.Situation(f.Object(Fields.Situation));
        return f.Build(() => new SituationChanged(n, at, actor, status, previous, situation));
    }

    private static DossierEvent FileAdded(JsonFields f, long n, NodaTime.Instant at, Dossiers.Actor actor, Dossiers.DossierStatus status)
    {
        var file = ValueReader.AttachedFile(f.Object(Fields.File));
        return f.Build(() => new FileAdded(n, at, actor, status, file));
    }

    private static DossierEvent FileRemoved(JsonFields f, long n, NodaTime.Instant at, Dossiers.Actor actor, Dossiers.DossierStatus status)
    {
        var piece = ValueReader.Piece(f);
        var fileId = f.Guid(Fields.FileId);
        var displayName = f.String(Fields.DisplayName);
        return f.Build(() => new FileRemoved(n, at, actor, status, piece, fileId, displayName));
    }

    private static DossierEvent PostalDossierReceived(JsonFields f, long n, NodaTime.Instant at, Dossiers.Actor actor, Dossiers.DossierStatus status)
    {
        var postmark = f.LocalDate(Fields.Postmark);
        return f.Build(() => new PostalDossierReceived(n, at, actor, status, postmark));
    }

    private static DossierEvent RegularisationRequested(JsonFields f, long n, NodaTime.Instant at, Dossiers.Actor actor, Dossiers.DossierStatus status)
    {
        var request = ValueReader.Request(f.Object(Fields.Request));
        return f.Build(() => new RegularisationRequested(n, at, actor, status, request));
    }

    private static DossierEvent DeclaredNonCompliant(JsonFields f, long n, NodaTime.Instant at, Dossiers.Actor actor, Dossiers.DossierStatus status)
    {
        var reasons = f.Strings(Fields.Reasons);
        return f.Build(() => new DeclaredNonCompliant(n, at, actor, status, reasons));
    }

    private static DossierEvent Reopened(JsonFields f, long n, NodaTime.Instant at, Dossiers.Actor actor, Dossiers.DossierStatus status)
    {
        var reason = f.String(Fields.Reason);
        return f.Build(() => new Reopened(n, at, actor, status, reason));
    }

    private static DossierEvent CancellationRecorded(JsonFields f, long n, NodaTime.Instant at, Dossiers.Actor actor, Dossiers.DossierStatus status)
    {
        var channel = f.Enum(Fields.Channel, StableNames.Channel);
        return f.Build(() => new CancellationRecorded(n, at, actor, status, channel));
    }

    private static DossierEvent DocumentPublished(JsonFields f, long n, NodaTime.Instant at, Dossiers.Actor actor, Dossiers.DossierStatus status)
    {
        var document = ValueReader.Document(f.Object(Fields.Document));
        return f.Build(() => new DocumentPublished(n, at, actor, status, document));
    }

    private static DossierEvent AddressChanged(JsonFields f, long n, NodaTime.Instant at, Dossiers.Actor actor, Dossiers.DossierStatus status)
    {
        var previous = ValueReader.Address(f.Object(Fields.Previous));
        var address = ValueReader.Address(f.Object(Fields.Address));
        return f.Build(() => new AddressChanged(n, at, actor, status, previous, address));
    }

    private static DossierEvent EmailChanged(JsonFields f, long n, NodaTime.Instant at, Dossiers.Actor actor, Dossiers.DossierStatus status)
    {
        var email = ValueReader.Email(f);
        return f.Build(() => new EmailChanged(n, at, actor, status, email));
    }
}

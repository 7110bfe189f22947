using System.Text.Json;
using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Files;
using Cdg.Inscription.Pieces;
using Cdg.Inscription.Serialization.SystemTextJson.Contract;

namespace Cdg.Inscription.Serialization.SystemTextJson.Reading;

/// <summary>
/// Reads the value objects back through the library's public factories and constructors, so that
/// what comes back is validated again: <see cref="DossierNumber.Parse"/>, <see cref="PieceCode.Parse"/>,
/// <see cref="EmailAddress.Parse"/>, <see cref="Dossiers.Actor.Of"/>, the constructors of
/// <see cref="PostalAddress"/>, <see cref="Dossiers.Candidate"/>, <see cref="FileRecord"/>…
/// </summary>
internal static class ValueReader
{
    internal static DossierNumber Number(JsonFields fields)
    {
        var text = fields.String(Fields.Number);
        return fields.Build(() => DossierNumber.Parse(text), fields.PathOf(Fields.Number));
    }

    internal static PieceCode Piece(JsonFields fields)
    {
        var text = fields.String(Fields.Piece);
        return fields.Build(() => PieceCode.Parse(text), fields.PathOf(Fields.Piece));
    }

    internal static EmailAddress? Email(JsonFields fields) =>
        fields.OptionalString(Fields.Email) is { } text ? fields.Build(() => EmailAddress.Parse(text), fields.PathOf(Fields.Email)) : null;

    internal static Actor Actor(JsonFields envelope)
    {
        var fields = envelope.Object(Fields.Actor);
        var role = fields.Enum(Fields.Role, StableNames.Role);
        var id = fields.String(Fields.Id);
        return fields.Build(() => Dossiers.Actor.Of(role, id), fields.PathOf(Fields.Id));
    }

    internal static PostalAddress Address(JsonFields fields)
    {
        var street = fields.String(Fields.Street);
        var complement = fields.OptionalString(Fields.Complement);
        var postalCode = fields.String(Fields.PostalCode);
        var city = fields.String(Fields.City);
        var country = fields.String(Fields.Country);
        return fields.Build(() => new PostalAddress(street, postalCode, city, complement, country));
    }

    internal static Candidate Candidate(JsonFields parent)
    {
        var fields = parent.Object(Fields.Candidate);
        var familyName = fields.String(Fields.FamilyName);
        var givenName = fields.String(Fields.GivenName);
        var address = Address(fields.Object(Fields.Address));
        var email = Email(fields);
        return fields.Build(() => new Candidate(familyName, givenName, address, email));
    }

    internal static CandidateSituation Situation(JsonFields fields) =>
        new(fields.Boolean(Fields.ParentOfThreeExemption), fields.Boolean(Fields.AdaptedExams), fields.Boolean(Fields.PublicEmployee));

    internal static AttachedFile AttachedFile(JsonFields fields)
    {
        var piece = Piece(fields);
        var id = fields.Guid(Fields.Id);
        var displayName = fields.String(Fields.DisplayName);
        var type = fields.Enum(Fields.FileType, StableNames.FileType);
        var size = fields.Int64(Fields.Size);
        var sha256 = fields.String(Fields.Sha256);
        var receivedAt = fields.Instant(Fields.ReceivedAt);
        var issuedOn = fields.OptionalLocalDate(Fields.IssuedOn);

        // FileRecord's constructor restores a record that an inspector once made; it checks it again.
        var record = fields.Build(() => new FileRecord(id, displayName, type, size, sha256));
        return fields.Build(() => new AttachedFile(piece, record, receivedAt, issuedOn));
    }

    internal static AttachedFile AttachedFile(JsonElement element, string path, ReadContext context) =>
        AttachedFile(JsonFields.Of(element, path, context));

    internal static RegularisationRequest Request(JsonFields fields)
    {
        var items = fields.Array(Fields.Items, (element, path) =>
        {
            var item = JsonFields.Of(element, path, fields.Context);
            var piece = Piece(item);
            var reason = item.String(Fields.Reason);
            return item.Build(() => new RegularisationItem(piece, reason));
        });
        var dueDate = fields.OptionalLocalDate(Fields.DueDate);
        return fields.Build(() => new RegularisationRequest(items, dueDate));
    }

    internal static PublishedDocument Document(JsonFields fields)
    {
        var kind = fields.Enum(Fields.Kind, StableNames.Document);
        var title = fields.String(Fields.Title);
        var reference = fields.String(Fields.Reference);
        var publishedAt = fields.Instant(Fields.PublishedAt);
        return fields.Build(() => new PublishedDocument(kind, title, reference, publishedAt));
    }

    internal static PublishedDocument Document(JsonElement element, string path, ReadContext context) =>
        Document(JsonFields.Of(element, path, context));

    internal static WithdrawnDocument WithdrawnDocument(JsonElement element, string path, ReadContext context)
    {
        var fields = JsonFields.Of(element, path, context);
        var document = Document(fields.Object(Fields.Document));
        var withdrawnAt = fields.Instant(Fields.WithdrawnAt);
        return fields.Build(() => new WithdrawnDocument(document, withdrawnAt));
    }
}

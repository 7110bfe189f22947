namespace Cdg.Inscription.Serialization.SystemTextJson.Contract;

/// <summary>The field names of the contract, written once for the writers and the readers.</summary>
internal static class Fields
{
    internal const string Type = "type";
    internal const string SchemaVersion = "schemaVersion";
    internal const string Sequence = "sequence";
    internal const string At = "at";
    internal const string Actor = "actor";
    internal const string Role = "role";
    internal const string Id = "id";
    internal const string Status = "status";

    internal const string SessionCode = "sessionCode";
    internal const string Number = "number";
    internal const string Candidate = "candidate";
    internal const string FamilyName = "familyName";
    internal const string GivenName = "givenName";
    internal const string Address = "address";
    internal const string Email = "email";
    internal const string Street = "street";
    internal const string Complement = "complement";
    internal const string PostalCode = "postalCode";
    internal const string City = "city";
    internal const string Country = "country";

    internal const string Situation = "situation";
    internal const string Previous = "previous";
    internal const string ParentOfThreeExemption = "parentOfThreeExemption";
    internal const string AdaptedExams = "adaptedExams";
    internal const string PublicEmployee = "publicEmployee";

    internal const string File = "file";
    internal const string Piece = "piece";
    internal const string DisplayName = "displayName";
    internal const string FileType = "type";
    internal const string Size = "size";
    internal const string Sha256 = "sha256";
    internal const string ReceivedAt = "receivedAt";
    internal const string IssuedOn = "issuedOn";
    internal const string FileId = "fileId";

    internal const string Postmark = "postmark";
    internal const string Request = "request";
    internal const string Items = "items";
    internal const string Reason = "reason";
    internal const string DueDate = "dueDate";
    internal const string Reasons = "reasons";
    internal const string Channel = "channel";
    internal const string Document = "document";
    internal const string Kind = "kind";
    internal const string Title = "title";
    internal const string Reference = "reference";
    internal const string PublishedAt = "publishedAt";

    internal const string Version = "version";
    internal const string UpdatedAt = "updatedAt";
    internal const string StatusSince = "statusSince";
    internal const string PreRegisteredAt = "preRegisteredAt";
    internal const string Filing = "filing";
    internal const string FiledAt = "filedAt";
    internal const string Files = "files";
    internal const string Regularisation = "regularisation";
    internal const string RegularisationRequestedAt = "regularisationRequestedAt";
    internal const string NonComplianceReasons = "nonComplianceReasons";
    internal const string Documents = "documents";

    internal const string WithdrawnDocuments = "withdrawnDocuments";

    internal const string WithdrawnAt = "withdrawnAt";
}

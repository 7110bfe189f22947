using System.Text.Json;
using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Pieces;
using Cdg.Inscription.Serialization.SystemTextJson.Contract;
using NodaTime;
using NodaTime.Text;

namespace Cdg.Inscription.Serialization.SystemTextJson.Writing;

/// <summary>
/// Writes the value objects that events and snapshots hold, each as its documented shape: value
/// types as their text, instants in NodaTime's extended ISO pattern (every tick), dates as
/// <c>yyyy-MM-dd</c>, enums by their stable names. An absent optional value is not written.
/// Instants and dates use the patterns that NodaTime.Serialization.SystemTextJson's converters use
/// (<see cref="InstantPattern.ExtendedIso"/>, <see cref="LocalDatePattern.Iso"/>), directly: its
/// converters are not trim-safe (decision 0011), and a test checks that the text is the same.
/// </summary>
internal static class ValueWriter
{
    internal static void Instant(Utf8JsonWriter writer, string name, Instant value)
    {
        writer.WriteString(name, InstantPattern.ExtendedIso.Format(value));
    }

    internal static void OptionalInstant(Utf8JsonWriter writer, string name, Instant? value)
    {
        if (value is { } instant)
        {
            Instant(writer, name, instant);
        }
    }

    internal static void LocalDate(Utf8JsonWriter writer, string name, LocalDate value)
    {
        writer.WriteString(name, LocalDatePattern.Iso.Format(value));
    }

    internal static void OptionalLocalDate(Utf8JsonWriter writer, string name, LocalDate? value)
    {
        if (value is { } date)
        {
            LocalDate(writer, name, date);
        }
    }

    internal static void OptionalString(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    internal static void Actor(Utf8JsonWriter writer, Actor actor)
    {
        writer.WriteStartObject(Fields.Actor);
        writer.WriteString(Fields.Role, StableNames.Role.NameOf(actor.Role));
        writer.WriteString(Fields.Id, actor.Id);
        writer.WriteEndObject();
    }

    internal static void Candidate(Utf8JsonWriter writer, Candidate candidate)
    {
        writer.WriteStartObject(Fields.Candidate);
        writer.WriteString(Fields.FamilyName, candidate.FamilyName);
        writer.WriteString(Fields.GivenName, candidate.GivenName);
        Address(writer, Fields.Address, candidate.Address);
        OptionalString(writer, Fields.Email, candidate.Email?.Value);
        writer.WriteEndObject();
    }

    internal static void Address(Utf8JsonWriter writer, string name, PostalAddress address)
    {
        writer.WriteStartObject(name);
        writer.WriteString(Fields.Street, address.Street);
        OptionalString(writer, Fields.Complement, address.Complement);
        writer.WriteString(Fields.PostalCode, address.PostalCode);
        writer.WriteString(Fields.City, address.City);
        writer.WriteString(Fields.Country, address.Country);
        writer.WriteEndObject();
    }

    internal static void Situation(Utf8JsonWriter writer, string name, CandidateSituation situation)
    {
        writer.WriteStartObject(name);
        writer.WriteBoolean(Fields.ParentOfThreeExemption, situation.ClaimsParentOfThreeExemption);
        writer.WriteBoolean(Fields.AdaptedExams, situation.RequestsAdaptedExams);
        writer.WriteBoolean(Fields.PublicEmployee, situation.IsPublicEmployee);
        writer.WriteEndObject();
    }

    /// <summary>An attached file: its piece, its record and when it was received, in one object.</summary>
    internal static void AttachedFile(Utf8JsonWriter writer, AttachedFile attached)
    {
        writer.WriteStartObject();
        writer.WriteString(Fields.Piece, attached.Piece.Value);
        writer.WriteString(Fields.Id, attached.File.Id.ToString("D"));
        writer.WriteString(Fields.DisplayName, attached.File.DisplayName);
        writer.WriteString(Fields.FileType, StableNames.FileType.NameOf(attached.File.Type));
        writer.WriteNumber(Fields.Size, attached.File.Size);
        writer.WriteString(Fields.Sha256, attached.File.Sha256);
        Instant(writer, Fields.ReceivedAt, attached.ReceivedAt);
        OptionalLocalDate(writer, Fields.IssuedOn, attached.IssuedOn);
        writer.WriteEndObject();
    }

    internal static void Request(Utf8JsonWriter writer, string name, RegularisationRequest request)
    {
        writer.WriteStartObject(name);
        writer.WriteStartArray(Fields.Items);
        foreach (var item in request.Items)
        {
            writer.WriteStartObject();
            writer.WriteString(Fields.Piece, item.Piece.Value);
            writer.WriteString(Fields.Reason, item.Reason);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        OptionalLocalDate(writer, Fields.DueDate, request.DueDate);
        writer.WriteEndObject();
    }

    internal static void Document(Utf8JsonWriter writer, PublishedDocument document)
    {
        writer.WriteStartObject();
        writer.WriteString(Fields.Kind, StableNames.Document.NameOf(document.Kind));
        writer.WriteString(Fields.Title, document.Title);
        writer.WriteString(Fields.Reference, document.Reference);
        Instant(writer, Fields.PublishedAt, document.PublishedAt);
        writer.WriteEndObject();
    }

    internal static void WithdrawnDocument(Utf8JsonWriter writer, WithdrawnDocument withdrawn)
    {
        writer.WriteStartObject();
        writer.WritePropertyName(Fields.Document);
        Document(writer, withdrawn.Document);
        Instant(writer, Fields.WithdrawnAt, withdrawn.WithdrawnAt);
        writer.WriteEndObject();
    }

    internal static void Strings(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}

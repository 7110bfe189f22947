using System.Text.Json;
using System.Text.Json.Nodes;
using Cdg.Inscription.Dossiers.Events;
using Cdg.Inscription.Serialization.SystemTextJson.Tests.Support;
using Cdg.Inscription.Tests.Support;

namespace Cdg.Inscription.Serialization.SystemTextJson.Tests.Reading;

/// <summary>
/// Reading is validation: stored data that is wrong throws <see cref="StoredEventException"/>, whose
/// message and properties name the event's sequence, its type and the field, and never a
/// NullReferenceException, a KeyNotFoundException or a bare JsonException.
/// </summary>
public class BadStoredDataTests
{
    /// <summary>A mutation of one golden event's JSON, and what the exception must name.</summary>
    public static TheoryData<string, string, string, long?, string?, string?> BadEvents() => new()
    {
        // case, event kind, mutation (path=value, or -path to remove), sequence, type, field
        { "an unknown type", "closed-online", "type=\"file-archived\"", 5, "file-archived", "type" },
        { "a schema version from a later version", "file-added", "schemaVersion=2", 3, "file-added", "schemaVersion" },
        { "a schema version below 1", "file-added", "schemaVersion=0", 3, "file-added", "schemaVersion" },
        { "a missing type", "file-added", "-type", 3, null, "type" },
        { "a missing sequence", "file-added", "-sequence", null, null, "sequence" },
        { "a sequence that is not a number", "file-added", "sequence=\"3\"", null, null, "sequence" },
        { "a sequence of zero", "declared-complete", "sequence=0", 0, "declared-complete", "sequence" },
        { "a missing instant", "closed-online", "-at", 5, "closed-online", "at" },
        { "an instant that is not ISO-8601", "closed-online", "at=\"27/04/2023 23:59\"", 5, "closed-online", "at" },
        { "an instant with an offset", "closed-online", "at=\"2023-04-27T23:59:59+02:00\"", 5, "closed-online", "at" },
        { "an unknown status", "closed-online", "status=\"closed\"", 5, "closed-online", "status" },
        { "a status given as a number", "closed-online", "status=1", 5, "closed-online", "status" },
        { "an unknown actor role", "declared-complete", "actor.role=\"admin\"", 9, "declared-complete", "actor.role" },
        { "a blank staff login", "declared-complete", "actor.id=\"  \"", 9, "declared-complete", "actor.id" },
        { "a missing actor", "declared-complete", "-actor", 9, "declared-complete", "actor" },
        { "an invalid dossier number", "pre-registered", "number=\"2023 RED 123\"", 1, "pre-registered", "number" },
        { "a blank session code", "pre-registered", "sessionCode=\" \"", 1, "pre-registered", "sessionCode" },
        { "a missing family name", "pre-registered", "-candidate.familyName", 1, "pre-registered", "candidate.familyName" },
        { "a family name with a control character", "pre-registered", "candidate.familyName=\"Mar\\u0007tin\"", 1, "pre-registered", "candidate.familyName" },
        { "an invalid e-mail address", "pre-registered", "candidate.email=\"claire.martin\"", 1, "pre-registered", "candidate.email" },
        { "a blank city", "pre-registered", "candidate.address.city=\"\"", 1, "pre-registered", "candidate.address.city" },
        { "a situation flag that is not a boolean", "pre-registered", "situation.publicEmployee=\"yes\"", 1, "pre-registered", "situation.publicEmployee" },
        { "an invalid piece code", "file-added", "file.piece=\"Identity Document\"", 3, "file-added", "file.piece" },
        { "a missing SHA-256", "file-added", "-file.sha256", 3, "file-added", "file.sha256" },
        { "a SHA-256 that is not 64 hexadecimal digits", "file-added", "file.sha256=\"abc\"", 3, "file-added", "file.sha256" },
        { "a file of zero bytes", "file-added", "file.size=0", 3, "file-added", "file.size" },
        { "a size that is not an integer", "file-added", "file.size=1.5", 3, "file-added", "file.size" },
        { "an empty file ID", "file-added", "file.id=\"00000000-0000-0000-0000-000000000000\"", 3, "file-added", "file.id" },
        { "a file ID that is not a GUID", "file-added", "file.id=\"file-1\"", 3, "file-added", "file.id" },
        { "an unknown file type", "file-added", "file.type=\"png\"", 3, "file-added", "file.type" },
        { "a date of issue that is not yyyy-MM-dd", "file-added", "file.issuedOn=\"16/12/2022\"", 3, "file-added", "file.issuedOn" },
        { "a file given as a string", "file-added", "file=\"carte.pdf\"", 3, "file-added", "file" },
        { "a postmark that is not a date", "postal-dossier-received", "postmark=\"2023-02-30\"", 2, "postal-dossier-received", "postmark" },
        { "a piece named twice in a regularisation", "regularisation-requested", "request.items[1].piece=\"identity-document\"", 6, "regularisation-requested", "request.items" },
        { "a regularisation item without a reason", "regularisation-requested", "-request.items[0].reason", 6, "regularisation-requested", "request.items[0].reason" },
        { "reasons given as a string", "declared-non-compliant", "reasons=\"Dossier non signé.\"", 8, "declared-non-compliant", "reasons" },
        { "a reason that is not a string", "declared-non-compliant", "reasons[1]=3", 8, "declared-non-compliant", "reasons[1]" },
        { "an unknown cancellation channel", "cancellation-recorded", "channel=\"phone\"", 12, "cancellation-recorded", "channel" },
        { "an unknown document kind", "document-published", "document.kind=\"diploma\"", 10, "document-published", "document.kind" },
        { "a blank document title", "document-published", "document.title=\" \"", 10, "document-published", "document.title" },
        { "a missing previous address", "address-changed", "-previous", 11, "address-changed", "previous" },
        { "an invalid new e-mail address", "email-changed", "email=\"c.martin@\"", 13, "email-changed", "email" },
        { "a removed file without its ID", "file-removed", "-fileId", 4, "file-removed", "fileId" },
    };

    [Theory]
    [MemberData(nameof(BadEvents))]
    [Trait("Rule", "LIFE-11")]
    public void A_bad_stored_event_throws_a_StoredEventException_naming_its_sequence_type_and_field(
        string @case, string kind, string mutation, long? sequence, string? type, string? field)
    {
        var json = Mutate(GoldenFiles.Read(kind), mutation);

        var thrown = ((Action)(() => DossierJson.ReadEvent(json))).Should().ThrowExactly<StoredEventException>(@case).Which;

        thrown.Sequence.Should().Be(sequence, @case);
        thrown.TypeName.Should().Be(type, @case);
        thrown.Field.Should().Be(field, @case);
        if (sequence is { } n)
        {
            thrown.Message.Should().Contain($"event {n}", @case);
        }

        if (field is not null)
        {
            thrown.Message.Should().Contain($"field '{field}'", @case);
        }

        if (type is not null)
        {
            thrown.Message.Should().Contain($"({type})", @case);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("{\"type\":\"closed-online\",}")]
    [InlineData("{\"type\":\"closed-online\",\"type\":\"reopened\",\"sequence\":5}")]
    public void Text_that_is_not_valid_JSON_throws_a_StoredEventException_with_the_row_sequence_and_type_not_a_bare_JsonException(string text)
    {
        var thrown = ((Action)(() => DossierJson.FromStored(new StoredEvent("closed-online", 5, text)))).Should().ThrowExactly<StoredEventException>().Which;

        thrown.Sequence.Should().Be(5);
        thrown.TypeName.Should().Be("closed-online");
        thrown.InnerException.Should().BeAssignableTo<JsonException>();
        thrown.Message.Should().Contain("The stored event 5 (closed-online)").And.Contain("not valid JSON");
    }

    [Theory]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("\"closed-online\"")]
    public void Json_that_is_not_an_object_throws_a_StoredEventException(string text) =>
        ((Action)(() => DossierJson.ReadEvent(text))).Should().ThrowExactly<StoredEventException>().WithMessage("*Expected a JSON object*");

    [Fact]
    public void A_row_whose_sequence_disagrees_with_its_json_is_refused_naming_the_sequence()
    {
        var thrown = ((Action)(() => DossierJson.FromStored(new StoredEvent("closed-online", 6, GoldenFiles.Read("closed-online")))))
            .Should().ThrowExactly<StoredEventException>().Which;

        thrown.Sequence.Should().Be(6);
        thrown.Field.Should().Be("sequence");
        thrown.Message.Should().Contain("the stored row says 6");
    }

    [Fact]
    public void A_row_whose_type_disagrees_with_its_json_is_refused_naming_the_type()
    {
        var thrown = ((Action)(() => DossierJson.FromStored(new StoredEvent("reopened", 5, GoldenFiles.Read("closed-online")))))
            .Should().ThrowExactly<StoredEventException>().Which;

        thrown.Sequence.Should().Be(5);
        thrown.Field.Should().Be("type");
        thrown.Message.Should().Contain("'closed-online'").And.Contain("'reopened'");
    }

    [Fact]
    public void A_field_the_reader_does_not_know_is_ignored_so_that_a_later_version_may_add_optional_fields()
    {
        var json = Mutate(GoldenFiles.Read("reopened"), "addedLater=\"x\"");

        DossierJson.ReadEvent(json).Should().Be(Samples.Events["reopened"]);
    }

    [Fact]
    public void An_absent_optional_field_and_a_null_one_both_read_as_absent()
    {
        var absent = DossierJson.ReadEvent(Mutate(GoldenFiles.Read("email-changed"), "-email"));
        var nulled = DossierJson.ReadEvent(Mutate(GoldenFiles.Read("email-changed"), "email=null"));

        absent.Should().BeOfType<EmailChanged>().Which.Email.Should().BeNull();
        nulled.Should().Be(absent);
    }

    [Fact]
    public void A_history_that_is_not_an_array_is_refused() =>
        ((Action)(() => DossierJson.ReadHistory(GoldenFiles.Read("closed-online")))).Should().ThrowExactly<StoredEventException>()
            .WithMessage("*Expected a JSON array of events*");

    /// <summary>Applies "path=json" (set) or "-path" (remove) to a JSON object; paths are dotted, with [n] for array items.</summary>
    internal static string Mutate(string json, string mutation)
    {
        var root = JsonNode.Parse(json)!;
        var remove = mutation.StartsWith('-');
        var (path, value) = remove ? (mutation[1..], null) : (mutation[..mutation.IndexOf('=')], mutation[(mutation.IndexOf('=') + 1)..]);
        var steps = path.Split('.');
        JsonNode parent = root;
        foreach (var step in steps[..^1])
        {
            parent = Step(parent, step);
        }

        var last = steps[^1];
        var bracket = last.IndexOf('[');
        if (bracket >= 0)
        {
            var array = parent[last[..bracket]]!.AsArray();
            var index = int.Parse(last[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture);
            array[index] = value is null ? null : JsonNode.Parse(value);
        }
        else if (remove)
        {
            parent.AsObject().Remove(last);
        }
        else
        {
            parent[last] = JsonNode.Parse(value!);
        }

        return root.ToJsonString();
    }

    private static JsonNode Step(JsonNode node, string step)
    {
        var bracket = step.IndexOf('[');
        return bracket < 0
            ? node[step]!
            : node[step[..bracket]]![int.Parse(step[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture)]!;
    }
}

using System.Net;
using Cdg.Inscription.AspNetCore.Tests.Support;
using Cdg.Inscription.Dossiers;

namespace Cdg.Inscription.AspNetCore.Tests;

/// <summary>FILE-01 to FILE-04 through HTTP: the upload binding runs the inspector and answers every refusal in French; an accepted file is stored and recorded.</summary>
public sealed class UploadTests
{
    [Fact]
    [Trait("Rule", "FILE-01")]
    [Trait("Rule", "PIECE-02")]
    public async Task A_real_pdf_is_accepted_stored_under_its_id_and_recorded_in_the_dossier()
    {
        using var host = new HostFactory();
        using var client = await host.ClientAsync();
        (await client.PreRegisterAsync()).StatusCode.Should().Be(HttpStatusCode.Created);
        var bytes = Fixture.Bytes("pdf-ghostscript-text.pdf");

        var response = await client.UploadAsync("identity-document", bytes, "C:\\Scans\\carte d'identité.pdf", "application/pdf");

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var body = await HostClient.JsonOf(response);
        body.GetProperty("displayName").GetString().Should().Be("carte d'identité.pdf");
        body.GetProperty("contentType").GetString().Should().Be("application/pdf");
        var id = body.GetProperty("id").GetGuid();
        host.Contents.Get(id).Should().Equal(bytes);
        host.Store.EventsOf(DossierNumber.Parse(client.Number)).Select(e => e.Type).Should().Equal("pre-registered", "file-added");
        response.Headers.Location!.ToString().Should().Be($"/dossiers/{client.Number}/files/{id}");
    }

    [Theory]
    [Trait("Rule", "FILE-01")]
    [InlineData("jpeg-baseline-rgb.jpg")]
    [InlineData("jpeg-progressive.jpg")]
    public async Task A_real_jpeg_is_accepted(string fixture)
    {
        using var host = new HostFactory();
        using var client = await host.ClientAsync();
        await client.PreRegisterAsync();

        var response = await client.UploadAsync("identity-document", Fixture.Bytes(fixture), "scan.jpg", "image/jpeg");

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        (await HostClient.JsonOf(response)).GetProperty("contentType").GetString().Should().Be("image/jpeg");
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task An_encrypted_pdf_is_refused_with_a_422_in_french_and_nothing_is_kept()
    {
        using var host = new HostFactory();
        using var client = await host.ClientAsync();
        await client.PreRegisterAsync();

        var response = await client.UploadAsync("identity-document", Fixture.Bytes("pdf-encrypted-rc4-user-password.pdf"), "identite.pdf", "application/pdf");

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = await HostClient.JsonOf(response);
        problem.GetProperty("title").GetString().Should().Be("Votre demande n'a pas pu être prise en compte.");
        var violation = (await HostClient.ViolationsOf(response)).Should().ContainSingle().Subject;
        violation.Code.Should().Be(RuleViolationCodes.FileEncrypted);
        violation.Message.Should().Contain("mot de passe");
        problem.GetProperty("detail").GetString().Should().Be(violation.Message);
        host.Contents.Ids.Should().BeEmpty();
        host.Store.EventsOf(DossierNumber.Parse(client.Number)).Should().ContainSingle();
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task A_pdf_named_jpg_is_refused_for_the_name_that_contradicts_its_content()
    {
        using var host = new HostFactory();
        using var client = await host.ClientAsync();
        await client.PreRegisterAsync();

        var response = await client.UploadAsync("identity-document", Fixture.Bytes("pdf-ghostscript-text.pdf"), "photo.jpg", "image/jpeg");

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var violations = await HostClient.ViolationsOf(response);
        violations.Select(v => v.Code).Should().Contain(RuleViolationCodes.FileNameContradictsContent);
        violations.Should().Contain(v => v.Message.Contains("« photo.jpg »", StringComparison.Ordinal));
        host.Contents.Ids.Should().BeEmpty();
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task A_form_without_a_file_field_is_a_400_in_french()
    {
        using var host = new HostFactory();
        using var client = await host.ClientAsync();
        await client.PreRegisterAsync();
        using var form = new MultipartFormDataContent { { new StringContent("2026-01-10"), "issuedOn" } };

        var response = await client.PostAsync($"/dossiers/{client.Number}/pieces/identity-document/files", form);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await HostClient.JsonOf(response)).GetProperty("title").GetString().Should().Be("Le formulaire envoyé n'a pas pu être lu.");
        (await HostClient.ViolationsOf(response)).Should().Equal(
            ("upload.file-missing", "Aucun fichier n'a été reçu : choisissez le fichier de la pièce, puis envoyez le formulaire de nouveau."));
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task A_body_that_is_not_a_form_is_a_400_in_french()
    {
        using var host = new HostFactory();
        using var client = await host.ClientAsync();
        await client.PreRegisterAsync();

        var response = await client.PostAsync($"/dossiers/{client.Number}/pieces/identity-document/files", new ByteArrayContent(Fixture.Bytes("jpeg-baseline-rgb.jpg")));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await HostClient.ViolationsOf(response)).Select(v => v.Code).Should().Equal("upload.file-missing");
    }

    [Theory]
    [InlineData("31/02/2026")]
    [InlineData("9999-12-31")]
    [Trait("Rule", "PIECE-04")]
    public async Task An_issue_date_that_is_not_a_date_or_beyond_the_supported_range_is_a_400_in_french(string issuedOn)
    {
        using var host = new HostFactory();
        using var client = await host.ClientAsync();
        await client.PreRegisterAsync();
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(Fixture.Bytes("jpeg-baseline-rgb.jpg")), "file", "scan.jpg" },
            { new StringContent(issuedOn), "issuedOn" },
        };

        var response = await client.PostAsync($"/dossiers/{client.Number}/pieces/identity-document/files", form);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await HostClient.ViolationsOf(response)).Select(v => v.Code).Should().Equal("upload.issue-date-invalid");
    }

    [Fact]
    [Trait("Rule", "PIECE-01")]
    public async Task A_file_for_a_piece_the_session_does_not_ask_for_is_refused_and_its_bytes_deleted()
    {
        using var host = new HostFactory();
        using var client = await host.ClientAsync();
        await client.PreRegisterAsync();

        var response = await client.UploadAsync("diploma", Fixture.Bytes("pdf-ghostscript-text.pdf"), "diplome.pdf", "application/pdf");

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var violation = (await HostClient.ViolationsOf(response)).Should().ContainSingle().Subject;
        violation.Code.Should().Be(RuleViolationCodes.PieceNotRequested);
        violation.Message.Should().NotContain("diploma", "a refusal names a piece by its French label, never by its code");
        host.Contents.Ids.Should().BeEmpty();
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task An_upload_without_the_antiforgery_token_is_refused_and_nothing_is_read_into_the_dossier()
    {
        using var host = new HostFactory();
        using var client = await host.ClientAsync();
        await client.PreRegisterAsync();
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Fixture.Bytes("jpeg-baseline-rgb.jpg")), "file", "scan.jpg" } };

        var response = await client.PostAsync($"/dossiers/{client.Number}/pieces/identity-document/files", form, withToken: false);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await HostClient.ViolationsOf(response)).Select(v => v.Code).Should().Equal("upload.form-expired");
        host.Contents.Ids.Should().BeEmpty();
    }

    [Theory]
    [Trait("Rule", "PIECE-04")]
    [InlineData("2026-01-31")]
    [InlineData("31/01/2026")]
    public async Task An_issue_date_is_read_as_a_date_input_posts_it_or_as_a_person_types_it(string issuedOn)
    {
        using var host = new HostFactory();
        using var client = await host.ClientAsync();
        await client.PreRegisterAsync();

        var response = await client.UploadIssuedAsync("identity-document", Fixture.Bytes("jpeg-baseline-rgb.jpg"), "scan.jpg", issuedOn);

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        host.Store.EventsOf(DossierNumber.Parse(client.Number))[^1].Json.Should().Contain("\"issuedOn\":\"2026-01-31\"");
    }
}

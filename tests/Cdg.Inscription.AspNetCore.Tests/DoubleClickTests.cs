using System.Net;
using Cdg.Inscription.AspNetCore.Commands;
using Cdg.Inscription.AspNetCore.Tests.Support;
using Cdg.Inscription.Dossiers;

namespace Cdg.Inscription.AspNetCore.Tests;

/// <summary>PIECE-02, LIFE-02: a double click, or a request retried with the same idempotency key, is answered as already done, in French, and stores nothing.</summary>
public sealed class DoubleClickTests
{
    [Fact]
    [Trait("Rule", "PIECE-02")]
    public async Task The_same_file_uploaded_twice_to_a_piece_is_already_done_and_its_second_copy_is_not_kept()
    {
        using var host = new HostFactory();
        using var client = await host.ClientAsync();
        await client.PreRegisterAsync();
        var bytes = Fixture.Bytes("pdf-ghostscript-text.pdf");
        (await client.UploadAsync("identity-document", bytes, "identite.pdf", "application/pdf")).StatusCode.Should().Be(HttpStatusCode.Created);

        var second = await client.UploadAsync("identity-document", bytes, "identite (1).pdf", "application/pdf");

        second.StatusCode.Should().Be(HttpStatusCode.OK);
        (await HostClient.JsonOf(second)).GetProperty("notice").GetString().Should().Be(
            "Ce fichier figure déjà dans la pièce « Pièce d'identité » de votre dossier, sous le nom « identite.pdf » : il n'a pas été ajouté une seconde fois.");
        host.Store.EventsOf(DossierNumber.Parse(client.Number)).Count(e => e.Type == "file-added").Should().Be(1);
        host.Contents.Ids.Should().ContainSingle();
    }

    [Fact]
    [Trait("Rule", "LIFE-02")]
    public async Task A_second_closure_is_already_done_with_no_second_event_nor_e_mail()
    {
        using var host = new HostFactory();
        using var client = await host.ClientAsync();
        await client.PreRegisterAsync();
        await client.UploadAsync("identity-document", Fixture.Bytes("pdf-ghostscript-text.pdf"), "identite.pdf", "application/pdf");
        (await client.CloseAsync()).StatusCode.Should().Be(HttpStatusCode.OK);
        host.Clock.AdvanceSeconds(1);

        var second = await client.CloseAsync();

        second.StatusCode.Should().Be(HttpStatusCode.OK);
        (await HostClient.JsonOf(second)).GetProperty("notice").GetString().Should().StartWith("Votre inscription est déjà clôturée : votre dossier a été transmis au centre de gestion le 2 mars 2026 à 10 h 00");
        host.Store.EventsOf(DossierNumber.Parse(client.Number)).Count(e => e.Type == "closed-online").Should().Be(1);
        host.Store.Outbox.Should().ContainSingle();
    }

    [Fact]
    [Trait("Rule", "PIECE-02")]
    public async Task A_retried_upload_with_the_same_idempotency_key_is_not_applied_twice_even_with_other_bytes()
    {
        using var host = new HostFactory();
        using var client = await host.ClientAsync();
        await client.PreRegisterAsync();
        var key = Guid.NewGuid().ToString();
        await client.UploadAsync("identity-document", Fixture.Bytes("jpeg-baseline-rgb.jpg"), "recto.jpg", "image/jpeg", key);

        var retried = await client.UploadAsync("identity-document", Fixture.Bytes("jpeg-progressive.jpg"), "verso.jpg", "image/jpeg", key);

        retried.StatusCode.Should().Be(HttpStatusCode.OK);
        (await HostClient.JsonOf(retried)).GetProperty("notice").GetString().Should().Be(DossierRun.RepeatedRequestMessage);
        host.Store.EventsOf(DossierNumber.Parse(client.Number)).Count(e => e.Type == "file-added").Should().Be(1);
        host.Contents.Ids.Should().ContainSingle();
    }

    [Fact]
    [Trait("Rule", "LIFE-01")]
    public async Task A_retried_pre_registration_with_the_same_idempotency_key_creates_one_dossier()
    {
        using var host = new HostFactory();
        using var client = await host.ClientAsync();
        var key = Guid.NewGuid().ToString();
        (await client.PreRegisterAsync(idempotencyKey: key)).StatusCode.Should().Be(HttpStatusCode.Created);
        var first = client.Number;

        var retried = await client.PreRegisterAsync(idempotencyKey: key);

        retried.StatusCode.Should().Be(HttpStatusCode.OK);
        client.Number.Should().Be(first);
        (await HostClient.JsonOf(retried)).GetProperty("notice").GetString().Should().Be(DossierRun.RepeatedRequestMessage);
        host.Store.Appends.Should().Be(1);
    }

    [Fact]
    [Trait("Rule", "PIECE-02")]
    public async Task A_key_that_is_not_one_only_loses_the_protection()
    {
        using var host = new HostFactory();
        using var client = await host.ClientAsync();
        await client.PreRegisterAsync();

        var response = await client.UploadAsync("identity-document", Fixture.Bytes("jpeg-baseline-rgb.jpg"), "recto.jpg", "image/jpeg", "clé avec espaces");

        response.StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Fact]
    [Trait("Rule", "PIECE-02")]
    public async Task A_key_already_used_on_another_dossier_does_not_silence_a_command_on_this_one()
    {
        using var host = new HostFactory();
        using var first = await host.ClientAsync();
        using var second = await host.ClientAsync();
        await first.PreRegisterAsync();
        await second.PreRegisterAsync();
        var key = Guid.NewGuid().ToString();
        await first.UploadAsync("identity-document", Fixture.Bytes("jpeg-baseline-rgb.jpg"), "recto.jpg", "image/jpeg", key);

        var response = await second.UploadAsync("identity-document", Fixture.Bytes("jpeg-baseline-rgb.jpg"), "recto.jpg", "image/jpeg", key);

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        host.Store.EventsOf(DossierNumber.Parse(second.Number)).Count(e => e.Type == "file-added").Should().Be(1);
    }
}

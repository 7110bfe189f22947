using System.Net;
using Cdg.Inscription.AspNetCore.Tests.Support;
using Cdg.Inscription.Dossiers;
using NodaTime;

namespace Cdg.Inscription.AspNetCore.Tests;

/// <summary>LIFE-02, LIFE-03, PIECE-05 through HTTP: « clôturer mon inscription », in time and late to the tick, and the e-mail it writes to the outbox.</summary>
public sealed class ClosureTests
{
    [Fact]
    [Trait("Rule", "LIFE-02")]
    [Trait("Rule", "DEAD-01")]
    public async Task A_closure_at_the_last_tick_before_midnight_in_paris_is_accepted_and_confirmed_by_e_mail()
    {
        using var host = new HostFactory();
        using var client = await host.ClientAsync();
        await client.PreRegisterAsync();
        await client.UploadAsync("identity-document", Fixture.Bytes("pdf-ghostscript-text.pdf"), "identite.pdf", "application/pdf");
        host.Clock.Reset(HostFactory.Deadline - Duration.Epsilon);

        var response = await client.CloseAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await HostClient.JsonOf(response);
        body.GetProperty("status").GetString().Should().Be("EN COURS D'INSTRUCTION");
        body.GetProperty("notice").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        var message = host.Store.Outbox.Should().ContainSingle().Subject;
        message.To.Should().Be("camille.martin@exemple.fr");
        message.Sequence.Should().Be(3);
        message.Body.Should().Be(DossierStatusLabels.OnlineClosureConfirmation);
    }

    [Fact]
    [Trait("Rule", "LIFE-03")]
    [Trait("Rule", "DEAD-01")]
    public async Task A_closure_at_midnight_in_paris_is_a_422_in_french_and_the_dossier_is_unchanged()
    {
        using var host = new HostFactory();
        using var client = await host.ClientAsync();
        await client.PreRegisterAsync();
        await client.UploadAsync("identity-document", Fixture.Bytes("pdf-ghostscript-text.pdf"), "identite.pdf", "application/pdf");
        host.Clock.Reset(HostFactory.Deadline);

        var response = await client.CloseAsync();

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var violation = (await HostClient.ViolationsOf(response)).Should().ContainSingle().Subject;
        violation.Code.Should().Be(Cdg.Inscription.RuleViolationCodes.ClosureDeadlinePassed);
        violation.Message.Should().Contain("le 1er avril 2026 avant minuit (heure métropolitaine)");
        host.Store.EventsOf(DossierNumber.Parse(client.Number)).Should().HaveCount(2);
        host.Store.Outbox.Should().BeEmpty();
    }

    [Fact]
    [Trait("Rule", "PIECE-05")]
    public async Task A_closure_with_a_piece_missing_names_it_by_its_label()
    {
        using var host = new HostFactory();
        using var client = await host.ClientAsync();
        await client.PreRegisterAsync();

        var response = await client.CloseAsync();

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await HostClient.ViolationsOf(response)).Should().Equal(
            (Cdg.Inscription.RuleViolationCodes.ClosurePiecesMissing, "Votre inscription ne peut pas encore être clôturée : ajoutez d'abord la pièce « Pièce d'identité »."));
    }

    [Fact]
    [Trait("Rule", "LIFE-02")]
    public async Task A_closure_posted_without_its_antiforgery_token_is_a_400_in_french_and_closes_nothing()
    {
        using var host = new HostFactory();
        using var client = await host.ClientAsync();
        await client.PreRegisterAsync();
        await client.UploadAsync("identity-document", Fixture.Bytes("pdf-ghostscript-text.pdf"), "identite.pdf", "application/pdf");

        var response = await client.CloseAsync(withToken: false);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await HostClient.ViolationsOf(response)).Should().Equal(
            ("upload.form-expired", "Ce formulaire a expiré : rechargez la page, puis envoyez-le de nouveau."));
        host.Store.EventsOf(DossierNumber.Parse(client.Number)).Should().HaveCount(2);
    }

    [Fact]
    [Trait("Rule", "LIFE-02")]
    public async Task A_closure_posted_without_its_form_is_a_400_in_french_not_an_empty_answer()
    {
        using var host = new HostFactory();
        using var client = await host.ClientAsync();
        await client.PreRegisterAsync();
        using var nothing = new ByteArrayContent([]);
        nothing.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-www-form-urlencoded");

        var response = await client.PostAsync($"/dossiers/{client.Number}/closure", nothing);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await HostClient.ViolationsOf(response)).Should().Equal(
            ("upload.form-unreadable", "Le formulaire envoyé est incomplet ou mal formé : rechargez la page, puis envoyez-le de nouveau."));
    }
}

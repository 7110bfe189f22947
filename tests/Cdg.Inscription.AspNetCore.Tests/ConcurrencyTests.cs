using System.Net;
using Cdg.Inscription.AspNetCore.Tests.Support;
using Cdg.Inscription.Dossiers;

namespace Cdg.Inscription.AspNetCore.Tests;

/// <summary>LIFE-11: an append expects the version that was loaded; the runner decides again after a conflict, and answers 409 in French once its attempts are spent, storing nothing.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    [Trait("Rule", "LIFE-11")]
    public async Task A_conflict_is_retried_on_the_dossier_as_it_now_is_and_the_command_then_applied_once()
    {
        using var host = new HostFactory();
        using var client = await host.ClientAsync();
        await client.PreRegisterAsync();
        host.Store.ConflictsBeforeAppend = 2;
        var appendsBefore = host.Store.Appends;

        var response = await client.UploadAsync("identity-document", Fixture.Bytes("pdf-ghostscript-text.pdf"), "identite.pdf", "application/pdf");

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        (host.Store.Appends - appendsBefore).Should().Be(3, "two conflicts, then the append");
        host.Store.EventsOf(DossierNumber.Parse(client.Number)).Select(e => e.Type).Should().Equal("pre-registered", "file-added");
        host.Contents.Ids.Should().ContainSingle();
    }

    [Fact]
    [Trait("Rule", "LIFE-11")]
    public async Task A_conflict_on_every_attempt_is_a_409_in_french_and_the_uploaded_bytes_are_not_left_behind()
    {
        using var host = new HostFactory();
        using var client = await host.ClientAsync();
        await client.PreRegisterAsync();
        host.Store.ConflictsBeforeAppend = CdgInscriptionOptions.DefaultMaxAttempts;

        var response = await client.UploadAsync("identity-document", Fixture.Bytes("pdf-ghostscript-text.pdf"), "identite.pdf", "application/pdf");

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var problem = await HostClient.JsonOf(response);
        problem.GetProperty("title").GetString().Should().Be("Ce dossier vient d'être modifié.");
        problem.GetProperty("detail").GetString().Should().StartWith("Ce dossier vient d'être modifié par une autre demande : rechargez la page");
        problem.ToString().Should().NotContain("Exception").And.NotContain("   at ");
        host.Store.EventsOf(DossierNumber.Parse(client.Number)).Should().ContainSingle();
        host.Contents.Ids.Should().BeEmpty();
    }

    [Fact]
    [Trait("Rule", "LIFE-11")]
    public async Task Two_closures_sent_at_once_store_one_event_and_both_are_answered()
    {
        using var host = new HostFactory();
        using var client = await host.ClientAsync();
        await client.PreRegisterAsync();
        await client.UploadAsync("identity-document", Fixture.Bytes("pdf-ghostscript-text.pdf"), "identite.pdf", "application/pdf");

        var responses = await Task.WhenAll(client.CloseAsync(), client.CloseAsync());

        responses.Select(r => r.StatusCode).Should().AllBeEquivalentTo(HttpStatusCode.OK);
        host.Store.EventsOf(DossierNumber.Parse(client.Number)).Count(e => e.Type == "closed-online").Should().Be(1);
    }
}

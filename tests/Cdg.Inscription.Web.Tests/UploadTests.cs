using System.Net;
using Cdg.Inscription.AspNetCore.Tests.Support;
using Cdg.Inscription.Web.Portal;
using Cdg.Inscription.Web.Tests.Support;

namespace Cdg.Inscription.Web.Tests;

/// <summary>The upload form of each piece on the dossier page: refusals shown beside the piece, in French, and nothing stored.</summary>
public sealed class UploadTests
{
    private const long Body = 40L * 1024 * 1024;

    /// <summary>What the server may pull beyond the limit: the buffers between client and server.</summary>
    private const long Slack = 2L * 1024 * 1024;

    private const string TooLarge = "Ce fichier dépasse la taille maximale de 10 Mo";

    [Fact]
    [Trait("Rule", "FILE-02")]
    [Trait("Rule", "FILE-01")]
    public async Task A_pdf_named_jpg_is_refused_with_its_french_reason_beside_the_piece()
    {
        using var factory = new PortalFactory();
        using var candidate = factory.NewClient();
        await candidate.PreRegisterAsync();
        var events = await factory.Store().CountEventsAsync(TestContext.Current.CancellationToken);

        var (response, html) = await candidate.UploadAsync("identity-document", PortalSteps.Fixture("pdf-ghostscript-text.pdf"), "carte.jpg");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var refusal = PortalSteps.TextOf(html, "refusal-identity-document");
        refusal.Should().NotBeNull("the reason is shown beside the piece");
        refusal.Should().Contain(".jpg").And.Contain("PDF");
        html.Should().Contain("id=\"error-summary\"");
        PortalSteps.FileIdsOf(html, "identity-document").Should().BeEmpty();
        (await factory.Store().CountEventsAsync(TestContext.Current.CancellationToken)).Should().Be(events);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task A_body_declared_larger_than_the_limit_is_refused_in_french_before_its_file_is_read()
    {
        using var factory = new PortalFactory();
        using var candidate = factory.NewClient();
        await candidate.PreRegisterAsync();
        var events = await factory.Store().CountEventsAsync(TestContext.Current.CancellationToken);
        var body = new CountingStream(Body, declaresLength: true);

        var (_, html) = await candidate.UploadAsync("identity-document", new StreamContent(body), "scan.pdf");

        PortalSteps.TextOf(html, "refusal-identity-document").Should().StartWith(TooLarge);
        body.BytesRead.Should().BeLessThan(Slack, "the declared length alone is refused");
        PortalSteps.FileIdsOf(html, "identity-document").Should().BeEmpty();
        (await factory.Store().CountEventsAsync(TestContext.Current.CancellationToken)).Should().Be(events);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task A_body_sent_without_a_length_is_cut_at_the_limit_and_refused_in_french()
    {
        using var factory = new PortalFactory();
        using var candidate = factory.NewClient();
        await candidate.PreRegisterAsync();
        var events = await factory.Store().CountEventsAsync(TestContext.Current.CancellationToken);
        var body = new CountingStream(Body, declaresLength: false);

        var (_, html) = await candidate.UploadAsync("identity-document", new StreamContent(body), "scan.pdf");

        PortalSteps.TextOf(html, "refusal-identity-document").Should().StartWith(TooLarge);
        body.BytesRead.Should().BeLessThan(Cdg.Inscription.Files.FileInspectionOptions.DefaultMaxSize + Slack, "the body is cut at the limit, not read whole");
        PortalSteps.FileIdsOf(html, "identity-document").Should().BeEmpty();
        (await factory.Store().CountEventsAsync(TestContext.Current.CancellationToken)).Should().Be(events);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    [Trait("Rule", "FILE-01")]
    public async Task A_file_just_within_the_limit_is_read_whole_and_answered_by_the_inspector_not_as_too_large()
    {
        using var factory = new PortalFactory();
        using var candidate = factory.NewClient();
        await candidate.PreRegisterAsync();
        var body = new CountingStream(Cdg.Inscription.Files.FileInspectionOptions.DefaultMaxSize, declaresLength: true);

        var (_, html) = await candidate.UploadAsync("identity-document", new StreamContent(body), "scan.pdf");

        var refusal = PortalSteps.TextOf(html, "refusal-identity-document");
        refusal.Should().NotBeNull("ten mebibytes of zeros are not a PDF");
        refusal.Should().NotContain("taille maximale");
        body.BytesRead.Should().Be(Cdg.Inscription.Files.FileInspectionOptions.DefaultMaxSize);
        PortalSteps.FileIdsOf(html, "identity-document").Should().BeEmpty();
    }

    [Fact]
    [Trait("Rule", "PIECE-02")]
    public async Task A_file_deleted_leaves_the_piece_ready_for_another_file()
    {
        using var factory = new PortalFactory();
        using var candidate = factory.NewClient();
        await candidate.PreRegisterAsync();
        var (_, first) = await candidate.UploadAsync("identity-document", PortalSteps.Fixture("pdf-ghostscript-text.pdf"), "carte.pdf");
        var fileId = PortalSteps.FileIdsOf(first, "identity-document").Should().ContainSingle().Subject;

        var (_, deleted) = await candidate.PostAsync("/Dossier", "/Dossier?handler=Delete", ("fileId", fileId.ToString()));

        deleted.Should().Contain("Le fichier a été supprimé.");
        PortalSteps.FileIdsOf(deleted, "identity-document").Should().BeEmpty();
        deleted.Should().NotContain("carte.pdf");
        var gone = await candidate.Http.GetAsync($"/Fichiers/{PortalSteps.NumberOf(deleted)}/{fileId}", TestContext.Current.CancellationToken);
        gone.StatusCode.Should().Be(HttpStatusCode.NotFound);

        var (_, again) = await candidate.UploadAsync("identity-document", PortalSteps.Fixture("jpeg-baseline-rgb.jpg"), "carte-recto.jpg");

        var second = PortalSteps.FileIdsOf(again, "identity-document").Should().ContainSingle().Subject;
        second.Should().NotBe(fileId);
        again.Should().Contain("carte-recto.jpg");
    }

    [Fact]
    [Trait("Rule", "PIECE-02")]
    public async Task A_piece_holds_several_files_each_listed_under_it()
    {
        using var factory = new PortalFactory();
        using var candidate = factory.NewClient();
        await candidate.PreRegisterAsync();

        await candidate.UploadAsync("identity-document", PortalSteps.Fixture("jpeg-baseline-rgb.jpg"), "recto.jpg");
        var (_, html) = await candidate.UploadAsync("identity-document", PortalSteps.Fixture("pdf-ghostscript-text.pdf"), "verso.pdf");

        PortalSteps.TextOf(html, "refusal-identity-document").Should().BeNull();
        PortalSteps.FileIdsOf(html, "identity-document").Should().HaveCount(2);
        html.Should().Contain("recto.jpg").And.Contain("verso.pdf");
    }

    [Fact]
    [Trait("Rule", "LIFE-11")]
    public async Task An_upload_that_keeps_conflicting_shows_the_french_conflict_message_and_stores_nothing()
    {
        using var factory = new PortalFactory();
        using var candidate = factory.NewClient();
        await candidate.PreRegisterAsync();
        var store = factory.Store();
        var events = await store.CountEventsAsync(TestContext.Current.CancellationToken);
        store.ConflictsBeforeAppend = 100;

        var (_, html) = await candidate.UploadAsync("identity-document", PortalSteps.Fixture("pdf-ghostscript-text.pdf"), "carte.pdf");

        PortalSteps.TextOf(html, "refusal-identity-document").Should().StartWith(PortalMessages.Conflict);
        PortalMessages.Conflict.Should().Be("Ce dossier vient d'être modifié, rechargez la page.");
        PortalSteps.FileIdsOf(html, "identity-document").Should().BeEmpty();
        (await store.CountEventsAsync(TestContext.Current.CancellationToken)).Should().Be(events);
    }

    [Fact]
    [Trait("Rule", "LIFE-11")]
    public async Task A_closure_that_keeps_conflicting_is_a_409_with_the_french_conflict_message_and_stores_nothing()
    {
        using var factory = new PortalFactory();
        using var candidate = factory.NewClient();
        await candidate.PreRegisterAsync();
        await candidate.UploadAsync("identity-document", PortalSteps.Fixture("pdf-ghostscript-text.pdf"), "carte.pdf");
        var store = factory.Store();
        var events = await store.CountEventsAsync(TestContext.Current.CancellationToken);
        store.ConflictsBeforeAppend = 100;

        var (response, html) = await candidate.PostAsync("/Dossier", "/Dossier?handler=Close");

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        PortalSteps.TextOf(html, "error-summary").Should().Contain(PortalMessages.Conflict);
        PortalSteps.TextOf(html, "status-label").Should().Be("EN ATTENTE DE VOTRE DOSSIER");
        (await store.CountEventsAsync(TestContext.Current.CancellationToken)).Should().Be(events);
    }
}

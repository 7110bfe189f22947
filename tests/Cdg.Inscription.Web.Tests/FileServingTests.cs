using System.Net;
using Cdg.Inscription.Web.Tests.Support;

namespace Cdg.Inscription.Web.Tests;

/// <summary>The files of a dossier served back: inline or as an attachment, to their candidate or to staff only.</summary>
public sealed class FileServingTests
{
    [Fact]
    [Trait("Rule", "PIECE-02")]
    public async Task An_accepted_file_is_viewed_inline_with_its_content_type_and_nosniff()
    {
        using var factory = new PortalFactory();
        using var candidate = factory.NewClient();
        var (number, fileId) = await UploadedAsync(candidate);

        var response = await candidate.Http.GetAsync($"/Fichiers/{number}/{fileId}", TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        response.Content.Headers.ContentDisposition!.DispositionType.Should().Be("inline");
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        bytes.Should().Equal(await File.ReadAllBytesAsync(PortalSteps.FixturePath("pdf-ghostscript-text.pdf"), TestContext.Current.CancellationToken));
    }

    [Fact]
    [Trait("Rule", "PIECE-02")]
    public async Task An_accepted_file_is_downloaded_as_an_attachment_under_its_display_name()
    {
        using var factory = new PortalFactory();
        using var candidate = factory.NewClient();
        var (number, fileId) = await UploadedAsync(candidate);

        var response = await candidate.Http.GetAsync($"/Fichiers/{number}/{fileId}?telecharger=true", TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        response.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        (response.Content.Headers.ContentDisposition.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName).Should().Be("carte.pdf");
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
    }

    [Fact]
    [Trait("Rule", "LIFE-10")]
    [Trait("Rule", "SPACE-02")]
    public async Task Another_candidate_cannot_get_the_file()
    {
        using var factory = new PortalFactory();
        using var owner = factory.NewClient();
        var (number, fileId) = await UploadedAsync(owner);
        using var other = factory.NewClient();
        await other.PreRegisterAsync(("familyName", "Durand"), ("givenName", "Paul"));

        foreach (var path in new[] { $"/Fichiers/{number}/{fileId}", $"/Fichiers/{number}/{fileId}?telecharger=true" })
        {
            var response = await other.Http.GetAsync(path, TestContext.Current.CancellationToken);

            response.StatusCode.Should().BeOneOf(HttpStatusCode.NotFound, HttpStatusCode.Forbidden);
            response.Content.Headers.ContentType?.MediaType.Should().NotBe("application/pdf");
        }
    }

    [Fact]
    [Trait("Rule", "SPACE-02")]
    public async Task Without_a_cookie_the_file_is_not_served()
    {
        using var factory = new PortalFactory();
        using var owner = factory.NewClient();
        var (number, fileId) = await UploadedAsync(owner);
        using var anonymous = factory.NewClient();

        var response = await anonymous.Http.GetAsync($"/Fichiers/{number}/{fileId}", TestContext.Current.CancellationToken);

        response.StatusCode.Should().BeOneOf(HttpStatusCode.Redirect, HttpStatusCode.Found, HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.NotFound);
        response.Content.Headers.ContentType?.MediaType.Should().NotBe("application/pdf");
        if (response.Headers.Location is { } location)
        {
            location.ToString().Should().Contain("/Connexion");
        }
    }

    [Fact]
    [Trait("Rule", "LIFE-10")]
    public async Task Staff_get_the_candidate_s_file()
    {
        using var factory = new PortalFactory();
        using var candidate = factory.NewClient();
        var (number, fileId) = await UploadedAsync(candidate);
        using var staff = await factory.StaffAsync();

        var response = await staff.Http.GetAsync($"/Fichiers/{number}/{fileId}", TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
    }

    private static async Task<(string Number, Guid FileId)> UploadedAsync(PortalClient candidate)
    {
        var number = await candidate.PreRegisterAsync();
        var (_, html) = await candidate.UploadAsync("identity-document", PortalSteps.Fixture("pdf-ghostscript-text.pdf"), "carte.pdf");
        return (number, PortalSteps.FileIdsOf(html, "identity-document").Should().ContainSingle().Subject);
    }
}

using System.Net;
using System.Text.RegularExpressions;
using Cdg.Inscription.Web.Tests.Support;

namespace Cdg.Inscription.Web.Tests;

/// <summary>The whole walk of a dossier through the pages: pre-registration to the convocation downloaded.</summary>
public sealed partial class WalkTests
{
    private const string Session = "/Preinscription/ADJOINT-2027";

    [Fact]
    [Trait("Rule", "LIFE-01")]
    [Trait("Rule", "LIFE-08")]
    [Trait("Rule", "SPACE-01")]
    public async Task A_candidate_pre_registers_uploads_closes_downloads_the_convocation_once_complete_and_sees_it_withdrawn_when_staff_reopen()
    {
        using var factory = new PortalFactory();
        using var candidate = factory.NewClient();
        var (created, html) = await candidate.PostAsync(Session, Session, Identity());
        created.StatusCode.Should().Be(HttpStatusCode.OK);
        var number = Number().Match(html).Groups[1].Value;
        number.Should().NotBeEmpty();

        var (_, dossier) = await candidate.GetAsync("/Dossier");
        dossier.Should().Contain("EN ATTENTE DE VOTRE DOSSIER");

        var (_, accepted) = await candidate.UploadAsync("identity-document", Fixture("pdf-ghostscript-text.pdf"), "carte.pdf");
        accepted.Should().Contain("carte.pdf");
        var (_, refused) = await candidate.UploadAsync("identity-document", Fixture("pdf-encrypted-rc4-user-password.pdf"), "protege.pdf");
        refused.Should().Contain("id=\"refusal-identity-document\"").And.Contain("mot de passe");

        var (_, jpeg) = await candidate.UploadAsync("service-record", Fixture("jpeg-baseline-rgb.jpg"), "etat.jpg");
        jpeg.Should().Contain("etat.jpg");

        var (_, closed) = await candidate.PostAsync("/Dossier", "/Dossier?handler=Close");
        closed.Should().Contain("EN COURS D&#x27;INSTRUCTION");

        using var staff = factory.NewClient();
        var (_, signedIn) = await staff.PostAsync("/Gestion/Connexion", "/Gestion/Connexion", ("login", "gestionnaire"), ("password", "Concours-2027!"));
        signedIn.Should().Contain(number);
        var (_, complete) = await staff.PostAsync($"/Gestion/Dossier/{number}", $"/Gestion/Dossier/{number}?handler=Complete");
        complete.Should().Contain("DOSSIER COMPLET");
        var (_, published) = await staff.PostAsync("/Gestion", "/Gestion?handler=Publish", ("code", "ADJOINT-2027"));
        published.Should().Contain("Convocation publiée à 1 dossier.");

        var (_, final) = await candidate.GetAsync("/Dossier");
        final.Should().Contain("DOSSIER COMPLET");
        var link = Document().Match(final).Groups[1].Value;
        var download = await candidate.Http.GetAsync(link, TestContext.Current.CancellationToken);
        download.StatusCode.Should().Be(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        download.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        download.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        (await download.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).Take(5).Should().Equal("%PDF-"u8.ToArray());

        await staff.PostAsync($"/Gestion/Dossier/{number}", $"/Gestion/Dossier/{number}?handler=Reopen", ("reason", "Diplôme à vérifier."));
        var (_, reopened) = await candidate.GetAsync("/Dossier");
        reopened.Should().Contain("id=\"withdrawn-documents\"").And.Contain("votre dossier a été rouvert pour instruction");
        Document().IsMatch(reopened).Should().BeFalse();
        var gone = await candidate.Http.GetAsync(link, TestContext.Current.CancellationToken);
        gone.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    [Trait("Rule", "LIFE-10")]
    public async Task A_staff_handler_posted_with_a_candidate_cookie_is_forbidden()
    {
        using var factory = new PortalFactory();
        using var candidate = factory.NewClient();
        var (_, html) = await candidate.PostAsync(Session, Session, Identity());
        var number = Number().Match(html).Groups[1].Value;

        var (response, _) = await candidate.PostAsync("/Dossier", $"/Gestion/Dossier/{number}?handler=Complete");

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Connexion")]
    [InlineData("/Gestion/Connexion")]
    [InlineData(Session)]
    [InlineData("/MotDePasseOublie")]
    [InlineData("/Reinitialiser")]
    public async Task Every_public_page_renders_in_french(string path)
    {
        using var factory = new PortalFactory();
        using var client = factory.NewClient();

        var (response, html) = await client.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        html.Should().Contain("<html lang=\"fr\">").And.Contain("<main");
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task A_pre_registration_with_a_blank_family_name_shows_the_french_error_beside_the_field()
    {
        using var factory = new PortalFactory();
        using var client = factory.NewClient();

        var (response, html) = await client.PostAsync(Session, Session, [.. Identity().Where(f => f.Name != "familyName"), ("familyName", " ")]);

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        html.Should().Contain("id=\"familyName-error\"").And.Contain("role=\"alert\"").And.Contain("href=\"#familyName\"");
    }

    internal static (string Name, string Value)[] Identity() =>
    [
        ("familyName", "Moreau"), ("givenName", "Julie"), ("birthDate", "14/07/1990"), ("email", "julie.moreau@example.fr"),
        ("street", "12 rue des Lilas"), ("postalCode", "53000"), ("city", "Laval"), ("password", "motdepasse-1"), ("passwordConfirmation", "motdepasse-1"),
    ];

    private static StreamContent Fixture(string name) => new(File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Fixtures", name)));

    [GeneratedRegex("id=\"dossier-number\">([^<]+)<")]
    private static partial Regex Number();

    [GeneratedRegex("href=\"(/Documents/[^\"]+)\"")]
    private static partial Regex Document();
}

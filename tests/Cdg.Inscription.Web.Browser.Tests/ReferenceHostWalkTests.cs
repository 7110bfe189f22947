using System.Net;
using Cdg.Inscription.Web.Browser.Tests.Support;
using OpenQA.Selenium;
using OpenQA.Selenium.Support.UI;

namespace Cdg.Inscription.Web.Browser.Tests;

/// <summary>
/// The reference host walked in a real browser, as a candidate and a gestionnaire would, with
/// axe-core on every page visited and a screenshot of each step in <c>artifacts/browser/</c>.
/// </summary>
public sealed class ReferenceHostWalkTests : IDisposable
{
    private const string Session = "ADJOINT-2027";
    private const string IdentityPiece = "identity-document";
    private const string ServicePiece = "service-record";
    private const string Password = "Mot-de-passe-2027";

    private readonly ReferenceHost _host = new();
    private readonly HeadlessBrowser _browser = HeadlessBrowser.Start();
    private readonly List<string> _violations = [];

    private IWebDriver Driver => _browser.Driver;

    [Fact]
    public void The_home_page_lists_the_sessions_open_to_pre_registration_in_french_with_no_serious_accessibility_violation()
    {
        Go("/");

        Driver.Title.Should().Contain("Accueil");
        Driver.FindElement(By.Id("sessions")).Text.Should().Contain("préinscription jusqu'au");
        Step("00-home");
        File.Exists(Path.Combine(_host.DataFolder, "portal.db")).Should().BeTrue("the host stores in SQLite in its temporary folder");
        AccessibilityShouldHoldOnEveryPage();
    }

    [Fact]
    [Trait("Rule", "LIFE-01")]
    [Trait("Rule", "SPACE-02")]
    [Trait("Rule", "FILE-02")]
    [Trait("Rule", "PIECE-05")]
    [Trait("Rule", "LIFE-02")]
    [Trait("Rule", "LIFE-10")]
    [Trait("Rule", "LIFE-08")]
    [Trait("Rule", "SPACE-01")]
    public async Task A_candidate_pre_registers_uploads_is_refused_an_encrypted_pdf_in_french_closes_and_once_staff_declare_the_dossier_complete_downloads_the_convocation()
    {
        // The candidate pre-registers for the session whose organiser shows the review at once.
        Go("/");
        Step("01-home");
        Click("preregister-" + Session);
        Type("familyName", "Moreau");
        Type("givenName", "Julie");
        Type("birthDate", "14/05/1990");
        Type("email", "julie.moreau@example.fr");
        Type("street", "12 rue de la Paix");
        Type("postalCode", "53000");
        Type("city", "Laval");
        Type("password", Password);
        Type("passwordConfirmation", Password);
        Step("02-pre-registration");
        Click("preregister");
        var number = Element("dossier-number").Text;
        number.Should().NotBeNullOrWhiteSpace();
        Step("03-pre-registered");

        // She signs in with her dossier number and password.
        SignInAsCandidate(number, "04-candidate-sign-in");
        Element("status-label").Text.Should().Be("EN ATTENTE DE VOTRE DOSSIER");
        Step("05-dossier-awaiting");

        // An encrypted PDF is refused, in French, and says what to do.
        Upload(IdentityPiece, "pdf-encrypted-rc4-user-password.pdf");
        Element("refusal-" + IdentityPiece).Text.Should().Contain("protégé par un mot de passe").And.Contain("Imprimer en PDF");
        Step("06-encrypted-pdf-refused");

        // Real PDFs are accepted for both pieces, the deferrable one included.
        Upload(IdentityPiece, "pdf-ghostscript-text.pdf");
        Element("files-" + IdentityPiece).Text.Should().Contain("pdf-ghostscript-text.pdf");
        Upload(ServicePiece, "pdf-ghostscript-text.pdf");
        Element("files-" + ServicePiece).Text.Should().Contain("pdf-ghostscript-text.pdf");
        Driver.FindElements(By.Id("refusal-" + IdentityPiece)).Should().BeEmpty();
        Step("07-pdfs-accepted");

        // She closes her inscription.
        Click("close-dossier");
        Element("status-label").Text.Should().Be("EN COURS D'INSTRUCTION");
        Step("08-dossier-closed");
        Click("sign-out");

        // A gestionnaire signs in to the back-office, declares the dossier complete and publishes the convocation.
        Go("/Gestion/Connexion");
        Type("login", ReferenceHost.StaffLogin);
        Type("password", ReferenceHost.StaffPassword);
        Step("09-staff-sign-in");
        Click("staff-sign-in");
        Element("open-" + number);
        Step("10-back-office");
        Click("open-" + number);
        Step("11-staff-dossier");
        Click("declare-complete");
        Element("status-label").Text.Should().Be("DOSSIER COMPLET");
        Step("12-declared-complete");
        Go("/Gestion");
        Click("publish-convocations-" + Session);
        Step("13-convocation-published");
        Click("sign-out");

        // The candidate sees DOSSIER COMPLET and downloads her convocation, a PDF.
        SignInAsCandidate(number, "14-candidate-sign-in-again");
        Element("status-label").Text.Should().Be("DOSSIER COMPLET");
        var convocation = Element("document-convocation");
        Step("15-dossier-complet");
        var bytes = await DownloadAsync(convocation.GetAttribute("href")!);
        bytes.AsSpan(0, 5).ToArray().Should().Equal("%PDF-"u8.ToArray(), "the convocation is a PDF");

        AccessibilityShouldHoldOnEveryPage();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _browser.Dispose();
        _host.Dispose();
    }

    private void Go(string path) => Driver.Navigate().GoToUrl(_host.Address + path);

    /// <summary>The element of that id, waited for; if it never comes, the page is saved as a screenshot and named in the failure.</summary>
    private IWebElement Element(string id)
    {
        try
        {
            return new WebDriverWait(Driver, TimeSpan.FromSeconds(10)).Until(d => d.FindElement(By.Id(id)));
        }
        catch (WebDriverTimeoutException e)
        {
            var screenshot = _browser.Screenshot("failure-" + id);
            var text = Driver.FindElement(By.TagName("body")).Text;
            throw new InvalidOperationException(
                $"No element #{id} on {Driver.Url} (« {Driver.Title} »); screenshot {screenshot}; the page says:\n{text[..Math.Min(text.Length, 2000)]}", e);
        }
    }

    private void Type(string id, string text)
    {
        var field = Element(id);
        field.Clear();
        field.SendKeys(text);
    }

    /// <summary>Clicks a link or a button that leads to another page, and waits until the browser has left this one (its old page is gone: stale, or no longer in the document).</summary>
    private void Click(string id)
    {
        var page = Driver.FindElement(By.TagName("html"));
        Element(id).Click();
        new WebDriverWait(Driver, TimeSpan.FromSeconds(10)).Until(driver =>
        {
            try
            {
                return page.TagName.Length == 0;
            }
            catch (WebDriverException)
            {
                return true;
            }
        });
    }

    private void SignInAsCandidate(string number, string step)
    {
        Go("/Connexion");
        Type("dossierNumber", number);
        Type("password", Password);
        Step(step);
        Click("sign-in");
        Element("status-label");
    }

    /// <summary>Chooses a real file in the piece's <c>input type=file</c>, as a candidate would, and sends it.</summary>
    private void Upload(string piece, string fixture)
    {
        Element("upload-" + piece).SendKeys(Path.Combine(AppContext.BaseDirectory, "Fixtures", fixture));
        Click("send-" + piece);
        Element("status-label");
    }

    /// <summary>The bytes behind a link, asked for with the browser's cookies.</summary>
    private async Task<byte[]> DownloadAsync(string href)
    {
        var cookies = new CookieContainer();
        var uri = new Uri(href);
        foreach (var cookie in Driver.Manage().Cookies.AllCookies)
        {
            cookies.Add(uri, new System.Net.Cookie(cookie.Name, cookie.Value, "/"));
        }

        using var handler = new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false };
        using var client = new HttpClient(handler);
        using var response = await client.GetAsync(uri, TestContext.Current.CancellationToken);
        response.StatusCode.Should().Be(HttpStatusCode.OK, "the signed-in candidate may download {0}", href);
        return await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>A screenshot of the page, and axe-core's serious or critical findings on it, kept for the end of the test.</summary>
    private void Step(string name)
    {
        _browser.Screenshot(name);
        _violations.AddRange(_browser.SeriousAccessibilityViolations().Select(v => $"{name} ({new Uri(Driver.Url).AbsolutePath}): {v}"));
    }

    private void AccessibilityShouldHoldOnEveryPage() =>
        _violations.Should().BeEmpty("axe-core finds no serious or critical violation on any page of the walk; it found:\n{0}", string.Join("\n", _violations));
}

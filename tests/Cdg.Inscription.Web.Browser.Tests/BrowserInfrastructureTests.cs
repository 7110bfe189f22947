using Cdg.Inscription.Web.Browser.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Cdg.Inscription.Web.Browser.Tests;

/// <summary>
/// The browser tests' own tools, on two pages served here: Chromium starts, axe-core runs in the
/// page and reports what it finds, and screenshots are written. Without this, a check that never
/// ran would look like a page without violations.
/// </summary>
public sealed class BrowserInfrastructureTests
{
    private const string Accessible = """
        <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Page accessible</title></head>
        <body><main><h1>Inscription</h1><form><label for="n">N° dossier</label><input id="n" name="n"><button>Valider</button></form></main></body></html>
        """;

    private const string Inaccessible = """
        <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Page inaccessible</title></head>
        <body><main><h1>Inscription</h1><img id="logo" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><input id="sans-libelle" name="n"></main></body></html>
        """;

    [Fact]
    public async Task Axe_core_finds_nothing_serious_on_an_accessible_page_and_a_screenshot_is_written()
    {
        await using var app = await ServeAsync();
        using var browser = HeadlessBrowser.Start();

        browser.Driver.Navigate().GoToUrl(Address(app) + "/accessible");

        browser.ShouldHaveNoSeriousAccessibilityViolation();
        var screenshot = browser.Screenshot("infrastructure");
        File.ReadAllBytes(screenshot).AsSpan(0, 4).ToArray().Should().Equal(0x89, (byte)'P', (byte)'N', (byte)'G');
    }

    [Fact]
    public async Task Axe_core_names_the_rule_the_impact_and_the_target_of_each_serious_violation()
    {
        await using var app = await ServeAsync();
        using var browser = HeadlessBrowser.Start();

        browser.Driver.Navigate().GoToUrl(Address(app) + "/inaccessible");

        var violations = browser.SeriousAccessibilityViolations();
        violations.Should().Contain(v => v.StartsWith("image-alt (critical): #logo", StringComparison.Ordinal));
        violations.Should().Contain(v => v.StartsWith("label (critical): #sans-libelle", StringComparison.Ordinal));
        var check = () => browser.ShouldHaveNoSeriousAccessibilityViolation();
        check.Should().Throw<Exception>().WithMessage("*image-alt (critical): #logo*");
    }

    private static async Task<WebApplication> ServeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapGet("/accessible", () => Results.Content(Accessible, "text/html; charset=utf-8"));
        app.MapGet("/inaccessible", () => Results.Content(Inaccessible, "text/html; charset=utf-8"));
        await app.StartAsync(TestContext.Current.CancellationToken);
        return app;
    }

    private static string Address(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
}

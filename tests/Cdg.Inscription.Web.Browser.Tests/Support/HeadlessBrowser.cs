using System.Text.Json;
using Deque.AxeCore.Commons;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace Cdg.Inscription.Web.Browser.Tests.Support;

/// <summary>
/// Headless Chromium driven through ChromeDriver, 1280×1024, at <c>CDG_CHROMIUM</c> and
/// <c>CDG_CHROMEDRIVER</c> (by default <c>/usr/bin/chromium</c> and <c>/usr/bin/chromedriver</c>,
/// Debian's <c>chromium</c> and <c>chromium-driver</c>). A missing browser fails the test with
/// what to install: browser tests never skip.
/// </summary>
public sealed class HeadlessBrowser : IDisposable
{
    /// <summary>The variable that names the Chromium binary.</summary>
    public const string ChromiumVariable = "CDG_CHROMIUM";

    /// <summary>The variable that names the ChromeDriver binary.</summary>
    public const string ChromeDriverVariable = "CDG_CHROMEDRIVER";

    private static readonly Lazy<string> AxeScript = new(() => new BundledAxeScriptProvider().GetScript());

    private readonly string _screenshots;

    private HeadlessBrowser(ChromeDriver driver, string screenshots)
    {
        Driver = driver;
        _screenshots = screenshots;
    }

    /// <summary>The driver.</summary>
    public ChromeDriver Driver { get; }

    /// <summary>Starts the browser; its screenshots go to <c>artifacts/browser/</c> at the repository's root.</summary>
    public static HeadlessBrowser Start()
    {
        var chromium = PathOf(ChromiumVariable, "/usr/bin/chromium", "chromium");
        var chromeDriver = PathOf(ChromeDriverVariable, "/usr/bin/chromedriver", "chromium-driver");
        var options = new ChromeOptions { BinaryLocation = chromium };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1024", "--lang=fr-FR");
        options.AddUserProfilePreference("intl.accept_languages", "fr-FR,fr");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(chromeDriver)!, Path.GetFileName(chromeDriver));
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        var driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        driver.Manage().Window.Size = new System.Drawing.Size(1280, 1024);
        driver.Manage().Timeouts().AsynchronousJavaScript = TimeSpan.FromSeconds(60);
        var screenshots = Path.Combine(Repository.Root, "artifacts", "browser");
        Directory.CreateDirectory(screenshots);
        return new HeadlessBrowser(driver, screenshots);
    }

    /// <summary>Saves a screenshot of the page as <c>artifacts/browser/{name}.png</c> and returns its path.</summary>
    public string Screenshot(string name)
    {
        var path = Path.Combine(_screenshots, name + ".png");
        Driver.GetScreenshot().SaveAsFile(path);
        return path;
    }

    /// <summary>
    /// Runs axe-core on the page and fails on any violation of impact serious or critical, naming
    /// each rule, its impact and its targets.
    /// </summary>
    public void ShouldHaveNoSeriousAccessibilityViolation()
    {
        var violations = SeriousAccessibilityViolations();
        violations.Should().BeEmpty(
            "axe-core finds no serious or critical violation on {0} ({1}); it found:\n{2}",
            Driver.Url,
            Driver.Title,
            string.Join("\n", violations));
    }

    /// <summary>The violations of impact serious or critical that axe-core finds on the page, as « rule (impact): targets — help ».</summary>
    public IReadOnlyList<string> SeriousAccessibilityViolations()
    {
        var js = (IJavaScriptExecutor)Driver;
        js.ExecuteScript(AxeScript.Value);
        const string run = """
            const done = arguments[arguments.length - 1];
            axe.run(document, { resultTypes: ['violations'] })
              .then(r => done(JSON.stringify(r.violations.map(v => ({
                  id: v.id, impact: v.impact, help: v.help,
                  targets: v.nodes.map(n => n.target.join(' ')) })))))
              .catch(e => done(JSON.stringify({ error: String(e) })));
            """;
        var json = (string?)js.ExecuteAsyncScript(run) ?? throw new InvalidOperationException("axe-core returned nothing.");
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind == JsonValueKind.Object)
        {
            throw new InvalidOperationException("axe-core failed to run: " + document.RootElement.GetProperty("error").GetString());
        }

        return document.RootElement.EnumerateArray()
            .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
            .Select(v => $"{v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}): "
                + string.Join(", ", v.GetProperty("targets").EnumerateArray().Select(t => t.GetString()))
                + $" — {v.GetProperty("help").GetString()}")
            .ToList();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Driver.Quit();
        Driver.Dispose();
    }

    private static string PathOf(string variable, string fallback, string debianPackage)
    {
        var value = Environment.GetEnvironmentVariable(variable);
        var path = string.IsNullOrEmpty(value) ? fallback : value;
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"The browser tests need {path} ({variable}, by default {fallback}), which is missing: "
                + $"install it with « apt-get install -y chromium chromium-driver » (Debian's {debianPackage}), "
                + $"or set {variable} to its path. Browser tests fail, they never skip (README, \"Tests\").");
        }

        return path;
    }
}

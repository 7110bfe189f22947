using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Cdg.Inscription.Web.Tests.Support;

/// <summary>The portal in memory: memory storage, a temporary data folder, a fake clock during pre-registration.</summary>
public sealed class PortalFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cdg-web-tests-" + Guid.NewGuid().ToString("N"));

    /// <summary>The clock, at 10 March 2026 by default.</summary>
    public FakeClock Clock { get; } = new(Instant.FromUtc(2026, 3, 10, 10, 0));

    /// <summary>A client that keeps cookies and does not follow redirections.</summary>
    /// <returns>The client.</returns>
    public PortalClient NewClient() => new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:Kind", "memory");
        builder.UseSetting("Data:Folder", _folder);
        builder.ConfigureTestServices(services => services.AddSingleton<IClock>(Clock));
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}

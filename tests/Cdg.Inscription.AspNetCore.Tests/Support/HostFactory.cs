using System.Net.Http.Json;
using Cdg.Inscription.AspNetCore.TestHost;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Cdg.Inscription.AspNetCore.Tests.Support;

/// <summary>
/// The minimal host, started in memory with a <see cref="FakeClock"/> at 2 March 2026, 10:00 in
/// Paris, and its one session dated from it: pre-registration until 22 March, filing closing on
/// 1 April 2026 before midnight, metropolitan time (2026-04-01T22:00:00Z, summer time).
/// </summary>
public sealed class HostFactory : WebApplicationFactory<Program>
{
    /// <summary>When the host starts.</summary>
    public static readonly Instant Start = Instant.FromUtc(2026, 3, 2, 9, 0);

    /// <summary>The first instant that is too late to close (DEAD-01).</summary>
    public static readonly Instant Deadline = Instant.FromUtc(2026, 4, 1, 22, 0);

    /// <summary>The host's clock.</summary>
    public FakeClock Clock { get; } = new(Start);

    /// <summary>The host's store of dossiers.</summary>
    public InMemoryDossierStore Store => Services.GetRequiredService<InMemoryDossierStore>();

    /// <summary>The host's store of file contents.</summary>
    public InMemoryFileContentStore Contents => Services.GetRequiredService<InMemoryFileContentStore>();

    /// <summary>A client that carries the antiforgery cookie and token, as a browser with the form would.</summary>
    public async Task<HostClient> ClientAsync()
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var token = await client.GetFromJsonAsync<AntiforgeryToken>("/antiforgery");
        return new HostClient(client, token!.Token);
    }

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureServices(services => services.Configure<CdgInscriptionOptions>(options =>
        {
            options.Clock = Clock;
            options.Sessions.Clear();
            options.Sessions.Add(DemoSession.StartingAt(Start));
        }));
    }

    private sealed record AntiforgeryToken(string Token);
}

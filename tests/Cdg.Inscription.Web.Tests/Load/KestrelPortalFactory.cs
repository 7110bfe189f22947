using Cdg.Inscription.Web.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Cdg.Inscription.Web.Tests.Load;

/// <summary>The real portal on Kestrel, on a loopback port: a store from the settings given, a temporary data folder, a fake clock during pre-registration.</summary>
public sealed class KestrelPortalFactory : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string> _settings;

    private KestrelPortalFactory(string folder, IReadOnlyDictionary<string, string> settings)
    {
        Folder = folder;
        _settings = settings;
        UseKestrel(0);
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Address = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal) + "/");
    }

    /// <summary>The clock, at 10 March 2026 10:00 UTC: the ADJOINT-2027 session is open for pre-registration and closure.</summary>
    public FakeClock Clock { get; } = new(Instant.FromUtc(2026, 3, 10, 10, 0));

    /// <summary>The data folder, deleted with the factory.</summary>
    public string Folder { get; }

    /// <summary>Where the server listens.</summary>
    public Uri Address { get; }

    /// <summary>The store the portal writes to.</summary>
    public IPortalStore Store => Services.GetRequiredService<IPortalStore>();

    /// <summary>The portal over a SQLite file in a temporary data folder.</summary>
    /// <returns>The started factory.</returns>
    public static KestrelPortalFactory Sqlite()
    {
        var folder = NewFolder();
        return new KestrelPortalFactory(folder, new Dictionary<string, string>
        {
            ["Storage:Kind"] = "sqlite",
            ["ConnectionStrings:Sqlite"] = $"Data Source={Path.Combine(folder, "load.db")}",
        });
    }

    /// <summary>The portal over PostgreSQL.</summary>
    /// <param name="connectionString">The connection string, into a schema of the test's own.</param>
    /// <returns>The started factory.</returns>
    public static KestrelPortalFactory Postgres(string connectionString) =>
        new(NewFolder(), new Dictionary<string, string> { ["Storage:Kind"] = "postgres", ["ConnectionStrings:Postgres"] = connectionString });

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Data:Folder", Folder);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddSingleton<IClock>(Clock));
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            if (Directory.Exists(Folder))
            {
                Directory.Delete(Folder, recursive: true);
            }
        }
    }

    private static string NewFolder() => Path.Combine(Path.GetTempPath(), "cdg-web-load-" + Guid.NewGuid().ToString("N"));
}

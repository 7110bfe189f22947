using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Cdg.Inscription.Web.Browser.Tests.Support;

/// <summary>
/// The reference web host (samples/Cdg.Inscription.Web) as it runs: on Kestrel on a free port of
/// 127.0.0.1, over SQLite in a temporary folder, its demo clock started at <see cref="DemoNow"/>
/// so that the walk does not depend on the day it runs.
/// </summary>
public sealed class ReferenceHost : WebApplicationFactory<Program>
{
    /// <summary>The demo instant at which the host starts (setting <c>Demo:Now</c>).</summary>
    public const string DemoNow = "2026-03-10T10:00:00Z";

    /// <summary>The staff login that the host seeds (its appsettings.json).</summary>
    public const string StaffLogin = "gestionnaire";

    /// <summary>The staff password that the host seeds (its appsettings.json).</summary>
    public const string StaffPassword = "Concours-2027!";

    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("cdg-browser-");

    /// <summary>Starts the host.</summary>
    public ReferenceHost()
    {
        UseKestrel();
        StartServer();
        Address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
    }

    /// <summary>The host's address, such as <c>http://127.0.0.1:41234</c>.</summary>
    public string Address { get; }

    /// <summary>The folder of the host's data (its SQLite database and files).</summary>
    public string DataFolder => _data.FullName;

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Kestrel:Endpoints:Http:Url", "http://127.0.0.1:0");
        builder.UseSetting("Storage:Kind", "sqlite");
        builder.UseSetting("Data:Folder", _data.FullName);
        builder.UseSetting("Demo:Now", DemoNow);
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try
            {
                _data.Delete(recursive: true);
            }
            catch (IOException)
            {
                // The database may still be held for a moment; the temporary folder is left then.
            }
        }
    }
}

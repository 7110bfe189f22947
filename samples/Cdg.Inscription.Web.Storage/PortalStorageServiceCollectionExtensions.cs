using Cdg.Inscription.AspNetCore.Storage;
using Cdg.Inscription.AspNetCore.Uploads;
using Cdg.Inscription.Web.Storage.Files;
using Cdg.Inscription.Web.Storage.Memory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cdg.Inscription.Web.Storage;

/// <summary>Registers the portal's storage from configuration.</summary>
public static class PortalStorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IPortalStore"/> (also as <see cref="IDossierStore"/>), the files and the
    /// e-mails. <c>Storage:Kind</c> is <c>sqlite</c> (the default, a file under
    /// <paramref name="dataFolder"/>), <c>postgres</c> (the default when
    /// <c>ConnectionStrings:Postgres</c> is set) or <c>memory</c>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The host's configuration.</param>
    /// <param name="dataFolder">The app's data folder: the SQLite file, the files and the pickup folder go under it unless configured.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddPortalStorage(this IServiceCollection services, IConfiguration configuration, string dataFolder)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var files = new ContentAddressedFileStore(configuration["Storage:Files"] ?? Path.Combine(dataFolder, "files"));
        services.AddSingleton(files);
        services.AddSingleton<IFileContentStore>(files);

        // TODO(storage helper): sqlite and postgres kinds, mail senders and the outbox worker.
        services.AddSingleton<IPortalStore, MemoryPortalStore>();
        services.AddSingleton<IDossierStore>(provider => provider.GetRequiredService<IPortalStore>());
        return services;
    }
}

using Cdg.Inscription.AspNetCore.Storage;
using Cdg.Inscription.AspNetCore.Uploads;
using Cdg.Inscription.Web.Storage.Email;
using Cdg.Inscription.Web.Storage.Files;
using Cdg.Inscription.Web.Storage.Memory;
using Cdg.Inscription.Web.Storage.Relational;
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
    /// <c>ConnectionStrings:Postgres</c> is set) or <c>memory</c>. E-mails go to <c>Mail:Pickup</c>
    /// (default <c>{dataFolder}/mail</c>) unless <c>Mail:Smtp:Host</c> is set. The host registers
    /// <c>IClock</c>, and runs <see cref="InitializePortalStorageAsync"/> at startup.
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

        var postgres = configuration.GetConnectionString("Postgres");
        var kind = configuration["Storage:Kind"] ?? (string.IsNullOrEmpty(postgres) ? "sqlite" : "postgres");
        switch (kind.ToUpperInvariant())
        {
            case "SQLITE":
                var sqlite = configuration.GetConnectionString("Sqlite") ?? $"Data Source={Path.Combine(dataFolder, "portal.db")}";
                services.AddSingleton<IPortalStore>(_ => new SqlitePortalStore(sqlite));
                break;
            case "POSTGRES":
                var connectionString = !string.IsNullOrEmpty(postgres)
                    ? postgres
                    : throw new InvalidOperationException("Storage:Kind is postgres but ConnectionStrings:Postgres is not set.");
                services.AddSingleton<IPortalStore>(_ => new PostgresPortalStore(connectionString));
                break;
            case "MEMORY":
                services.AddSingleton<IPortalStore, MemoryPortalStore>();
                break;
            default:
                throw new InvalidOperationException($"Storage:Kind '{kind}' is not one of sqlite, postgres, memory.");
        }

        services.AddSingleton<IDossierStore>(provider => provider.GetRequiredService<IPortalStore>());

        services.AddOptions<MailOptions>()
            .Bind(configuration.GetSection("Mail"))
            .PostConfigure(options => options.Pickup ??= Path.Combine(dataFolder, "mail"));
        if (string.IsNullOrEmpty(configuration["Mail:Smtp:Host"]))
        {
            services.AddSingleton<IMailSender, PickupFolderMailSender>();
        }
        else
        {
            services.AddSingleton<IMailSender, SmtpMailSender>();
        }

        services.AddSingleton<OutboxWorker>();
        services.AddHostedService(provider => provider.GetRequiredService<OutboxWorker>());
        return services;
    }

    /// <summary>Creates the store's missing tables: to run once at startup, before the host serves requests.</summary>
    /// <param name="services">The built services.</param>
    /// <param name="cancellationToken">Cancels the creation.</param>
    /// <returns>A task that completes once the schema is there.</returns>
    public static Task InitializePortalStorageAsync(this IServiceProvider services, CancellationToken cancellationToken = default) =>
        services.GetRequiredService<IPortalStore>().InitializeAsync(cancellationToken);
}

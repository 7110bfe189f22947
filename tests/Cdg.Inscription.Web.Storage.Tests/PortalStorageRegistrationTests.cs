using Cdg.Inscription.AspNetCore.Storage;
using Cdg.Inscription.Web.Storage.Email;
using Cdg.Inscription.Web.Storage.Memory;
using Cdg.Inscription.Web.Storage.Relational;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cdg.Inscription.Web.Storage.Tests;

/// <summary>AddPortalStorage: the store and the mail sender chosen from configuration.</summary>
public sealed class PortalStorageRegistrationTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), $"cdg-data-{Guid.NewGuid():N}");

    [Theory]
    [InlineData(null, null, typeof(SqlitePortalStore))]
    [InlineData(null, "Host=db.example;Database=portal", typeof(PostgresPortalStore))]
    [InlineData("memory", "Host=db.example;Database=portal", typeof(MemoryPortalStore))]
    [InlineData("sqlite", "Host=db.example;Database=portal", typeof(SqlitePortalStore))]
    public void The_store_is_sqlite_by_default_postgres_when_its_connection_string_is_set_or_the_kind_named(string? kind, string? postgres, Type expected)
    {
        using var services = Build(("Storage:Kind", kind), ("ConnectionStrings:Postgres", postgres));

        services.GetRequiredService<IPortalStore>().Should().BeOfType(expected);
        services.GetRequiredService<IDossierStore>().Should().BeSameAs(services.GetRequiredService<IPortalStore>());
    }

    [Fact]
    public void The_mails_go_to_the_pickup_folder_under_the_data_folder_unless_an_smtp_host_is_set()
    {
        using (var pickup = Build())
        {
            pickup.GetRequiredService<IMailSender>().Should().BeOfType<PickupFolderMailSender>()
                .Which.Folder.Should().Be(Path.Combine(_data, "mail"));
            pickup.GetRequiredService<IOptions<MailOptions>>().Value.From.Should().Be("Centre de gestion — inscriptions <inscriptions@cdg.example>");
        }

        using var smtp = Build(("Mail:Smtp:Host", "smtp.example"));
        smtp.GetRequiredService<IMailSender>().Should().BeOfType<SmtpMailSender>();
    }

    public void Dispose()
    {
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    private ServiceProvider Build(params (string Key, string? Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Where(s => s.Value is not null).Select(s => KeyValuePair.Create(s.Key, s.Value)))
            .Build();
        return new ServiceCollection().AddLogging().AddPortalStorage(configuration, _data).BuildServiceProvider();
    }
}

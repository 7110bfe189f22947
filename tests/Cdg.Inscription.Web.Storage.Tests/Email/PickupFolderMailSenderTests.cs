using Cdg.Inscription.Web.Storage.Email;
using Cdg.Inscription.Web.Storage.Outbox;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Cdg.Inscription.Web.Storage.Tests.Email;

/// <summary>The pickup folder: one .eml per message, named from its key, that MimeKit reads back as sent.</summary>
public sealed class PickupFolderMailSenderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"cdg-mail-{Guid.NewGuid():N}");

    [Fact]
    public async Task A_message_is_written_as_an_eml_named_from_its_key_with_its_french_subject_recipient_and_key()
    {
        var sender = new PickupFolderMailSender(Options.Create(new MailOptions { Pickup = _folder }));
        var message = new OutboxMessage(7, "D00000001/2", "claire.martin@example.org", "Votre dossier a été clôturé — récépissé", "Bonjour Madame,\nVotre dossier est clôturé.");

        await sender.SendAsync(message, TestContext.Current.CancellationToken);

        Directory.GetFiles(_folder).Should().Equal(Path.Combine(_folder, "D00000001_2.eml"));
        var read = await MimeMessage.LoadAsync(Path.Combine(_folder, "D00000001_2.eml"), TestContext.Current.CancellationToken);
        read.Subject.Should().Be("Votre dossier a été clôturé — récépissé");
        var raw = (await File.ReadAllTextAsync(Path.Combine(_folder, "D00000001_2.eml"), TestContext.Current.CancellationToken)).ReplaceLineEndings("\n");
        raw[..raw.IndexOf("\n\n", StringComparison.Ordinal)].Should().MatchRegex("^[\\x00-\\x7F]*$", "the French subject and sender are encoded (RFC 2047), the headers stay ASCII")
            .And.Contain("=?utf-8?");
        read.To.Mailboxes.Single().Address.Should().Be("claire.martin@example.org");
        read.From.Mailboxes.Single().Name.Should().Be("Centre de gestion — inscriptions");
        read.Headers[MailMessages.KeyHeader].Should().Be("D00000001/2");
        read.TextBody.Should().Contain("Votre dossier est clôturé.");
    }

    [Fact]
    public async Task The_same_message_sent_twice_is_one_file()
    {
        var sender = new PickupFolderMailSender(Options.Create(new MailOptions { Pickup = _folder }));
        var message = new OutboxMessage(1, "reset/D00000001", "claire.martin@example.org", "Réinitialisation", "Bonjour");

        await sender.SendAsync(message, TestContext.Current.CancellationToken);
        await sender.SendAsync(message, TestContext.Current.CancellationToken);

        Directory.GetFiles(_folder).Should().ContainSingle();
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}

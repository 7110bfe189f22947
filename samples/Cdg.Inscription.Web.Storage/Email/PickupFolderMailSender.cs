using Cdg.Inscription.Web.Storage.Outbox;
using Microsoft.Extensions.Options;

namespace Cdg.Inscription.Web.Storage.Email;

/// <summary>Writes each message as an <c>.eml</c> file into a folder (development, tests): written to a temporary file, then renamed.</summary>
public sealed class PickupFolderMailSender : IMailSender
{
    private readonly MailOptions _options;
    private readonly string _folder;

    /// <summary>Creates the sender.</summary>
    /// <param name="options">The mail settings; <see cref="MailOptions.Pickup"/> is the folder.</param>
    public PickupFolderMailSender(IOptions<MailOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _folder = _options.Pickup ?? throw new ArgumentException("Mail:Pickup is not set.", nameof(options));
    }

    /// <summary>The folder written to.</summary>
    public string Folder => _folder;

    /// <inheritdoc />
    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_folder);
        var mime = MailMessages.Build(_options, message);
        var path = Path.Combine(_folder, MailMessages.FileName(message.Key) + ".eml");
        var temporary = Path.Combine(_folder, $".{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = File.Create(temporary))
            {
                await mime.WriteToAsync(stream, cancellationToken);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}

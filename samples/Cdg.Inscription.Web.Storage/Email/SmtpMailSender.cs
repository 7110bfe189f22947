using Cdg.Inscription.Web.Storage.Outbox;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace Cdg.Inscription.Web.Storage.Email;

/// <summary>Sends each message through an SMTP server (MailKit), one connection per message.</summary>
public sealed class SmtpMailSender : IMailSender
{
    private readonly MailOptions _options;

    /// <summary>Creates the sender.</summary>
    /// <param name="options">The mail settings; <see cref="MailOptions.Smtp"/> is the server.</param>
    public SmtpMailSender(IOptions<MailOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
    }

    /// <inheritdoc />
    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var smtp = _options.Smtp;
        var mime = MailMessages.Build(_options, message);
        using var client = new SmtpClient();
        await client.ConnectAsync(smtp.Host ?? throw new InvalidOperationException("Mail:Smtp:Host is not set."), smtp.Port, smtp.UseTls ? SecureSocketOptions.Auto : SecureSocketOptions.None, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(mime, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}

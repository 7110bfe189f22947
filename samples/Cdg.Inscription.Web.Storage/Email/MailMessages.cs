using Cdg.Inscription.Web.Storage.Outbox;
using MimeKit;

namespace Cdg.Inscription.Web.Storage.Email;

/// <summary>Builds the MIME message of an outbox message.</summary>
public static class MailMessages
{
    /// <summary>The header that carries the outbox key, so that a message sent twice can be recognised.</summary>
    public const string KeyHeader = "X-Cdg-Message-Key";

    /// <summary>Builds the message: sender, recipient, subject and plain-text body in UTF-8, the key in <see cref="KeyHeader"/> and in the Message-ID.</summary>
    /// <param name="options">The mail settings.</param>
    /// <param name="message">The outbox message.</param>
    /// <returns>The MIME message.</returns>
    public static MimeMessage Build(MailOptions options, OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(message);
        var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(options.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        mime.Headers.Add(KeyHeader, message.Key);
        var domain = mime.From.Mailboxes.First().Domain;
        mime.MessageId = $"{Convert.ToHexStringLower(System.Text.Encoding.UTF8.GetBytes(message.Key))}@{domain}";
        mime.Body = new TextPart("plain") { Text = message.Body };
        return mime;
    }

    /// <summary>A file name for the key: its characters outside letters, digits and dashes replaced by underscores.</summary>
    /// <param name="key">The outbox key.</param>
    /// <returns>The name, without extension.</returns>
    public static string FileName(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return string.Concat(key.Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '_'));
    }
}

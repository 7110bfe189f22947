namespace Cdg.Inscription.Web.Storage.Email;

/// <summary>The e-mails' settings (<c>Mail</c> section).</summary>
public sealed class MailOptions
{
    /// <summary>The default sender.</summary>
    public const string DefaultFrom = "Centre de gestion — inscriptions <inscriptions@cdg.example>";

    /// <summary>The sender, as a mailbox (<c>Name &lt;address&gt;</c>).</summary>
    public string From { get; set; } = DefaultFrom;

    /// <summary>The folder where <see cref="PickupFolderMailSender"/> writes <c>.eml</c> files, when no SMTP host is set.</summary>
    public string? Pickup { get; set; }

    /// <summary>How long the outbox worker waits between two rounds.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The SMTP server, when set.</summary>
    public SmtpOptions Smtp { get; set; } = new();
}

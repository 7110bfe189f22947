using Cdg.Inscription.Web.Storage.Outbox;

namespace Cdg.Inscription.Web.Storage.Email;

/// <summary>Hands an outbox message to the mail system.</summary>
public interface IMailSender
{
    /// <summary>Sends a message; throws when it could not, so that it stays pending.</summary>
    /// <param name="message">The outbox message.</param>
    /// <param name="cancellationToken">Cancels the sending.</param>
    /// <returns>A task that completes once the mail system accepted the message.</returns>
    Task SendAsync(OutboxMessage message, CancellationToken cancellationToken);
}

namespace Cdg.Inscription.Web.Storage.Outbox;

/// <summary>One e-mail in the outbox.</summary>
/// <param name="Id">The row's ID, given by the store.</param>
/// <param name="Key">What makes a second write of the same message harmless: <c>dossier/sequence</c> for an event's message, a key of the host's for the others.</param>
/// <param name="To">The address.</param>
/// <param name="Subject">The subject, in French.</param>
/// <param name="Body">The text, in French.</param>
public sealed record OutboxMessage(long Id, string Key, string To, string Subject, string Body)
{
    /// <summary>The key of the message that an event causes.</summary>
    /// <param name="dossierNumber">The dossier.</param>
    /// <param name="sequence">The event's sequence.</param>
    /// <returns>The key.</returns>
    public static string EventKey(string dossierNumber, long sequence) => $"{dossierNumber}/{sequence}";
}

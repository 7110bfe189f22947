namespace Cdg.Inscription.AspNetCore.Messages;

/// <summary>
/// One e-mail to a candidate, written to the host's outbox in the transaction of the event that
/// causes it and sent later. The dossier and the event's sequence identify it: the key that makes a
/// second send harmless.
/// </summary>
/// <param name="DossierNumber">The dossier's number.</param>
/// <param name="Sequence">The sequence of the event that causes the message.</param>
/// <param name="To">The candidate's e-mail address.</param>
/// <param name="Subject">The subject, in French.</param>
/// <param name="Body">The text, in French.</param>
public sealed record CandidateMessage(string DossierNumber, long Sequence, string To, string Subject, string Body);

using System.Security.Cryptography;
using Cdg.Inscription.AspNetCore.Commands;
using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Sessions;
using Cdg.Inscription.Time;
using Cdg.Inscription.Web.Storage;
using Cdg.Inscription.Web.Storage.Files;

namespace Cdg.Inscription.Web.Portal;

/// <summary>Publishes a convocation (a generated PDF) to every complete dossier of a session, one command per dossier (SPACE-01).</summary>
public sealed class ConvocationPublisher(IPortalStore store, DossierRunner runner, ContentAddressedFileStore files)
{
    /// <summary>Publishes to every complete dossier that has no convocation yet.</summary>
    /// <param name="session">The session.</param>
    /// <param name="staff">The staff member.</param>
    /// <param name="key">The form's idempotency key, or null.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>How many dossiers received one.</returns>
    public async Task<int> PublishAsync(ExamSession session, Actor staff, string? key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var count = 0;
        foreach (var number in await store.ListDossiersAsync(session.Code, cancellationToken))
        {
            var dossier = await runner.LoadAsync(number, cancellationToken);
            if (dossier is null || dossier.Status != DossierStatus.Complete || dossier.Documents.Any(d => d.Kind == DocumentKind.Convocation))
            {
                continue;
            }

            var bytes = ConvocationPdf.Write(
            [
                session.Organiser.Name,
                "Convocation",
                session.Title,
                $"Candidat : {dossier.Candidate.GivenName} {dossier.Candidate.FamilyName}, dossier {dossier.Number}",
                $"Première épreuve : le {FrenchDates.Format(session.Calendar.FirstExam)}",
                "Présentez-vous muni de cette convocation et d'une pièce d'identité.",
            ]);
            var id = Guid.NewGuid();
            await files.SaveAsync(id, new MemoryStream(bytes), cancellationToken);
            var reference = PublishedFiles.ReferenceOf(id, bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes)));
            var run = await runner.ExecuteAsync(
                number,
                (d, at) => d.PublishDocument(DocumentKind.Convocation, $"Convocation à la première épreuve — {session.Title}", reference, staff, at),
                key is null ? null : $"{key}:{number}",
                cancellationToken);
            count += run.IsApplied ? 1 : 0;
        }

        return count;
    }
}

using Cdg.Inscription.AspNetCore;
using Cdg.Inscription.AspNetCore.Commands;
using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Sessions;
using Cdg.Inscription.Web.Portal;
using Cdg.Inscription.Web.Storage;
using Microsoft.AspNetCore.Mvc;

namespace Cdg.Inscription.Web.Pages.Gestion;

/// <summary>The dossiers of each session, by status; the bulk publication of convocations (SPACE-01).</summary>
public sealed class IndexModel(ExamSessionCatalog catalog, IPortalStore store, DossierRunner runner, ConvocationPublisher publisher) : PortalPageModel
{
    /// <summary>The sessions.</summary>
    public IReadOnlyList<ExamSession> Sessions => catalog.All;

    /// <summary>The dossiers of each session.</summary>
    public Dictionary<string, List<Dossier>> BySession { get; } = [];

    /// <summary>Shows the lists.</summary>
    /// <returns>A task.</returns>
    public async Task OnGetAsync()
    {
        foreach (var session in catalog.All)
        {
            var list = new List<Dossier>();
            foreach (var number in await store.ListDossiersAsync(session.Code, HttpContext.RequestAborted))
            {
                if (await runner.LoadAsync(number, HttpContext.RequestAborted) is { } dossier)
                {
                    list.Add(dossier);
                }
            }

            BySession[session.Code] = list;
        }
    }

    /// <summary>Publishes the convocation to every complete dossier of a session.</summary>
    /// <param name="code">The session.</param>
    /// <returns>The page, with the count.</returns>
    public async Task<IActionResult> OnPostPublishAsync(string code)
    {
        if (!catalog.TryGet(code, out var session))
        {
            return NotFound();
        }

        var count = await publisher.PublishAsync(session, Actor.Staff(User.Identity!.Name!), PostedKey, HttpContext.RequestAborted);
        Notice = count switch
        {
            0 => "Aucun dossier complet n'attendait de convocation.",
            1 => "Convocation publiée à 1 dossier.",
            _ => $"Convocation publiée à {count} dossiers.",
        };
        return RedirectToPage();
    }
}

using Cdg.Inscription.AspNetCore;
using Cdg.Inscription.Sessions;
using Cdg.Inscription.Web.Portal;
using NodaTime;

namespace Cdg.Inscription.Web.Pages;

/// <summary>The home page: the sessions open for pre-registration.</summary>
public sealed class IndexModel(ExamSessionCatalog sessions, IClock clock) : PortalPageModel
{
    /// <summary>The sessions open now.</summary>
    public IReadOnlyList<ExamSession> Open { get; private set; } = [];

    /// <summary>Shows the page.</summary>
    public void OnGet() => Open = sessions.All.Where(s => s.Calendar.IsPreRegistrationOpenAt(clock.GetCurrentInstant())).ToArray();
}

using Cdg.Inscription.AspNetCore;
using Cdg.Inscription.Time;
using NodaTime;

namespace Cdg.Inscription.Web.Portal;

/// <summary>What the console shows on start: the address, the demo sessions and the staff login.</summary>
public static class DemoBanner
{
    /// <summary>Prints the banner.</summary>
    /// <param name="app">The started application.</param>
    public static void Print(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var accounts = app.Services.GetRequiredService<PortalAccounts>();
        var now = app.Services.GetRequiredService<IClock>().GetCurrentInstant();
        Console.WriteLine("Portail Cdg.Inscription démarré.");
        foreach (var url in app.Urls)
        {
            Console.WriteLine($"  Adresse : {url}");
        }

        Console.WriteLine($"  Heure de démonstration : {FrenchDates.Format(now)}");
        foreach (var session in app.Services.GetRequiredService<ExamSessionCatalog>().All)
        {
            Console.WriteLine($"  Session {session.Code} : {session.Title} (clôture {session.Calendar.FilingDeadline.Describe()})");
        }

        Console.WriteLine($"  Gestionnaire : {accounts.StaffLogin} / {accounts.StaffPassword} (page /Gestion/Connexion)");
    }
}

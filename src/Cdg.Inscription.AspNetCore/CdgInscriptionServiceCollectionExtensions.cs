using Cdg.Inscription.AspNetCore.Commands;
using Cdg.Inscription.AspNetCore.Problems;
using Cdg.Inscription.Files;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Cdg.Inscription.AspNetCore;

/// <summary>Registers Cdg.Inscription in an ASP.NET Core host.</summary>
public static class CdgInscriptionServiceCollectionExtensions
{
    /// <summary>
    /// Registers the sessions (<see cref="ExamSessionCatalog"/>), one <see cref="FileInspector"/>
    /// with <see cref="CdgInscriptionOptions.Inspection"/>, the <see cref="IClock"/> (unless the host
    /// registered one), the <see cref="DossierRunner"/>, antiforgery, and the French ProblemDetails of
    /// <see cref="CdgInscriptionExceptionHandler"/>. The host registers its
    /// <see cref="Storage.IDossierStore"/> and calls <c>app.UseExceptionHandler()</c> and, for forms
    /// posted with a cookie, <c>app.UseAntiforgery()</c>.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configure">Sets the options: at least the sessions.</param>
    /// <returns>The same services.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IServiceCollection AddCdgInscription(this IServiceCollection services, Action<CdgInscriptionOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.Configure(configure);
        services.AddOptions<CdgInscriptionOptions>()
            .Validate(o => o.MaxAttempts >= 1, "CdgInscriptionOptions.MaxAttempts must be at least 1.")
            .Validate(o => o.UploadEnvelopeBytes >= 0, "CdgInscriptionOptions.UploadEnvelopeBytes cannot be negative.")
            .ValidateOnStart();
        services.TryAddSingleton(sp => new ExamSessionCatalog(sp.GetRequiredService<IOptions<CdgInscriptionOptions>>().Value.Sessions));
        services.TryAddSingleton(sp => new FileInspector(sp.GetRequiredService<IOptions<CdgInscriptionOptions>>().Value.Inspection));
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<CdgInscriptionOptions>>().Value.Clock);
        services.TryAddScoped<DossierRunner>();
        services.AddAntiforgery();
        services.AddProblemDetails(CdgInscriptionExceptionHandler.CustomizeProblemDetails);
        services.AddExceptionHandler<CdgInscriptionExceptionHandler>();
        return services;
    }
}

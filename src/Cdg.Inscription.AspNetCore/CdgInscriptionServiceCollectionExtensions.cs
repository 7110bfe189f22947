using Cdg.Inscription.AspNetCore.Commands;
using Cdg.Inscription.AspNetCore.Problems;
using Cdg.Inscription.Files;
using Microsoft.AspNetCore.Routing;
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
    /// <see cref="CdgInscriptionExceptionHandler"/>, with minimal APIs set to throw on a request that
    /// binding cannot read (<see cref="RouteHandlerOptions.ThrowOnBadRequest"/>) so that it is
    /// answered in French too. The host registers its <see cref="Storage.IDossierStore"/> and calls
    /// <c>app.UseExceptionHandler()</c> and <c>app.UseAntiforgery()</c> (after authentication and
    /// authorisation): every endpoint with a <see cref="Uploads.PieceUpload"/> or a form parameter
    /// requires an antiforgery token, unless it says <c>.DisableAntiforgery()</c>.
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
            .Validate(o => o.Sessions.Count > 0 && o.Sessions.All(s => s is not null), "CdgInscriptionOptions.Sessions must hold at least one session, and no null.")
            .Validate(o => o.Sessions.Select(s => s?.Code).Distinct(StringComparer.Ordinal).Count() == o.Sessions.Count, "Two sessions of CdgInscriptionOptions.Sessions have the same code.")
            .ValidateOnStart();
        services.TryAddSingleton(sp => new ExamSessionCatalog(sp.GetRequiredService<IOptions<CdgInscriptionOptions>>().Value.Sessions));
        services.TryAddSingleton(sp => new FileInspector(sp.GetRequiredService<IOptions<CdgInscriptionOptions>>().Value.Inspection));
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<CdgInscriptionOptions>>().Value.Clock);
        services.TryAddScoped<DossierRunner>();
        services.AddAntiforgery();

        // A form that binding cannot read throws, so that the handler answers it in French (400).
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails(CdgInscriptionExceptionHandler.CustomizeProblemDetails);
        services.AddExceptionHandler<CdgInscriptionExceptionHandler>();
        return services;
    }
}

using Cdg.Inscription.AspNetCore;
using Cdg.Inscription.Web.Portal;
using Cdg.Inscription.Web.Storage;
using Microsoft.AspNetCore.Authentication.Cookies;
using NodaTime;

var builder = WebApplication.CreateBuilder(args);
var dataFolder = builder.Configuration["Data:Folder"] ?? Path.Combine(builder.Environment.ContentRootPath, "App_Data");
Directory.CreateDirectory(dataFolder);

builder.Services.AddSingleton<IClock>(DemoClock.FromSettings(builder.Configuration["Demo:Now"], builder.Configuration["Demo:Shift"], dataFolder));
builder.Services.AddSingleton<UploadRefusalHandler>();
builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
builder.Services.AddCdgInscription(options =>
{
    foreach (var session in DemoSessions.All())
    {
        options.Sessions.Add(session);
    }
});
builder.Services.AddPortalStorage(builder.Configuration, dataFolder);
builder.Services.AddSingleton<PortalAccounts>();
builder.Services.AddSingleton<DossierNumbering>();
builder.Services.AddScoped<ConvocationPublisher>();
builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(PortalSecurity.ConfigureCookie);
builder.Services.AddAuthorizationBuilder()
    .AddPolicy(PortalSecurity.CandidatePolicy, policy => policy.RequireRole(PortalSecurity.CandidateRole).RequireClaim(PortalSecurity.DossierClaim))
    .AddPolicy(PortalSecurity.StaffPolicy, policy => policy.RequireRole(PortalSecurity.StaffRole));
builder.Services.AddRazorPages(options =>
{
    options.Conventions.AuthorizeFolder("/Gestion", PortalSecurity.StaffPolicy);
    options.Conventions.AllowAnonymousToPage("/Gestion/Connexion");
    options.Conventions.AuthorizePage("/Dossier", PortalSecurity.CandidatePolicy);
});

var app = builder.Build();
app.UseExceptionHandler("/Erreur");
app.UseStatusCodePagesWithReExecute("/Erreur", "?code={0}");
app.Use(async (context, next) =>
{
    context.Response.Headers.XContentTypeOptions = "nosniff";
    await next();
});
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.Use(async (context, next) =>
{
    try
    {
        await next();
    }
    catch (Exception exception) when (context.Request.Path.StartsWithSegments(PortalFiles.UploadPrefix, StringComparison.OrdinalIgnoreCase))
    {
        if (!await context.RequestServices.GetRequiredService<UploadRefusalHandler>().TryHandleAsync(context, exception, context.RequestAborted))
        {
            throw;
        }
    }
});
app.UseUploadBodyGuard();
app.UseAntiforgery();
app.MapRazorPages();
app.MapPortalFiles();

await app.Services.GetRequiredService<IPortalStore>().InitializeAsync(CancellationToken.None);
await app.Services.GetRequiredService<PortalAccounts>().SeedStaffAsync(app.Configuration, CancellationToken.None);
app.Lifetime.ApplicationStarted.Register(() => DemoBanner.Print(app));
await app.RunAsync();

/// <summary>The entry point, for <c>WebApplicationFactory</c>.</summary>
public partial class Program;

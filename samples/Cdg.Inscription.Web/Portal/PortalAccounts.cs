using System.Security.Cryptography;
using System.Text;
using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Web.Storage;
using Cdg.Inscription.Web.Storage.Accounts;
using Cdg.Inscription.Web.Storage.Outbox;
using Microsoft.AspNetCore.Identity;
using NodaTime;

namespace Cdg.Inscription.Web.Portal;

/// <summary>Passwords of candidates and staff (hashed by <see cref="PasswordHasher{TUser}"/>), and reset tokens.</summary>
public sealed class PortalAccounts(IPortalStore store, IClock clock)
{
    /// <summary>The demo staff login when the settings give none.</summary>
    public const string DefaultStaffLogin = "gestionnaire";

    /// <summary>The demo staff password when the settings give none.</summary>
    public const string DefaultStaffPassword = "Concours-2027!";

    private static readonly object User = new();
    private readonly PasswordHasher<object> _hasher = new();

    /// <summary>The demo staff login.</summary>
    public string StaffLogin { get; private set; } = DefaultStaffLogin;

    /// <summary>The demo staff password.</summary>
    public string StaffPassword { get; private set; } = DefaultStaffPassword;

    /// <summary>Seeds the demo staff account when it does not exist.</summary>
    /// <param name="configuration">The settings <c>Demo:StaffLogin</c> and <c>Demo:StaffPassword</c>.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>A task.</returns>
    public async Task SeedStaffAsync(IConfiguration configuration, CancellationToken cancellationToken)
    {
        StaffLogin = configuration["Demo:StaffLogin"] ?? DefaultStaffLogin;
        StaffPassword = configuration["Demo:StaffPassword"] ?? DefaultStaffPassword;
        if (await store.FindStaffAsync(StaffLogin, cancellationToken) is null)
        {
            await store.SaveStaffAsync(new StaffAccount(StaffLogin, "Gestionnaire de démonstration", _hasher.HashPassword(User, StaffPassword)), cancellationToken);
        }
    }

    /// <summary>Sets a candidate's password.</summary>
    /// <param name="number">The dossier.</param>
    /// <param name="password">The password.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>A task.</returns>
    public Task SetCandidatePasswordAsync(DossierNumber number, string password, CancellationToken cancellationToken) =>
        store.SetCandidatePasswordAsync(number, _hasher.HashPassword(User, password), cancellationToken);

    /// <summary>Whether the password is the candidate's.</summary>
    /// <param name="number">The dossier.</param>
    /// <param name="password">The password typed.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>True when it matches.</returns>
    public async Task<bool> VerifyCandidateAsync(DossierNumber number, string password, CancellationToken cancellationToken) =>
        await store.FindCandidatePasswordAsync(number, cancellationToken) is { } hash && Verifies(hash, password);

    /// <summary>Whether the login and password are a staff member's.</summary>
    /// <param name="login">The login.</param>
    /// <param name="password">The password typed.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>True when they match.</returns>
    public async Task<bool> VerifyStaffAsync(string login, string password, CancellationToken cancellationToken) =>
        await store.FindStaffAsync(login, cancellationToken) is { } account && Verifies(account.PasswordHash, password);

    /// <summary>Writes a reset e-mail with a one-time token into the outbox (valid one hour).</summary>
    /// <param name="dossier">The dossier, which has an e-mail address.</param>
    /// <param name="link">The reset page's absolute address, to which the token is appended.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>A task.</returns>
    public async Task SendResetAsync(Dossier dossier, string link, CancellationToken cancellationToken)
    {
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        await store.SaveResetTokenAsync(dossier.Number, HashOf(token), clock.GetCurrentInstant() + Duration.FromHours(1), cancellationToken);
        var body =
            $"Bonjour {dossier.Candidate.GivenName} {dossier.Candidate.FamilyName},\n\n" +
            $"Vous avez demandé à réinitialiser le mot de passe de votre espace candidat (dossier {dossier.Number}).\n" +
            $"Ouvrez ce lien dans l'heure pour choisir un nouveau mot de passe :\n{link}?dossier={dossier.Number}&jeton={token}\n\n" +
            "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.\n";
        await store.EnqueueAsync(
            new OutboxMessage(0, $"reset/{dossier.Number}/{token[..8]}", dossier.Candidate.Email!.Value, "Réinitialisation de votre mot de passe", body),
            cancellationToken);
    }

    /// <summary>Sets a new password when the token is valid, unused and not expired.</summary>
    /// <param name="number">The dossier.</param>
    /// <param name="token">The token of the link.</param>
    /// <param name="password">The new password.</param>
    /// <param name="cancellationToken">Cancels.</param>
    /// <returns>True when the password changed.</returns>
    public Task<bool> ResetAsync(DossierNumber number, string token, string password, CancellationToken cancellationToken) =>
        store.TryResetPasswordAsync(number, HashOf(token), clock.GetCurrentInstant(), _hasher.HashPassword(User, password), cancellationToken);

    private static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private bool Verifies(string hash, string password) => _hasher.VerifyHashedPassword(User, hash, password) != PasswordVerificationResult.Failed;
}

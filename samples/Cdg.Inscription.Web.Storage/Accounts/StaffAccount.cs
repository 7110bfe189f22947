namespace Cdg.Inscription.Web.Storage.Accounts;

/// <summary>A staff member who signs in to the back-office.</summary>
/// <param name="Login">The login, also the actor ID recorded in the dossiers' history.</param>
/// <param name="DisplayName">The name shown in the back-office.</param>
/// <param name="PasswordHash">The <c>PasswordHasher</c> hash of the password.</param>
public sealed record StaffAccount(string Login, string DisplayName, string PasswordHash);

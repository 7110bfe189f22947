namespace Cdg.Inscription.AspNetCore.TestHost;

/// <summary>The fields of the pre-registration form, as the browser posts them: anything at all, checked by the package.</summary>
public sealed class PreRegistrationForm
{
    /// <summary>« Nom ».</summary>
    public string? FamilyName { get; set; }

    /// <summary>« Prénom ».</summary>
    public string? GivenName { get; set; }

    /// <summary>« Adresse ».</summary>
    public string? Street { get; set; }

    /// <summary>« Complément d'adresse », optional.</summary>
    public string? Complement { get; set; }

    /// <summary>« Code postal ».</summary>
    public string? PostalCode { get; set; }

    /// <summary>« Commune ».</summary>
    public string? City { get; set; }

    /// <summary>« Adresse électronique », optional.</summary>
    public string? Email { get; set; }
}

namespace Cdg.Inscription.Web.Portal;

/// <summary>The fields of the pre-registration form, named as <see cref="FormFields"/> names them.</summary>
public sealed class PreRegistrationForm
{
    /// <summary>Nom de famille.</summary>
    public string? FamilyName { get; set; }

    /// <summary>Prénom.</summary>
    public string? GivenName { get; set; }

    /// <summary>Date de naissance, JJ/MM/AAAA.</summary>
    public string? BirthDate { get; set; }

    /// <summary>Adresse électronique, facultative.</summary>
    public string? Email { get; set; }

    /// <summary>Numéro et voie.</summary>
    public string? Street { get; set; }

    /// <summary>Complément d'adresse.</summary>
    public string? Complement { get; set; }

    /// <summary>Code postal.</summary>
    public string? PostalCode { get; set; }

    /// <summary>Commune.</summary>
    public string? City { get; set; }

    /// <summary>Mot de passe.</summary>
    public string? Password { get; set; }

    /// <summary>Confirmation du mot de passe.</summary>
    public string? PasswordConfirmation { get; set; }
}

namespace Cdg.Inscription;

/// <summary>
/// The names of the form fields that <see cref="RuleViolation.Field"/> holds: the names of the
/// parameters of the constructors and parsers that the <c>Check</c> methods answer for, so that a
/// host can key its error summary by them (as ASP.NET Core's <c>ValidationProblemDetails.Errors</c>
/// does) and bind them to its inputs.
/// </summary>
public static class FormFields
{
    /// <summary>The candidate's family name ("nom"), of <c>Candidate.Check</c>.</summary>
    public const string FamilyName = "familyName";

    /// <summary>The candidate's given name ("prénom"), of <c>Candidate.Check</c>.</summary>
    public const string GivenName = "givenName";

    /// <summary>The street line of a postal address, of <c>PostalAddress.Check</c>.</summary>
    public const string Street = "street";

    /// <summary>The optional second line of a postal address, of <c>PostalAddress.Check</c>.</summary>
    public const string Complement = "complement";

    /// <summary>The postal code of a postal address, of <c>PostalAddress.Check</c>.</summary>
    public const string PostalCode = "postalCode";

    /// <summary>The city ("commune") of a postal address, of <c>PostalAddress.Check</c>.</summary>
    public const string City = "city";

    /// <summary>The country of a postal address, of <c>PostalAddress.Check</c>.</summary>
    public const string Country = "country";

    /// <summary>An e-mail address, of <c>EmailAddress.Check</c>.</summary>
    public const string Email = "email";

    /// <summary>A dossier number, of <c>DossierNumber.Check</c>.</summary>
    public const string DossierNumber = "dossierNumber";
}

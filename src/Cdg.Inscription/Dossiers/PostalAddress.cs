namespace Cdg.Inscription.Dossiers;

/// <summary>A candidate's postal address (SPACE-03).</summary>
/// <remarks>This type is immutable.</remarks>
public sealed class PostalAddress : IEquatable<PostalAddress>
{
    private const int StreetMaxLength = 200;
    private const int PostalCodeMaxLength = 20;
    private const int CityMaxLength = 100;
    private const int ComplementMaxLength = 200;
    private const int CountryMaxLength = 100;

    /// <summary>Creates an address.</summary>
    /// <param name="street">The street line, for example <c>12 rue de la Paix</c>.</param>
    /// <param name="postalCode">The postal code, for example <c>53000</c>.</param>
    /// <param name="city">The city, for example <c>Laval</c>.</param>
    /// <param name="complement">
    /// An optional second line (building, "lieu-dit"); null, empty or white space means none, as an
    /// optional field of a form left empty.
    /// </param>
    /// <param name="country">The country; <c>France</c> by default.</param>
    /// <exception cref="ArgumentNullException">The street, the postal code, the city or the country is null.</exception>
    /// <exception cref="ArgumentException">
    /// A part is blank (the complement excepted), too long (200 characters for the street and the
    /// complement, 20 for the postal code, 100 for the city and the country) or holds a line break,
    /// a control or a bidirectional-override character. <see cref="Check"/> says which, in French.
    /// </exception>
    public PostalAddress(string street, string postalCode, string city, string? complement = null, string country = "France")
    {
        Street = Text.Require(street, nameof(street), StreetMaxLength);
        PostalCode = Text.Require(postalCode, nameof(postalCode), PostalCodeMaxLength);
        City = Text.Require(city, nameof(city), CityMaxLength);
        Complement = Text.IsBlank(complement) ? null : Text.Require(complement, nameof(complement), ComplementMaxLength);
        Country = Text.Require(country, nameof(country), CountryMaxLength);
    }

    /// <summary>
    /// Checks an address typed in a form (SPACE-03) and answers in French, field by field, instead of
    /// throwing: the address is allowed exactly when the constructor would accept the same parts.
    /// </summary>
    /// <param name="street">The street line, as typed; may be null.</param>
    /// <param name="postalCode">The postal code, as typed; may be null.</param>
    /// <param name="city">The city, as typed; may be null.</param>
    /// <param name="complement">The optional second line; null, empty or white space means none.</param>
    /// <param name="country">The country; <c>France</c> by default. Null or blank is refused, as by the constructor.</param>
    /// <returns>
    /// Allowed, or one violation per refused part, in the order of the parameters, each with its
    /// <see cref="RuleViolation.Field"/> (<see cref="FormFields.Street"/>, <see cref="FormFields.PostalCode"/>,
    /// <see cref="FormFields.City"/>, <see cref="FormFields.Complement"/>, <see cref="FormFields.Country"/>)
    /// and the code <see cref="RuleViolationCodes.InputMissing"/>, <see cref="RuleViolationCodes.InputTooLong"/>
    /// or <see cref="RuleViolationCodes.InputNotPrintable"/>.
    /// </returns>
    public static CommandCheck Check(string? street, string? postalCode, string? city, string? complement = null, string? country = "France") =>
        CommandCheck.Of(new[]
        {
            FormViolations.Line(street, FormFields.Street, StreetMaxLength, "SPACE-03"),
            FormViolations.Line(postalCode, FormFields.PostalCode, PostalCodeMaxLength, "SPACE-03"),
            FormViolations.Line(city, FormFields.City, CityMaxLength, "SPACE-03"),
            Text.IsBlank(complement) ? null : FormViolations.Line(complement, FormFields.Complement, ComplementMaxLength, "SPACE-03"),
            FormViolations.Line(country, FormFields.Country, CountryMaxLength, "SPACE-03"),
        }.OfType<RuleViolation>().ToArray());

    /// <summary>The street line.</summary>
    public string Street { get; }

    /// <summary>The optional second line.</summary>
    public string? Complement { get; }

    /// <summary>The postal code.</summary>
    public string PostalCode { get; }

    /// <summary>The city.</summary>
    public string City { get; }

    /// <summary>The country.</summary>
    public string Country { get; }

    /// <inheritdoc />
    public bool Equals(PostalAddress? other) =>
        other is not null && Street == other.Street && Complement == other.Complement
        && PostalCode == other.PostalCode && City == other.City && Country == other.Country;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PostalAddress);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Street) ^ StringComparer.Ordinal.GetHashCode(PostalCode);

    /// <summary>The address on one line.</summary>
    /// <returns>For example <c>12 rue de la Paix, 53000 Laval, France</c>.</returns>
    public override string ToString() =>
        Complement is null ? $"{Street}, {PostalCode} {City}, {Country}" : $"{Street}, {Complement}, {PostalCode} {City}, {Country}";
}

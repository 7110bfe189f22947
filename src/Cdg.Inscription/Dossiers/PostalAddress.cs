namespace Cdg.Inscription.Dossiers;

/// <summary>A candidate's postal address (SPACE-03).</summary>
/// <remarks>This type is immutable.</remarks>
public sealed class PostalAddress : IEquatable<PostalAddress>
{
    /// <summary>Creates an address.</summary>
    /// <param name="street">The street line, for example <c>12 rue de la Paix</c>.</param>
    /// <param name="postalCode">The postal code, for example <c>53000</c>.</param>
    /// <param name="city">The city, for example <c>Laval</c>.</param>
    /// <param name="complement">An optional second line (building, "lieu-dit").</param>
    /// <param name="country">The country; <c>France</c> by default.</param>
    /// <exception cref="ArgumentNullException">A required part is null.</exception>
    /// <exception cref="ArgumentException">A part is blank, too long or holds control characters.</exception>
    public PostalAddress(string street, string postalCode, string city, string? complement = null, string country = "France")
    {
        Street = Text.Require(street, nameof(street), 200);
        PostalCode = Text.Require(postalCode, nameof(postalCode), 20);
        City = Text.Require(city, nameof(city), 100);
        Complement = complement is null ? null : Text.Require(complement, nameof(complement), 200);
        Country = Text.Require(country, nameof(country), 100);
    }

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

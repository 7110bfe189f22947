namespace Cdg.Inscription.Dossiers;

/// <summary>The candidate ("candidat") of a dossier and the contact details on file.</summary>
/// <remarks>This type is immutable: the <c>With…</c> methods return a new instance.</remarks>
public sealed class Candidate : IEquatable<Candidate>
{
    private const int NameMaxLength = 100;

    /// <summary>Creates a candidate.</summary>
    /// <param name="familyName">The family name ("nom").</param>
    /// <param name="givenName">The given name ("prénom").</param>
    /// <param name="address">The postal address.</param>
    /// <param name="email">The e-mail address, if the candidate gave one (SPACE-02).</param>
    /// <exception cref="ArgumentNullException"><paramref name="familyName"/>, <paramref name="givenName"/> or <paramref name="address"/> is null.</exception>
    /// <exception cref="ArgumentException">A name is blank, longer than 100 characters or holds control characters.</exception>
    public Candidate(string familyName, string givenName, PostalAddress address, EmailAddress? email = null)
    {
        FamilyName = Text.Require(familyName, nameof(familyName), NameMaxLength);
        GivenName = Text.Require(givenName, nameof(givenName), NameMaxLength);
        Address = Preconditions.CheckNotNull(address, nameof(address));
        Email = email;
    }

    /// <summary>
    /// Checks the names typed in a form (LIFE-01) and answers in French, field by field, instead of
    /// throwing: the names are allowed exactly when the constructor would accept them.
    /// </summary>
    /// <param name="familyName">The family name ("nom"), as typed; may be null.</param>
    /// <param name="givenName">The given name ("prénom"), as typed; may be null.</param>
    /// <returns>
    /// Allowed, or one violation per refused name, in this order, each with its
    /// <see cref="RuleViolation.Field"/> (<see cref="FormFields.FamilyName"/>,
    /// <see cref="FormFields.GivenName"/>) and the code <see cref="RuleViolationCodes.InputMissing"/>,
    /// <see cref="RuleViolationCodes.InputTooLong"/> (more than 100 characters) or
    /// <see cref="RuleViolationCodes.InputNotPrintable"/> (a line break, a control or a
    /// bidirectional-override character).
    /// </returns>
    public static CommandCheck Check(string? familyName, string? givenName) =>
        CommandCheck.Of(new[]
        {
            FormViolations.Line(familyName, FormFields.FamilyName, NameMaxLength, "LIFE-01"),
            FormViolations.Line(givenName, FormFields.GivenName, NameMaxLength, "LIFE-01"),
        }.OfType<RuleViolation>().ToArray());

    /// <summary>The family name.</summary>
    public string FamilyName { get; }

    /// <summary>The given name.</summary>
    public string GivenName { get; }

    /// <summary>The postal address on file.</summary>
    public PostalAddress Address { get; }

    /// <summary>The e-mail address on file, if any.</summary>
    public EmailAddress? Email { get; }

    /// <summary>The same candidate at another address.</summary>
    /// <param name="address">The new address.</param>
    /// <returns>A new candidate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="address"/> is null.</exception>
    public Candidate WithAddress(PostalAddress address) => new(FamilyName, GivenName, address, Email);

    /// <summary>The same candidate with another e-mail address, or none.</summary>
    /// <param name="email">The new address, or null to remove it.</param>
    /// <returns>A new candidate.</returns>
    public Candidate WithEmail(EmailAddress? email) => new(FamilyName, GivenName, Address, email);

    /// <inheritdoc />
    public bool Equals(Candidate? other) =>
        other is not null && FamilyName == other.FamilyName && GivenName == other.GivenName
        && Address.Equals(other.Address) && Equals(Email, other.Email);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Candidate);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(FamilyName) ^ StringComparer.Ordinal.GetHashCode(GivenName);

    /// <inheritdoc />
    public override string ToString() => $"{GivenName} {FamilyName}";
}

using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Cdg.Inscription.Tests.Dossiers;

/// <summary>
/// What a form typed by a candidate gets back: the <c>Check</c> methods of the names, the address,
/// the e-mail address and the dossier number answer in French, field by field, all fields at once,
/// exactly where the constructor or the parser would throw, and never quote what cannot be shown.
/// </summary>
public sealed class FormInputTests
{
    private const string Forbidden = "caractère qui ne peut pas être enregistré (caractère de contrôle ou d'inversion du sens d'écriture)";

    [Fact]
    [Trait("Rule", "LIFE-01")]
    public void Printable_names_within_the_limit_are_allowed()
    {
        var check = Candidate.Check(" Martin ", new string('é', 100));

        check.IsAllowed.Should().BeTrue();
        check.Violations.Should().BeEmpty();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [Trait("Rule", "LIFE-01")]
    public void A_blank_family_name_is_answered_in_French(string? familyName)
    {
        var violation = Candidate.Check(familyName, "Claire").Violations.Should().ContainSingle().Which;

        violation.Code.Should().Be(RuleViolationCodes.InputMissing);
        violation.Field.Should().Be(FormFields.FamilyName);
        violation.RuleId.Should().Be("LIFE-01");
        violation.Message.Should().Be("Indiquez votre nom de famille.");
    }

    [Fact]
    [Trait("Rule", "LIFE-01")]
    public void A_blank_given_name_is_answered_in_French()
    {
        var violation = Candidate.Check("Martin", " ").Violations.Should().ContainSingle().Which;

        violation.Code.Should().Be(RuleViolationCodes.InputMissing);
        violation.Field.Should().Be(FormFields.GivenName);
        violation.RuleId.Should().Be("LIFE-01");
        violation.Message.Should().Be("Indiquez votre prénom.");
    }

    [Fact]
    [Trait("Rule", "LIFE-01")]
    public void A_family_name_of_more_than_100_characters_is_answered_in_French_without_quoting_it()
    {
        var violation = Candidate.Check(new string('a', 101), "Claire").Violations.Should().ContainSingle().Which;

        violation.Code.Should().Be(RuleViolationCodes.InputTooLong);
        violation.Field.Should().Be(FormFields.FamilyName);
        violation.RuleId.Should().Be("LIFE-01");
        violation.Message.Should().Be("Le nom de famille ne peut pas dépasser 100 caractères.");
    }

    [Theory]
    [InlineData("Mar\u0000tin")]
    [InlineData("Martin\u202E")]
    [InlineData("\u2066Martin")]
    [Trait("Rule", "LIFE-01")]
    public void A_family_name_with_a_control_or_bidirectional_character_is_answered_in_French(string familyName)
    {
        var violation = Candidate.Check(familyName, "Claire").Violations.Should().ContainSingle().Which;

        violation.Code.Should().Be(RuleViolationCodes.InputNotPrintable);
        violation.Field.Should().Be(FormFields.FamilyName);
        violation.RuleId.Should().Be("LIFE-01");
        violation.Message.Should().Be($"Le nom de famille contient un {Forbidden} : saisissez-le de nouveau sans le copier-coller.");
    }

    [Fact]
    [Trait("Rule", "LIFE-01")]
    public void A_given_name_on_two_lines_is_answered_in_French()
    {
        var violation = Candidate.Check("Martin", "Claire\nMarie").Violations.Should().ContainSingle().Which;

        violation.Code.Should().Be(RuleViolationCodes.InputNotPrintable);
        violation.Field.Should().Be(FormFields.GivenName);
        violation.Message.Should().Be("Le prénom doit tenir sur une seule ligne : retirez les retours à la ligne.");
    }

    [Fact]
    [Trait("Rule", "LIFE-01")]
    public void Both_names_are_answered_at_once_in_the_order_of_the_form()
    {
        var check = Candidate.Check("", "Claire\u0007");

        check.IsAllowed.Should().BeFalse();
        check.Violations.Select(v => (v.Field, v.Code)).Should().Equal(
            (FormFields.FamilyName, RuleViolationCodes.InputMissing),
            (FormFields.GivenName, RuleViolationCodes.InputNotPrintable));
        var refusal = check.Invoking(c => c.ThrowIfRefused()).Should().Throw<RuleViolationException>().Which;
        refusal.Violations.Should().Equal(check.Violations);
    }

    [Fact]
    [Trait("Rule", "SPACE-03")]
    public void An_address_with_an_empty_complement_and_the_default_country_is_allowed()
    {
        PostalAddress.Check("12 rue de la Paix", "53000", "Laval").IsAllowed.Should().BeTrue();
        PostalAddress.Check("12 rue de la Paix", "53000", "Laval", complement: "").IsAllowed.Should().BeTrue();
        PostalAddress.Check("12 rue de la Paix", "53000", "Laval", complement: "  ", country: "La Réunion").IsAllowed.Should().BeTrue();
    }

    [Fact]
    [Trait("Rule", "SPACE-03")]
    public void Every_refused_part_of_an_address_is_answered_at_once_in_the_order_of_the_form()
    {
        var check = PostalAddress.Check(" ", new string('1', 21), "La\u0000val", "Bâtiment \u202EA", null);

        check.Violations.Should().Equal(
            new RuleViolation(RuleViolationCodes.InputMissing, "SPACE-03", "Indiquez votre adresse (numéro et voie).", FormFields.Street),
            new RuleViolation(RuleViolationCodes.InputTooLong, "SPACE-03", "Le code postal ne peut pas dépasser 20 caractères.", FormFields.PostalCode),
            new RuleViolation(RuleViolationCodes.InputNotPrintable, "SPACE-03", $"La commune contient un {Forbidden} : saisissez-la de nouveau sans la copier-coller.", FormFields.City),
            new RuleViolation(RuleViolationCodes.InputNotPrintable, "SPACE-03", $"Le complément d'adresse contient un {Forbidden} : saisissez-le de nouveau sans le copier-coller.", FormFields.Complement),
            new RuleViolation(RuleViolationCodes.InputMissing, "SPACE-03", "Indiquez votre pays.", FormFields.Country));
    }

    [Theory]
    [InlineData(FormFields.Street, "Indiquez votre adresse (numéro et voie).")]
    [InlineData(FormFields.PostalCode, "Indiquez votre code postal.")]
    [InlineData(FormFields.City, "Indiquez votre commune.")]
    [InlineData(FormFields.Country, "Indiquez votre pays.")]
    [Trait("Rule", "SPACE-03")]
    public void A_blank_required_part_of_an_address_is_answered_in_French(string field, string message)
    {
        var check = PostalAddress.Check(
            field == FormFields.Street ? "" : "12 rue de la Paix",
            field == FormFields.PostalCode ? "" : "53000",
            field == FormFields.City ? "" : "Laval",
            country: field == FormFields.Country ? "" : "France");

        var violation = check.Violations.Should().ContainSingle().Which;
        violation.Code.Should().Be(RuleViolationCodes.InputMissing);
        violation.Field.Should().Be(field);
        violation.RuleId.Should().Be("SPACE-03");
        violation.Message.Should().Be(message);
    }

    [Theory]
    [InlineData(201, 20, 100, 200, 100, FormFields.Street, "L'adresse (numéro et voie) ne peut pas dépasser 200 caractères.")]
    [InlineData(200, 20, 101, 200, 100, FormFields.City, "La commune ne peut pas dépasser 100 caractères.")]
    [InlineData(200, 20, 100, 201, 100, FormFields.Complement, "Le complément d'adresse ne peut pas dépasser 200 caractères.")]
    [InlineData(200, 20, 100, 200, 101, FormFields.Country, "Le pays ne peut pas dépasser 100 caractères.")]
    [Trait("Rule", "SPACE-03")]
    public void A_part_of_an_address_beyond_its_limit_is_answered_with_the_limit(int street, int postalCode, int city, int complement, int country, string field, string message)
    {
        var check = PostalAddress.Check(new string('a', street), new string('1', postalCode), new string('b', city), new string('c', complement), new string('d', country));

        var violation = check.Violations.Should().ContainSingle().Which;
        violation.Code.Should().Be(RuleViolationCodes.InputTooLong);
        violation.Field.Should().Be(field);
        violation.Message.Should().Be(message);
    }

    [Fact]
    [Trait("Rule", "SPACE-02")]
    public void A_well_formed_e_mail_address_is_allowed()
    {
        EmailAddress.Check(" claire.martin@example.fr ").IsAllowed.Should().BeTrue();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t ")]
    [Trait("Rule", "SPACE-02")]
    public void A_blank_e_mail_address_is_answered_in_French(string? text)
    {
        var violation = EmailAddress.Check(text).Violations.Should().ContainSingle().Which;

        violation.Code.Should().Be(RuleViolationCodes.InputMissing);
        violation.Field.Should().Be(FormFields.Email);
        violation.RuleId.Should().Be("SPACE-02");
        violation.Message.Should().Be("Indiquez votre adresse électronique.");
    }

    [Theory]
    [InlineData("claire.martin", "claire.martin")]
    [InlineData(" claire@example ", "claire@example")]
    [InlineData("claire martin@example.fr", "claire martin@example.fr")]
    [Trait("Rule", "SPACE-02")]
    public void A_malformed_e_mail_address_is_quoted_back_with_an_example(string text, string quoted)
    {
        var violation = EmailAddress.Check(text).Violations.Should().ContainSingle().Which;

        violation.Code.Should().Be(RuleViolationCodes.EmailInvalid);
        violation.Field.Should().Be(FormFields.Email);
        violation.RuleId.Should().Be("SPACE-02");
        violation.Message.Should().Be($"L'adresse électronique « {quoted} » n'est pas valide : vérifiez-la (par exemple prenom.nom@exemple.fr).");
    }

    [Theory]
    [InlineData("claire@exam\u202Eple.fr")]
    [InlineData("claire@example.fr\u0000")]
    [InlineData("claire@\nexample.fr")]
    [Trait("Rule", "SPACE-02")]
    public void An_e_mail_address_that_cannot_be_shown_or_is_too_long_is_not_quoted(string text)
    {
        foreach (var input in new[] { text, new string('a', 250) + "@example.fr" })
        {
            var violation = EmailAddress.Check(input).Violations.Should().ContainSingle().Which;

            violation.Code.Should().Be(RuleViolationCodes.EmailInvalid);
            violation.Message.Should().Be("L'adresse électronique saisie n'est pas valide : vérifiez-la (par exemple prenom.nom@exemple.fr).");
        }
    }

    [Fact]
    [Trait("Rule", "SPACE-02")]
    public void A_valid_dossier_number_is_allowed()
    {
        DossierNumber.Check(" 2023-red-000123 ").IsAllowed.Should().BeTrue();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [Trait("Rule", "SPACE-02")]
    public void A_blank_dossier_number_is_answered_in_French(string? text)
    {
        var violation = DossierNumber.Check(text).Violations.Should().ContainSingle().Which;

        violation.Code.Should().Be(RuleViolationCodes.InputMissing);
        violation.Field.Should().Be(FormFields.DossierNumber);
        violation.RuleId.Should().Be("SPACE-02");
        violation.Message.Should().Be("Indiquez votre numéro de dossier.");
    }

    [Theory]
    [InlineData("2023--RED", "2023--RED")]
    [InlineData(" -2023 ", "-2023")]
    [InlineData("2023 RED 000123", "2023 RED 000123")]
    [Trait("Rule", "SPACE-02")]
    public void An_invalid_dossier_number_is_quoted_back_with_where_to_find_it(string text, string quoted)
    {
        var violation = DossierNumber.Check(text).Violations.Should().ContainSingle().Which;

        violation.Code.Should().Be(RuleViolationCodes.DossierNumberInvalid);
        violation.Field.Should().Be(FormFields.DossierNumber);
        violation.RuleId.Should().Be("SPACE-02");
        violation.Message.Should().Be(
            $"Le numéro de dossier « {quoted} » n'est pas valide : il compte de 1 à 32 lettres, chiffres et tirets, tel qu'il figure dans le message de confirmation de votre préinscription.");
    }

    [Theory]
    [InlineData("2023-RED\u202E")]
    [InlineData("2023\u0000RED")]
    [InlineData("123456789012345678901234567890123")]
    [Trait("Rule", "SPACE-02")]
    public void A_dossier_number_that_cannot_be_shown_or_is_too_long_is_not_quoted(string text)
    {
        var violation = DossierNumber.Check(text).Violations.Should().ContainSingle().Which;

        violation.Code.Should().Be(RuleViolationCodes.DossierNumberInvalid);
        violation.Message.Should().Be(
            "Le numéro de dossier saisi n'est pas valide : il compte de 1 à 32 lettres, chiffres et tirets, tel qu'il figure dans le message de confirmation de votre préinscription.");
    }

    [CappedProperty(1000)]
    [Trait("Rule", "LIFE-01")]
    [Trait("Rule", "SPACE-03")]
    public Property The_check_of_names_and_addresses_allows_exactly_what_the_constructors_accept() =>
        Prop.ForAll(Typed(), Typed(), (text, other) =>
        {
            Agree(Candidate.Check(text, other), () => new Candidate(text!, other!, Scenario.Address));
            Agree(Candidate.Check(other, text), () => new Candidate(other!, text!, Scenario.Address));
            Agree(PostalAddress.Check(text, "53000", other), () => new PostalAddress(text!, "53000", other!));
            Agree(PostalAddress.Check("1 rue A", text, "Laval"), () => new PostalAddress("1 rue A", text!, "Laval"));
            Agree(PostalAddress.Check("1 rue A", "53000", "Laval", text, other), () => new PostalAddress("1 rue A", "53000", "Laval", text, other!));
        });

    [CappedProperty(1000)]
    [Trait("Rule", "SPACE-02")]
    public Property The_check_of_e_mail_addresses_and_dossier_numbers_allows_exactly_what_Parse_accepts() =>
        Prop.ForAll(Typed(), text =>
        {
            Agree(EmailAddress.Check(text), () => EmailAddress.Parse(text!));
            Agree(DossierNumber.Check(text), () => DossierNumber.Parse(text!));
        });

    [CappedProperty(1000)]
    [Trait("Rule", "LIFE-01")]
    [Trait("Rule", "SPACE-02")]
    [Trait("Rule", "SPACE-03")]
    public Property No_answer_quotes_a_control_or_bidirectional_character_or_a_text_beyond_its_limit() =>
        Prop.ForAll(Typed(), text =>
        {
            var violations = Candidate.Check(text, text).Violations
                .Concat(PostalAddress.Check(text, text, text, text, text).Violations)
                .Concat(EmailAddress.Check(text).Violations)
                .Concat(DossierNumber.Check(text).Violations)
                .ToList();

            foreach (var violation in violations)
            {
                violation.Message.Where(c => char.IsControl(c) || Text.IsForbidden(c)).Should().BeEmpty();
                violation.Message.Length.Should().BeLessThan(500);
                violation.Field.Should().NotBeNull();
                violation.Code.Should().StartWith("input.");
            }

            violations.Select(v => v.Field).Should().OnlyHaveUniqueItems("each field is answered once at most");
        });

    /// <summary>The check allows the input exactly when the constructor or parser does not throw.</summary>
    private static void Agree(CommandCheck check, Action create)
    {
        Exception? thrown = null;
        try
        {
            create();
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            thrown = e;
        }

        check.IsAllowed.Should().Be(thrown is null, "the check answers {0} where the constructor {1}", check.Violations.FirstOrDefault(), thrown?.Message ?? "accepts");
        check.Violations.Should().NotContain(v => v.Field == null || v.Message.Length == 0);
    }

    /// <summary>What a form sends: nothing, blanks, hostile characters, and lengths on both sides of every limit.</summary>
    private static Arbitrary<string?> Typed()
    {
        var parts = Gen.Elements(
            "a", "Z", "é", "0", "-", "--", " ", "  ", "\t", "\n", "\r\n", "\u2028", "\0", "\u0007", "\u007F", "\u0085", "\u202E",
            "\u2066", "\u2069", "\u200B", "\uFEFF", "@", "@@", ".", "example.fr", "claire", "2023-RED-000123", "Saint-Denis", "\U0001F600");
        var built = Gen.ListOf(parts).Select(p => (string?)string.Concat(p));
        var nearLimits = Gen.Elements(19, 20, 21, 31, 32, 33, 99, 100, 101, 199, 200, 201, 253, 254, 255)
            .SelectMany(n => Gen.Elements("a", " a", "a ", "1", "x@y.fr").Select(p => (string?)(p.Length > 1 ? p.PadLeft(n, 'b') : new string(p[0], n))));
        return Gen.Frequency(
            (6, built),
            (3, nearLimits),
            (1, Gen.Constant<string?>(null)),
            (1, Gen.Constant<string?>(string.Empty)),
            (2, ArbMap.Default.GeneratorFor<string>().Select(s => (string?)s))).ToArbitrary();
    }
}

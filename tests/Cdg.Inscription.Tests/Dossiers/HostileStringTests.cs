using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Files;
using Cdg.Inscription.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Cdg.Inscription.Tests.Dossiers;

/// <summary>
/// Hostile text from a browser or a back-office form: dossier numbers, names, addresses, e-mail
/// addresses, staff IDs, reasons, document titles and file names with control characters,
/// bidirectional overrides, very long values or nothing at all are refused with a clear exception
/// or rule violation, or cleaned; never stored raw.
/// </summary>
public sealed class HostileStringTests
{
    [CappedProperty(1000)]
    [Trait("Rule", "SPACE-03")]
    public Property Hostile_names_and_addresses_are_refused_or_stored_printable() =>
        Prop.ForAll(Hostile(), text =>
        {
            Stored(() => new Candidate(text, "Claire", Scenario.Address).FamilyName);
            Stored(() => new Candidate("Martin", text, Scenario.Address).GivenName);
            Stored(() => new PostalAddress(text, "53000", "Laval").Street);
            Stored(() => new PostalAddress("1 rue A", text, "Laval").PostalCode);
            Stored(() => new PostalAddress("1 rue A", "53000", text).City);
            if (Text.IsBlank(text))
            {
                new PostalAddress("1 rue A", "53000", "Laval", complement: text).Complement.Should().BeNull();
            }
            else
            {
                Stored(() => new PostalAddress("1 rue A", "53000", "Laval", complement: text).Complement!);
            }

            Stored(() => new PostalAddress("1 rue A", "53000", "Laval", country: text).Country);
        });

    [CappedProperty(1000)]
    [Trait("Rule", "SPACE-02")]
    public Property Hostile_dossier_numbers_e_mail_addresses_and_staff_IDs_are_refused_or_stored_printable() =>
        Prop.ForAll(Hostile(), text =>
        {
            Stored(() => DossierNumber.Parse(text).ToString());
            Stored(() => EmailAddress.Parse(text).ToString());
            Stored(() => Actor.Staff(text).Id);
        });

    [CappedProperty(500)]
    [Trait("Rule", "LIFE-07")]
    public Property Hostile_reasons_and_titles_are_refused_with_a_rule_violation_and_change_nothing() =>
        Prop.ForAll(Hostile(), text =>
        {
            var underReview = Scenario.At(DossierStatus.UnderReview);
            var version = underReview.Version;
            var at = Scenario.Paris(2023, 5, 2);

            RefusedOrStoredPrintable(underReview, () => underReview.DeclareNonCompliant([text], Scenario.Staff, at), () => underReview.NonComplianceReasons.Single());
            RefusedOrStoredPrintable(
                underReview,
                () => underReview.RequestRegularisation(new RegularisationRequest([new RegularisationItem(Scenario.IdentityDocument, text)]), Scenario.Staff, at),
                () => underReview.Regularisation!.Items[0].Reason);
            if (underReview.Version == version)
            {
                Stored(() =>
                {
                    underReview.PublishDocument(DocumentKind.AccessMap, text, "documents/1.pdf", Scenario.Staff, at);
                    return underReview.Documents[^1].Title;
                });
            }
        });

    [CappedProperty(1000)]
    [Trait("Rule", "FILE-03")]
    public Property Hostile_file_names_are_cleaned_never_kept_raw() =>
        Prop.ForAll(Hostile(), text =>
        {
            var name = DisplayName.Clean(text, FileType.Pdf).Name;

            name.Where(Text.IsForbidden).Should().BeEmpty();
            name.Length.Should().BeInRange(5, DisplayName.MaxLength);
        });

    /// <summary>Runs a constructor or parser: it refuses with an argument or format exception, or what it stores is printable and bounded.</summary>
    private static void Stored(Func<string> store)
    {
        string stored;
        try
        {
            stored = store();
        }
        catch (Exception refusal) when (refusal is ArgumentException or FormatException or RuleViolationException)
        {
            refusal.Message.Should().NotBeNullOrWhiteSpace();
            return;
        }

        stored.Should().NotBeNullOrWhiteSpace();
        Text.IsBlank(stored).Should().BeFalse("what is stored shows something a person can read");
        stored.Where(Text.IsForbidden).Should().BeEmpty();
        stored.Length.Should().BeLessThanOrEqualTo(Text.DefaultMaxLength);
    }

    /// <summary>
    /// A command with free text: refused with a rule violation and without effect on the dossier, or
    /// accepted with what <paramref name="stored"/> reads back printable, on lines of its own, and bounded.
    /// </summary>
    private static void RefusedOrStoredPrintable(Dossier dossier, Action command, Func<string> stored)
    {
        var version = dossier.Version;
        try
        {
            command();
        }
        catch (RuleViolationException refusal)
        {
            refusal.Violations.Should().NotBeEmpty();
            dossier.Version.Should().Be(version);
            return;
        }

        var text = stored();
        text.Should().NotBeNullOrWhiteSpace();
        text.Where(Text.IsForbidden).Should().BeEmpty();
        text.Length.Should().BeLessThanOrEqualTo(Text.DefaultMaxLength);
    }

    /// <summary>Strings made of the characters and lengths that hostile input is made of.</summary>
    private static Arbitrary<string> Hostile()
    {
        var parts = Gen.Elements(
            "a", "Z", "é", "0", " ", "  ", "\t", "\n", "\r\n", "\0", "\u0007", "\u001B", "\u007F", "\u0085", "\u202E", "\u202D",
            "\u2066", "\u2069", "\u200B", "\u200E", "\uFEFF", "\uD83D", "\U0001F600", "@", ".", "-", "/", "\\", "<script>", "CON",
            "2023-RED-000123", "claire@example.fr", "'; DROP TABLE", "%00", "%PDF-");
        var built = Gen.ListOf(parts).Select(p => string.Concat(p));
        var long_ = Gen.Choose(1000, 12_000).Select(n => new string('x', n));
        return Gen.Frequency((6, built), (1, long_), (1, Gen.Constant(string.Empty)), (2, ArbMap.Default.GeneratorFor<string>().Where(s => s is not null))).ToArbitrary();
    }
}

using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Tests.Support;

namespace Cdg.Inscription.Tests.Edges;

/// <summary>
/// A reason, a staff ID or a name that shows nothing a person can read is refused as missing,
/// whatever invisible characters it is made of (docs/decisions/0017-input-edges.md): every character
/// of the Unicode categories Cc, Cf, Zs, Zl and Zp, lone surrogates, and the fillers and marks that
/// render as nothing.
/// </summary>
public sealed class InvisibleTextTests
{
    public static TheoryData<string> Invisible => new()
    {
        "\u200B", // zero-width space (Cf)
        "\u2060", // word joiner (Cf)
        "\uFEFF", // byte order mark (Cf)
        "\u00AD", // soft hyphen (Cf)
        "\u180E", // Mongolian vowel separator (Cf)
        "\u3164", // Hangul filler (Lo)
        "\u115F\u1160", // Hangul choseong and jungseong fillers (Lo)
        "\uFFA0", // halfwidth Hangul filler (Lo)
        "\u2800", // Braille pattern blank (So)
        "\u034F", // combining grapheme joiner (Mn)
        "\uFE0F", // variation selector (Mn)
        "\U000E0020", // tag space (Cf, outside the BMP)
        "\u3000", // ideographic space (Zs)
        "\u2028", // line separator (Zl)
        "\u200B\u2060\uFEFF\u00A0 \u3164\u200D",
    };

    [Theory]
    [MemberData(nameof(Invisible))]
    [Trait("Rule", "LIFE-05")]
    public void A_regularisation_item_whose_reason_is_invisible_is_refused_as_missing_and_changes_nothing(string reason)
    {
        var dossier = Scenario.At(DossierStatus.UnderReview);
        var before = dossier.ToSnapshot();

        var act = () => dossier.RequestRegularisation(
            new RegularisationRequest([new RegularisationItem(Scenario.IdentityDocument, reason)]), Scenario.Staff, Scenario.Paris(2023, 5, 2));

        act.Should().Throw<RuleViolationException>().Which.Has(RuleViolationCodes.RegularisationReasonMissing).Should().BeTrue();
        dossier.ToSnapshot().Should().Be(before);
    }

    [Theory]
    [MemberData(nameof(Invisible))]
    [Trait("Rule", "LIFE-07")]
    public void A_non_compliance_reason_that_is_invisible_is_refused_as_missing_and_changes_nothing(string reason)
    {
        var dossier = Scenario.At(DossierStatus.UnderReview);
        var before = dossier.ToSnapshot();

        var act = () => dossier.DeclareNonCompliant([reason], Scenario.Staff, Scenario.Paris(2023, 5, 2));

        act.Should().Throw<RuleViolationException>().Which.Has(RuleViolationCodes.NonComplianceReasonMissing).Should().BeTrue();
        dossier.ToSnapshot().Should().Be(before);
    }

    [Theory]
    [MemberData(nameof(Invisible))]
    [Trait("Rule", "LIFE-11")]
    public void A_reopening_whose_reason_is_invisible_is_refused_as_missing(string reason)
    {
        var dossier = Scenario.At(DossierStatus.Complete);

        var check = dossier.CheckReopen(reason, Scenario.Staff, Scenario.Paris(2023, 5, 3));

        check.Violations.Select(v => v.Code).Should().Equal(RuleViolationCodes.ReopenReasonMissing);
    }

    [Theory]
    [MemberData(nameof(Invisible))]
    [Trait("Rule", "LIFE-10")]
    public void A_staff_ID_that_is_invisible_is_refused(string id)
    {
        var act = () => Actor.Staff(id);

        act.Should().Throw<ArgumentException>().WithParameterName("id");
    }

    [Theory]
    [MemberData(nameof(Invisible))]
    [Trait("Rule", "LIFE-01")]
    public void A_family_name_that_is_invisible_is_answered_as_missing_in_French(string name)
    {
        var check = Candidate.Check(name, "Claire");

        check.Violations.Should().ContainSingle().Which.Message.Should().Be("Indiquez votre nom de famille.");
    }

    [Fact]
    [Trait("Rule", "LIFE-07")]
    public void A_reason_that_holds_visible_text_among_invisible_characters_is_accepted()
    {
        var dossier = Scenario.At(DossierStatus.UnderReview);

        dossier.DeclareNonCompliant(["\u200BDiplôme\u00A0insuffisant\u2060"], Scenario.Staff, Scenario.Paris(2023, 5, 2));

        dossier.Status.Should().Be(DossierStatus.NonCompliant);
    }

    [Fact]
    [Trait("Rule", "LIFE-07")]
    public void A_reason_made_of_a_bidirectional_override_alone_is_refused_as_not_printable_rather_than_missing()
    {
        var dossier = Scenario.At(DossierStatus.UnderReview);

        var check = dossier.CheckDeclareNonCompliant(["\u202E"], Scenario.Staff, Scenario.Paris(2023, 5, 2));

        check.Violations.Select(v => v.Code).Should().Equal(RuleViolationCodes.TextNotPrintable);
    }
}

using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Dossiers.Events;
using Cdg.Inscription.Tests.Support;
using NodaTime;

namespace Cdg.Inscription.Tests.Dossiers;

/// <summary>
/// The reasons that staff type: of a DOSSIER NON CONFORME decision (LIFE-07), of a reopening
/// (LIFE-11) and of each item of a regularisation request (LIFE-05). A blank reason is refused as
/// missing; a reason too long (over 2,000 characters) or holding control or bidirectional
/// characters is refused as not printable, which tells staff what to correct. Reasons may hold
/// several lines, yet each reads on one line in the history.
/// </summary>
public sealed class ReasonTextTests
{
    private const string NotPrintableMessage =
        "Le texte saisi est trop long (plus de 2000 caractères) ou contient des caractères non autorisés : merci de le corriger.";

    private static readonly Instant DecidedAt = Scenario.Paris(2023, 5, 3);

    /// <summary>Reasons that are not blank, yet not printable: too long, or with a forbidden character.</summary>
    public static TheoryData<string> NotPrintable => new(
        new string('a', 2001),
        "Condition d'ancienneté\u0007 non remplie.",
        "Condition d'ancienneté non remplie.\u0000",
        "Motif \u202Eeilpmer non\u202C.",
        "Motif \u2066isolé\u2069.");

    /// <summary>Reasons that are blank: refused as missing.</summary>
    public static TheoryData<string> Blank => new(string.Empty, "   ", "\n\t\r\n");

    [Theory]
    [Trait("Rule", "LIFE-07")]
    [MemberData(nameof(NotPrintable))]
    public void A_non_compliance_reason_too_long_or_with_forbidden_characters_is_refused_as_not_printable(string reason)
    {
        var dossier = Scenario.At(DossierStatus.UnderReview);
        var before = dossier.ToSnapshot();

        var act = () => dossier.DeclareNonCompliant([reason], Scenario.Staff, DecidedAt);

        var violation = act.Should().Throw<RuleViolationException>().Which.Violations.Should().ContainSingle().Which;
        violation.Code.Should().Be(RuleViolationCodes.TextNotPrintable);
        violation.RuleId.Should().Be("LIFE-07");
        violation.Message.Should().Be(NotPrintableMessage);
        dossier.ToSnapshot().Should().Be(before);
    }

    [Fact]
    [Trait("Rule", "LIFE-07")]
    public void One_reason_that_is_not_printable_among_good_ones_refuses_the_decision_as_not_printable()
    {
        var dossier = Scenario.At(DossierStatus.Incomplete);

        var check = dossier.CheckDeclareNonCompliant(["Condition d'ancienneté non remplie.", "Diplôme\u001B non reconnu."], Scenario.Staff, DecidedAt);

        check.Violations.Should().ContainSingle().Which.Code.Should().Be(RuleViolationCodes.TextNotPrintable);
    }

    [Theory]
    [Trait("Rule", "LIFE-07")]
    [MemberData(nameof(Blank))]
    public void A_blank_non_compliance_reason_is_still_refused_as_missing(string reason)
    {
        var dossier = Scenario.At(DossierStatus.UnderReview);

        var check = dossier.CheckDeclareNonCompliant([reason], Scenario.Staff, DecidedAt);

        var violation = check.Violations.Should().ContainSingle().Which;
        violation.Code.Should().Be(RuleViolationCodes.NonComplianceReasonMissing);
        violation.RuleId.Should().Be("LIFE-07");
    }

    [Fact]
    [Trait("Rule", "LIFE-07")]
    public void A_null_non_compliance_reason_among_others_is_refused_as_missing()
    {
        var dossier = Scenario.At(DossierStatus.UnderReview);

        var check = dossier.CheckDeclareNonCompliant(["Condition d'ancienneté non remplie.", null!], Scenario.Staff, DecidedAt);

        check.Violations.Should().ContainSingle().Which.Code.Should().Be(RuleViolationCodes.NonComplianceReasonMissing);
    }

    [Fact]
    [Trait("Rule", "LIFE-07")]
    public void A_non_compliance_reason_of_2000_characters_on_several_lines_is_accepted_and_kept_as_typed()
    {
        var dossier = Scenario.At(DossierStatus.UnderReview);
        var firstLine = "Condition d'ancienneté non remplie.\r\n";
        var reason = firstLine + new string('a', 2000 - firstLine.Length - 1) + ".";
        reason.Length.Should().Be(2000);

        dossier.DeclareNonCompliant([reason], Scenario.Staff, DecidedAt);

        dossier.Status.Should().Be(DossierStatus.NonCompliant);
        dossier.NonComplianceReasons.Should().Equal(reason);
    }

    [Theory]
    [Trait("Rule", "LIFE-11")]
    [MemberData(nameof(NotPrintable))]
    public void A_reopening_reason_too_long_or_with_forbidden_characters_is_refused_as_not_printable(string reason)
    {
        var dossier = Scenario.At(DossierStatus.Complete);
        var before = dossier.ToSnapshot();

        var act = () => dossier.Reopen(reason, Scenario.Staff, DecidedAt);

        var violation = act.Should().Throw<RuleViolationException>().Which.Violations.Should().ContainSingle().Which;
        violation.Code.Should().Be(RuleViolationCodes.TextNotPrintable);
        violation.RuleId.Should().Be("LIFE-11");
        violation.Message.Should().Be(NotPrintableMessage);
        dossier.ToSnapshot().Should().Be(before);
    }

    [Theory]
    [Trait("Rule", "LIFE-11")]
    [MemberData(nameof(Blank))]
    public void A_blank_reopening_reason_is_still_refused_as_missing(string reason)
    {
        var dossier = Scenario.At(DossierStatus.NonCompliant);

        var check = dossier.CheckReopen(reason, Scenario.Staff, DecidedAt);

        var violation = check.Violations.Should().ContainSingle().Which;
        violation.Code.Should().Be(RuleViolationCodes.ReopenReasonMissing);
        violation.RuleId.Should().Be("LIFE-11");
    }

    [Theory]
    [Trait("Rule", "LIFE-05")]
    [MemberData(nameof(NotPrintable))]
    public void A_regularisation_reason_too_long_or_with_forbidden_characters_is_refused_as_not_printable(string reason)
    {
        var dossier = Scenario.At(DossierStatus.UnderReview);
        var before = dossier.ToSnapshot();
        var request = new RegularisationRequest([new RegularisationItem(Scenario.IdentityDocument, reason)]);

        var act = () => dossier.RequestRegularisation(request, Scenario.Staff, DecidedAt);

        var violation = act.Should().Throw<RuleViolationException>().Which.Violations.Should().ContainSingle().Which;
        violation.Code.Should().Be(RuleViolationCodes.TextNotPrintable);
        violation.RuleId.Should().Be("LIFE-05");
        violation.Message.Should().Be(NotPrintableMessage);
        dossier.ToSnapshot().Should().Be(before);
    }

    [Fact]
    [Trait("Rule", "LIFE-05")]
    public void Each_regularisation_item_is_checked_a_blank_one_as_missing_and_a_long_one_as_not_printable()
    {
        var dossier = Scenario.At(DossierStatus.UnderReview);
        var request = new RegularisationRequest(
        [
            new RegularisationItem(Scenario.IdentityDocument, " "),
            new RegularisationItem(Scenario.Diploma, new string('a', 2001)),
        ]);

        var check = dossier.CheckRequestRegularisation(request, Scenario.Staff, DecidedAt);

        check.Violations.Select(v => v.Code).Should().Equal(RuleViolationCodes.RegularisationReasonMissing, RuleViolationCodes.TextNotPrintable);
        check.Violations.Should().OnlyContain(v => v.RuleId == "LIFE-05");
    }

    [Fact]
    [Trait("Rule", "LIFE-07")]
    [Trait("Rule", "LIFE-11")]
    public void A_non_compliance_decision_reads_on_one_line_in_the_history_whatever_the_line_breaks_of_its_reasons()
    {
        var dossier = Scenario.At(DossierStatus.UnderReview);

        dossier.DeclareNonCompliant(["Condition d'ancienneté non remplie.\nServices accomplis : 2 ans.", "Diplôme\r\n\tnon reconnu."], Scenario.Staff, DecidedAt);

        var line = dossier.DescribeHistory()[^1];
        line.Should().Be("Dossier déclaré non conforme : Condition d'ancienneté non remplie. Services accomplis : 2 ans ; Diplôme non reconnu.");
        dossier.History[^1].Should().BeOfType<DeclaredNonCompliant>()
            .Which.Reasons.Should().Equal("Condition d'ancienneté non remplie.\nServices accomplis : 2 ans.", "Diplôme\r\n\tnon reconnu.");
    }

    [Fact]
    [Trait("Rule", "LIFE-07")]
    [Trait("Rule", "LIFE-11")]
    public void A_reason_ending_with_a_full_stop_does_not_end_the_history_line_with_two()
    {
        var dossier = Scenario.At(DossierStatus.UnderReview);

        dossier.DeclareNonCompliant(["a.\nb."], Scenario.Staff, DecidedAt);

        var line = dossier.DescribeHistory()[^1];
        line.Should().Be("Dossier déclaré non conforme : a. b.");
        line.Should().NotContain("\n").And.NotContain("..");
    }

    [Fact]
    [Trait("Rule", "LIFE-11")]
    public void A_reopening_reads_on_one_line_in_the_history()
    {
        var dossier = Scenario.At(DossierStatus.Complete);

        dossier.Reopen("Erreur matérielle.\n\nLa pièce figurait bien au dossier.", Scenario.Staff, DecidedAt);

        var line = dossier.DescribeHistory()[^1];
        line.Should().Be("Dossier rouvert pour instruction : Erreur matérielle. La pièce figurait bien au dossier.");
        dossier.History[^1].Should().BeOfType<Reopened>().Which.Reason.Should().Be("Erreur matérielle.\n\nLa pièce figurait bien au dossier.");
    }

    [Fact]
    [Trait("Rule", "LIFE-05")]
    [Trait("Rule", "LIFE-11")]
    public void A_regularisation_request_reads_on_one_line_in_the_history()
    {
        var dossier = Scenario.At(DossierStatus.UnderReview);
        var request = new RegularisationRequest(
        [
            new RegularisationItem(Scenario.IdentityDocument, "La copie est illisible.\r\nMerci de la numériser en couleur."),
            new RegularisationItem(Scenario.Diploma, "Le diplôme n'est pas signé.\n"),
        ]);

        dossier.RequestRegularisation(request, Scenario.Staff, DecidedAt);

        var lines = dossier.DescribeHistory();
        lines[^1].Should().Be(
            "Demande de régularisation : Pièce d'identité (La copie est illisible. Merci de la numériser en couleur) ; Diplôme ou titre (Le diplôme n'est pas signé).");
        lines.Should().OnlyContain(l => !l.Contains('\n') && !l.Contains('\r') && !l.Contains(".."));
    }
}

using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Dossiers.Events;
using Cdg.Inscription.Tests.Support;
using NodaTime;

namespace Cdg.Inscription.Tests.Dossiers;

/// <summary>
/// SPACE-01: documents are published in the candidate's space, a convocation only to a complete
/// dossier; SPACE-02: a password reset needs an e-mail address; SPACE-03: a change of address is
/// recorded at once and the history keeps the earlier one.
/// </summary>
public sealed class CandidateSpaceTests
{
    private static readonly Instant PublishedAt = Scenario.Paris(2023, 5, 25, 8, 30);

    [Fact]
    [Trait("Rule", "SPACE-01")]
    public void A_convocation_is_published_to_a_complete_dossier_with_its_publication_instant()
    {
        var dossier = Scenario.At(DossierStatus.Complete);

        dossier.PublishDocument(DocumentKind.Convocation, "Convocation à l'épreuve écrite", "docs/convocation-123.pdf", Scenario.Staff, PublishedAt);

        var published = dossier.Documents.Should().ContainSingle().Which;
        published.Kind.Should().Be(DocumentKind.Convocation);
        published.Title.Should().Be("Convocation à l'épreuve écrite");
        published.Reference.Should().Be("docs/convocation-123.pdf");
        published.PublishedAt.Should().Be(PublishedAt);
        dossier.Status.Should().Be(DossierStatus.Complete);
        dossier.History.Last().Should().BeOfType<DocumentPublished>().Which.Document.Should().Be(published);
    }

    [Theory]
    [Trait("Rule", "SPACE-01")]
    [InlineData(DossierStatus.AwaitingDossier, "EN ATTENTE DE VOTRE DOSSIER")]
    [InlineData(DossierStatus.UnderReview, "EN COURS D'INSTRUCTION")]
    [InlineData(DossierStatus.Incomplete, "DOSSIER INCOMPLET")]
    [InlineData(DossierStatus.NonCompliant, "DOSSIER NON CONFORME")]
    public void A_convocation_is_refused_to_a_dossier_that_is_not_complete(DossierStatus status, string label)
    {
        var dossier = Scenario.At(status);
        var before = dossier.ToSnapshot();

        var act = () => dossier.PublishDocument(DocumentKind.Convocation, "Convocation", "docs/convocation.pdf", Scenario.Staff, PublishedAt);

        var violation = act.Should().Throw<RuleViolationException>().Which.Violations.Should().ContainSingle().Which;
        violation.Code.Should().Be(RuleViolationCodes.ConvocationNeedsCompleteDossier);
        violation.RuleId.Should().Be("SPACE-01");
        violation.Message.Should().Contain("convocation ne peut être publiée").And.Contain("« DOSSIER COMPLET »").And.Contain($"« {label} »");
        dossier.Documents.Should().BeEmpty();
        dossier.ToSnapshot().Should().Be(before);
    }

    [Theory]
    [Trait("Rule", "SPACE-01")]
    [InlineData(DocumentKind.AccessMap, DossierStatus.UnderReview)]
    [InlineData(DocumentKind.AccessMap, DossierStatus.Complete)]
    [InlineData(DocumentKind.Transcript, DossierStatus.Complete)]
    [InlineData(DocumentKind.AttendanceCertificate, DossierStatus.Complete)]
    [InlineData(DocumentKind.Transcript, DossierStatus.NonCompliant)]
    public void Other_documents_are_published_with_their_publication_instant(DocumentKind kind, DossierStatus status)
    {
        var dossier = Scenario.At(status);

        dossier.PublishDocument(kind, "Document du centre de gestion", "docs/document.pdf", Scenario.Staff, PublishedAt);

        var published = dossier.Documents.Should().ContainSingle().Which;
        published.Kind.Should().Be(kind);
        published.PublishedAt.Should().Be(PublishedAt);
        dossier.Status.Should().Be(status);
    }

    [Fact]
    [Trait("Rule", "SPACE-01")]
    public void The_documents_are_listed_in_the_order_they_were_published_each_with_its_instant()
    {
        var dossier = Scenario.At(DossierStatus.Complete);
        var mapAt = Scenario.Paris(2023, 5, 20, 9);
        var convocationAt = Scenario.Paris(2023, 5, 25, 9);
        var transcriptAt = Scenario.Paris(2023, 7, 10, 9);

        dossier.PublishDocument(DocumentKind.AccessMap, "Plan d'accès au centre d'examen", "docs/plan.pdf", Scenario.Staff, mapAt);
        dossier.PublishDocument(DocumentKind.Convocation, "Convocation", "docs/convocation.pdf", Scenario.Staff, convocationAt);
        dossier.PublishDocument(DocumentKind.Transcript, "Relevé de notes", "docs/releve.pdf", Scenario.Staff, transcriptAt);

        dossier.Documents.Select(d => (d.Kind, d.PublishedAt)).Should().Equal(
            (DocumentKind.AccessMap, mapAt),
            (DocumentKind.Convocation, convocationAt),
            (DocumentKind.Transcript, transcriptAt));
    }

    [Fact]
    [Trait("Rule", "SPACE-01")]
    [Trait("Rule", "LIFE-10")]
    public void The_candidate_cannot_publish_a_document()
    {
        var dossier = Scenario.At(DossierStatus.Complete);

        var check = dossier.CheckPublishDocument(DocumentKind.AccessMap, "Plan d'accès", "docs/plan.pdf", Scenario.Candidate, PublishedAt);

        check.Violations.Should().ContainSingle().Which.Code.Should().Be(RuleViolationCodes.ActorNotAllowed);
        dossier.Documents.Should().BeEmpty();
    }

    [Fact]
    [Trait("Rule", "SPACE-02")]
    public void A_password_reset_is_allowed_with_an_email_address_on_file()
    {
        var dossier = Scenario.PreRegistered();
        dossier.Candidate.Email.Should().NotBeNull();

        var check = dossier.CheckPasswordReset();

        check.IsAllowed.Should().BeTrue();
        check.Violations.Should().BeEmpty();
    }

    [Fact]
    [Trait("Rule", "SPACE-02")]
    public void A_password_reset_is_refused_in_French_without_an_email_address()
    {
        var withoutEmail = Scenario.NewCandidate().WithEmail(null);
        var dossier = Dossier.PreRegister(Scenario.Session(), DossierNumber.Parse("2023-RED-000124"), withoutEmail, Scenario.Candidate, Scenario.Paris(2023, 4, 1));

        var check = dossier.CheckPasswordReset();

        check.IsAllowed.Should().BeFalse();
        var violation = check.Violations.Should().ContainSingle().Which;
        violation.Code.Should().Be(RuleViolationCodes.PasswordResetNeedsEmail);
        violation.RuleId.Should().Be("SPACE-02");
        violation.Message.Should().Contain("réinitialisation du mot de passe").And.Contain("aucune adresse électronique");
        var act = () => check.ThrowIfRefused();
        act.Should().Throw<RuleViolationException>().Which.Has(RuleViolationCodes.PasswordResetNeedsEmail).Should().BeTrue();
    }

    [Fact]
    [Trait("Rule", "SPACE-02")]
    public void A_new_email_address_is_shown_in_the_history()
    {
        var dossier = Scenario.PreRegistered();

        dossier.ChangeEmail(EmailAddress.Parse("claire.martin@exemple.org"), Scenario.Candidate, Scenario.Paris(2023, 4, 10));

        dossier.DescribeHistory().Last().Should().EndWith("Adresse électronique enregistrée : claire.martin@exemple.org.");
        dossier.Candidate.ToString().Should().Be("Claire Martin");
    }

    [Fact]
    [Trait("Rule", "SPACE-02")]
    public void Removing_the_email_address_makes_a_password_reset_impossible()
    {
        var dossier = Scenario.PreRegistered();
        var at = Scenario.Paris(2023, 4, 10);

        dossier.ChangeEmail(null, Scenario.Candidate, at);

        dossier.Candidate.Email.Should().BeNull();
        dossier.CheckPasswordReset().Violations.Should().ContainSingle().Which.Code.Should().Be(RuleViolationCodes.PasswordResetNeedsEmail);
        var changed = dossier.History.Last().Should().BeOfType<EmailChanged>().Which;
        changed.Email.Should().BeNull();
        changed.At.Should().Be(at);
        dossier.DescribeHistory().Last().Should().Contain("Adresse électronique supprimée");
    }

    [Fact]
    [Trait("Rule", "SPACE-02")]
    public void Adding_an_email_address_makes_a_password_reset_possible_again()
    {
        var dossier = Scenario.PreRegistered();
        dossier.ChangeEmail(null, Scenario.Candidate, Scenario.Paris(2023, 4, 10));
        var email = EmailAddress.Parse("c.martin@example.org");

        dossier.ChangeEmail(email, Scenario.Staff, Scenario.Paris(2023, 4, 11));

        dossier.Candidate.Email.Should().Be(email);
        dossier.CheckPasswordReset().IsAllowed.Should().BeTrue();
    }

    [Fact]
    [Trait("Rule", "SPACE-03")]
    public void A_change_of_address_updates_the_candidate_at_once()
    {
        var dossier = Scenario.At(DossierStatus.UnderReview);

        dossier.ChangeAddress(Scenario.OtherAddress, Scenario.Candidate, Scenario.Paris(2023, 5, 4));

        dossier.Candidate.Address.Should().Be(Scenario.OtherAddress);
        dossier.Candidate.FamilyName.Should().Be("Martin");
        dossier.Status.Should().Be(DossierStatus.UnderReview);
    }

    [Fact]
    [Trait("Rule", "SPACE-03")]
    [Trait("Rule", "LIFE-11")]
    public void The_history_keeps_the_earlier_address_and_the_new_one()
    {
        var dossier = Scenario.At(DossierStatus.UnderReview);
        var at = Scenario.Paris(2023, 5, 4);

        dossier.ChangeAddress(Scenario.OtherAddress, Scenario.Candidate, at);

        var changed = dossier.History.Last().Should().BeOfType<AddressChanged>().Which;
        changed.Previous.Should().Be(Scenario.Address);
        changed.Address.Should().Be(Scenario.OtherAddress);
        changed.At.Should().Be(at);
        dossier.History.OfType<PreRegistered>().Single().Candidate.Address.Should().Be(Scenario.Address);
        dossier.DescribeHistory().Last().Should().Contain("12 rue de la Paix, 53000 Laval").And.Contain("3 place de la Mairie, 97400 Saint-Denis");
    }

    [Fact]
    [Trait("Rule", "SPACE-03")]
    public void Each_change_of_address_keeps_the_address_it_replaced()
    {
        var dossier = Scenario.PreRegistered();
        var third = new PostalAddress("8 avenue de Verdun", "44000", "Nantes");

        dossier.ChangeAddress(Scenario.OtherAddress, Scenario.Candidate, Scenario.Paris(2023, 4, 5));
        dossier.ChangeAddress(third, Scenario.Staff, Scenario.Paris(2023, 4, 6));

        dossier.History.OfType<AddressChanged>().Select(e => (e.Previous, e.Address)).Should().Equal(
            (Scenario.Address, Scenario.OtherAddress),
            (Scenario.OtherAddress, third));
        dossier.Candidate.Address.Should().Be(third);
    }

    [Fact]
    [Trait("Rule", "SPACE-03")]
    public void The_address_of_a_cancelled_registration_is_still_recorded_as_soon_as_it_is_reported()
    {
        var dossier = Scenario.At(DossierStatus.Cancelled);

        dossier.ChangeAddress(Scenario.OtherAddress, Scenario.Candidate, Scenario.Paris(2023, 5, 4));

        dossier.Candidate.Address.Should().Be(Scenario.OtherAddress);
        dossier.Status.Should().Be(DossierStatus.Cancelled);
    }
}

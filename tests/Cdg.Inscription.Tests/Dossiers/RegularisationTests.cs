using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Dossiers.Events;
using Cdg.Inscription.Pieces;
using Cdg.Inscription.Tests.Support;
using NodaTime;

namespace Cdg.Inscription.Tests.Dossiers;

/// <summary>
/// LIFE-05: DOSSIER INCOMPLET always comes with a request that names each complement; LIFE-06: the
/// candidate supplies them, then the dossier is under instruction again.
/// </summary>
public sealed class RegularisationTests
{
    private static readonly Instant RequestedAt = Scenario.Paris(2023, 5, 2);

    [Fact]
    [Trait("Rule", "LIFE-05")]
    public void A_request_that_names_each_complement_makes_the_dossier_incomplete_and_is_kept()
    {
        var dossier = Scenario.At(DossierStatus.UnderReview);
        var request = Scenario.Regularisation();

        dossier.RequestRegularisation(request, Scenario.Staff, RequestedAt);

        dossier.Status.Should().Be(DossierStatus.Incomplete);
        DossierStatusLabels.Label(dossier.Status).Should().Be("DOSSIER INCOMPLET");
        dossier.Regularisation.Should().Be(request);
        dossier.Regularisation!.Items.Should().ContainSingle().Which.Piece.Should().Be(Scenario.IdentityDocument);
        dossier.Regularisation.DueDate.Should().Be(new LocalDate(2023, 5, 15));
        dossier.RegularisationRequestedAt.Should().Be(RequestedAt);
    }

    [Fact]
    [Trait("Rule", "LIFE-05")]
    [Trait("Rule", "LIFE-11")]
    public void A_request_is_recorded_in_the_history_with_the_pieces_and_what_is_wrong()
    {
        var dossier = Scenario.At(DossierStatus.UnderReview);

        dossier.RequestRegularisation(Scenario.Regularisation(), Scenario.Staff, RequestedAt);

        var requested = dossier.History.Last().Should().BeOfType<RegularisationRequested>().Which;
        requested.Request.Should().Be(Scenario.Regularisation());
        requested.Actor.Should().Be(Scenario.Staff);
        requested.Status.Should().Be(DossierStatus.Incomplete);
        dossier.DescribeHistory().Last().Should().Contain("Pièce d'identité").And.Contain("La copie est illisible");
    }

    [Fact]
    [Trait("Rule", "LIFE-05")]
    public void A_request_that_names_nothing_is_refused()
    {
        var dossier = Scenario.At(DossierStatus.UnderReview);
        var before = dossier.ToSnapshot();

        var act = () => dossier.RequestRegularisation(new RegularisationRequest([]), Scenario.Staff, RequestedAt);

        var violation = act.Should().Throw<RuleViolationException>().Which.Violations.Should().ContainSingle().Which;
        violation.Code.Should().Be(RuleViolationCodes.RegularisationEmpty);
        violation.RuleId.Should().Be("LIFE-05");
        violation.Message.Should().Contain("au moins une pièce à fournir");
        dossier.Status.Should().Be(DossierStatus.UnderReview);
        dossier.Regularisation.Should().BeNull();
        dossier.ToSnapshot().Should().Be(before);
    }

    [Theory]
    [Trait("Rule", "LIFE-05")]
    [InlineData("")]
    [InlineData("   ")]
    public void A_request_item_without_a_reason_is_refused(string reason)
    {
        var dossier = Scenario.At(DossierStatus.UnderReview);
        var request = new RegularisationRequest([new RegularisationItem(Scenario.Diploma, reason)]);

        var act = () => dossier.RequestRegularisation(request, Scenario.Staff, RequestedAt);

        var violation = act.Should().Throw<RuleViolationException>().Which.Violations.Should().ContainSingle().Which;
        violation.Code.Should().Be(RuleViolationCodes.RegularisationReasonMissing);
        violation.RuleId.Should().Be("LIFE-05");
        violation.Message.Should().Be("Précisez ce qui doit être corrigé pour la pièce « Diplôme ou titre ».");
        dossier.Status.Should().Be(DossierStatus.UnderReview);
    }

    [Fact]
    [Trait("Rule", "LIFE-05")]
    [Trait("Rule", "PIECE-01")]
    public void A_request_for_a_piece_that_the_session_does_not_ask_for_is_refused()
    {
        var dossier = Scenario.At(DossierStatus.UnderReview);
        var request = new RegularisationRequest([new RegularisationItem(Scenario.NotRequested, "Pièce à fournir.")]);

        var act = () => dossier.RequestRegularisation(request, Scenario.Staff, RequestedAt);

        var violation = act.Should().Throw<RuleViolationException>().Which.Violations.Should().ContainSingle().Which;
        violation.Code.Should().Be(RuleViolationCodes.PieceNotRequested);
        violation.RuleId.Should().Be("PIECE-01");
        violation.Message.Should().Be("Cette pièce n'est pas demandée pour ce concours.");
        dossier.Status.Should().Be(DossierStatus.UnderReview);
    }

    [Fact]
    [Trait("Rule", "LIFE-05")]
    [Trait("Rule", "PIECE-01")]
    public void A_request_without_a_reason_for_a_piece_unknown_to_the_session_never_names_the_piece_by_its_code()
    {
        var dossier = Scenario.At(DossierStatus.UnderReview);
        var request = new RegularisationRequest(
        [
            new RegularisationItem(Scenario.NotRequested, " "),
            new RegularisationItem(StandardPieces.MedicalCertificate.Code, " "),
        ]);

        var check = dossier.CheckRequestRegularisation(request, Scenario.Staff, RequestedAt);

        check.Violations.Select(v => v.Message).Should().Equal(
            "Cette pièce n'est pas demandée pour ce concours.",
            "Précisez ce qui doit être corrigé pour la pièce demandée.",
            "La pièce « Certificat d'un médecin agréé précisant les aménagements d'épreuves » n'est pas demandée pour ce concours.",
            "Précisez ce qui doit être corrigé pour la pièce « Certificat d'un médecin agréé précisant les aménagements d'épreuves ».");
    }

    [Fact]
    [Trait("Rule", "LIFE-05")]
    public void A_request_due_before_the_day_it_is_made_is_refused()
    {
        var dossier = Scenario.At(DossierStatus.UnderReview);
        var request = new RegularisationRequest([new RegularisationItem(Scenario.IdentityDocument, "La copie est illisible.")], new LocalDate(2023, 5, 1));

        var act = () => dossier.RequestRegularisation(request, Scenario.Staff, RequestedAt);

        var violation = act.Should().Throw<RuleViolationException>().Which.Violations.Should().ContainSingle().Which;
        violation.Code.Should().Be(RuleViolationCodes.RegularisationDueDateInPast);
        violation.RuleId.Should().Be("LIFE-05");
        violation.Message.Should().Contain("1er mai 2023").And.Contain("déjà passée");
        dossier.Status.Should().Be(DossierStatus.UnderReview);
    }

    [Fact]
    [Trait("Rule", "LIFE-05")]
    public void A_request_due_on_the_day_it_is_made_is_accepted()
    {
        var dossier = Scenario.At(DossierStatus.UnderReview);
        var request = new RegularisationRequest([new RegularisationItem(Scenario.IdentityDocument, "La copie est illisible.")], new LocalDate(2023, 5, 2));

        dossier.RequestRegularisation(request, Scenario.Staff, Scenario.Paris(2023, 5, 2, 23, 59));

        dossier.Status.Should().Be(DossierStatus.Incomplete);
    }

    [Fact]
    [Trait("Rule", "LIFE-05")]
    [Trait("Rule", "LIFE-10")]
    public void The_candidate_cannot_ask_for_regularisation()
    {
        var dossier = Scenario.At(DossierStatus.UnderReview);

        var act = () => dossier.RequestRegularisation(Scenario.Regularisation(), Scenario.Candidate, RequestedAt);

        var violation = act.Should().Throw<RuleViolationException>().Which.Violations.Should().ContainSingle().Which;
        violation.Code.Should().Be(RuleViolationCodes.ActorNotAllowed);
        violation.RuleId.Should().Be("LIFE-10");
        violation.Message.Should().Contain("demander une régularisation");
        dossier.Status.Should().Be(DossierStatus.UnderReview);
    }

    [Fact]
    [Trait("Rule", "LIFE-06")]
    public void While_incomplete_the_named_piece_can_get_a_new_file()
    {
        var dossier = Scenario.At(DossierStatus.Incomplete);
        var corrected = Scenario.Pdf("identite-lisible.pdf");

        dossier.AddFile(Scenario.IdentityDocument, corrected, Scenario.Candidate, Scenario.Paris(2023, 5, 10));

        dossier.FilesOf(Scenario.IdentityDocument).Select(f => f.File).Should().Contain(corrected.Record);
        dossier.Status.Should().Be(DossierStatus.Incomplete);
    }

    [Fact]
    [Trait("Rule", "LIFE-06")]
    [Trait("Rule", "PIECE-03")]
    public void While_incomplete_the_deferrable_piece_can_still_get_a_file()
    {
        var dossier = Scenario.At(DossierStatus.Incomplete);

        dossier.AddFile(Scenario.ServiceRecord, Scenario.Pdf("etat-des-services.pdf"), Scenario.Candidate, Scenario.Paris(2023, 5, 10));

        dossier.FilesOf(Scenario.ServiceRecord).Should().ContainSingle();
    }

    [Fact]
    [Trait("Rule", "LIFE-06")]
    public void While_incomplete_a_piece_that_the_request_does_not_name_cannot_get_a_file()
    {
        var dossier = Scenario.At(DossierStatus.Incomplete);
        var before = dossier.ToSnapshot();

        var act = () => dossier.AddFile(Scenario.Diploma, Scenario.Pdf(), Scenario.Candidate, Scenario.Paris(2023, 5, 10));

        var violation = act.Should().Throw<RuleViolationException>().Which.Violations.Should().ContainSingle().Which;
        violation.Code.Should().Be(RuleViolationCodes.PieceNotInRegularisation);
        violation.RuleId.Should().Be("LIFE-06");
        violation.Message.Should().Contain("« Diplôme ou titre »").And.Contain("demande de régularisation");
        dossier.ToSnapshot().Should().Be(before);
    }

    [Fact]
    [Trait("Rule", "LIFE-06")]
    public void Complements_are_refused_until_the_named_piece_has_a_file_received_since_the_request()
    {
        var dossier = Scenario.At(DossierStatus.Incomplete);
        dossier.FilesOf(Scenario.IdentityDocument).Should().NotBeEmpty("the illegible copy sent before the request is still there");
        var before = dossier.ToSnapshot();

        var act = () => dossier.SupplyComplements(Scenario.Candidate, Scenario.Paris(2023, 5, 10));

        var violation = act.Should().Throw<RuleViolationException>().Which.Violations.Should().ContainSingle().Which;
        violation.Code.Should().Be(RuleViolationCodes.ComplementsMissing);
        violation.RuleId.Should().Be("LIFE-06");
        violation.Message.Should().Contain("compléments demandés ne sont pas tous fournis").And.Contain("« Pièce d'identité »");
        dossier.Status.Should().Be(DossierStatus.Incomplete);
        dossier.ToSnapshot().Should().Be(before);
    }

    [Fact]
    [Trait("Rule", "LIFE-06")]
    public void Complements_name_only_the_pieces_still_missing()
    {
        var dossier = Scenario.At(DossierStatus.UnderReview);
        dossier.RequestRegularisation(
            new RegularisationRequest(
                [
                    new RegularisationItem(Scenario.IdentityDocument, "La copie est illisible."),
                    new RegularisationItem(Scenario.Diploma, "Le diplôme n'est pas signé."),
                ],
                new LocalDate(2023, 5, 15)),
            Scenario.Staff,
            RequestedAt);
        dossier.AddFile(Scenario.IdentityDocument, Scenario.Pdf("identite-lisible.pdf"), Scenario.Candidate, Scenario.Paris(2023, 5, 10));

        var check = dossier.CheckSupplyComplements(Scenario.Candidate, Scenario.Paris(2023, 5, 10, 13));

        check.Violations.Should().ContainSingle().Which.Message.Should()
            .Contain("« Diplôme ou titre »").And.NotContain("Pièce d'identité");
    }

    [Fact]
    [Trait("Rule", "LIFE-06")]
    public void Supplied_complements_put_the_dossier_back_under_review_and_clear_the_request()
    {
        var dossier = Scenario.At(DossierStatus.Incomplete);
        dossier.AddFile(Scenario.IdentityDocument, Scenario.Pdf("identite-lisible.pdf"), Scenario.Candidate, Scenario.Paris(2023, 5, 10));
        var at = Scenario.Paris(2023, 5, 10, 12, 5);

        dossier.SupplyComplements(Scenario.Candidate, at);

        dossier.Status.Should().Be(DossierStatus.UnderReview);
        dossier.Regularisation.Should().BeNull();
        dossier.RegularisationRequestedAt.Should().BeNull();
        var supplied = dossier.History.Last().Should().BeOfType<ComplementsSupplied>().Which;
        supplied.At.Should().Be(at);
        supplied.Actor.Should().Be(Scenario.Candidate);
    }

    [Fact]
    [Trait("Rule", "LIFE-06")]
    public void Complements_supplied_on_the_last_tick_of_the_due_date_are_accepted()
    {
        var dossier = Scenario.At(DossierStatus.Incomplete);
        dossier.AddFile(Scenario.IdentityDocument, Scenario.Pdf("identite-lisible.pdf"), Scenario.Candidate, Scenario.Paris(2023, 5, 15, 23));

        dossier.SupplyComplements(Scenario.Candidate, Scenario.Paris(2023, 5, 15, 23, 59, 59, 999));

        dossier.Status.Should().Be(DossierStatus.UnderReview);
    }

    [Fact]
    [Trait("Rule", "LIFE-06")]
    public void Complements_supplied_after_the_due_date_of_the_request_are_refused()
    {
        var dossier = Scenario.At(DossierStatus.Incomplete);
        dossier.AddFile(Scenario.IdentityDocument, Scenario.Pdf("identite-lisible.pdf"), Scenario.Candidate, Scenario.Paris(2023, 5, 10));
        var before = dossier.ToSnapshot();

        var act = () => dossier.SupplyComplements(Scenario.Candidate, Scenario.Paris(2023, 5, 16, 0, 0));

        var violation = act.Should().Throw<RuleViolationException>().Which.Violations.Should().ContainSingle().Which;
        violation.Code.Should().Be(RuleViolationCodes.RegularisationDueDatePassed);
        violation.RuleId.Should().Be("LIFE-06");
        violation.Message.Should().Contain("les compléments devaient être transmis au plus tard le 15 mai 2023 avant minuit (heure métropolitaine)");
        dossier.Status.Should().Be(DossierStatus.Incomplete);
        dossier.ToSnapshot().Should().Be(before);
    }

    [Fact]
    [Trait("Rule", "LIFE-06")]
    public void The_named_piece_cannot_get_a_file_after_the_due_date_of_the_request()
    {
        var dossier = Scenario.At(DossierStatus.Incomplete);

        var check = dossier.CheckAddFile(Scenario.IdentityDocument, Scenario.Pdf(), Scenario.Candidate, Scenario.Paris(2023, 5, 16, 0, 0));

        check.Violations.Should().ContainSingle().Which.Code.Should().Be(RuleViolationCodes.RegularisationDueDatePassed);
    }

    [Theory]
    [Trait("Rule", "LIFE-05")]
    [InlineData("\u202E")]
    [InlineData("La copie\u0000 est illisible")]
    public void A_reason_with_forbidden_characters_is_refused_as_such_not_as_missing(string reason)
    {
        var dossier = Scenario.At(DossierStatus.UnderReview);
        var request = new RegularisationRequest([new RegularisationItem(Scenario.Diploma, reason)]);

        var violation = dossier.CheckRequestRegularisation(request, Scenario.Staff, RequestedAt).Violations.Should().ContainSingle().Which;

        violation.Code.Should().Be(RuleViolationCodes.TextNotPrintable);
        violation.RuleId.Should().Be("LIFE-05");
        violation.Message.Should().Contain("caractères non autorisés");
    }

    [Fact]
    [Trait("Rule", "LIFE-06")]
    [Trait("Rule", "LIFE-10")]
    public void Staff_record_complements_received_by_post_without_files_online()
    {
        var dossier = Scenario.At(DossierStatus.Incomplete);

        dossier.SupplyComplements(Scenario.Staff, Scenario.Paris(2023, 5, 10, 13));

        dossier.Status.Should().Be(DossierStatus.UnderReview);
        dossier.Regularisation.Should().BeNull();
        dossier.History[^1].Actor.Should().Be(Scenario.Staff);
    }

    [Fact]
    [Trait("Rule", "LIFE-06")]
    public void Staff_cannot_record_complements_after_the_due_date_of_the_request()
    {
        var dossier = Scenario.At(DossierStatus.Incomplete);

        var check = dossier.CheckSupplyComplements(Scenario.Staff, Scenario.Paris(2023, 5, 16));

        check.Violations.Should().ContainSingle().Which.Code.Should().Be(RuleViolationCodes.RegularisationDueDatePassed);
    }
}

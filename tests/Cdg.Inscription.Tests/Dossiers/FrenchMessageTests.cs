using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Tests.Support;
using NodaTime;

namespace Cdg.Inscription.Tests.Dossiers;

/// <summary>
/// The French that candidates and staff read in refusals and in the history: lists of pieces
/// joined as French joins them ("« A », « B » et « C »"), "de" elided before a vowel, and a history
/// line that says who recorded the complements.
/// </summary>
public sealed class FrenchMessageTests
{
    private const string RegistrationFormLabel = "Dossier d'inscription daté et signé";
    private const string IdentityDocumentLabel = "Pièce d'identité";
    private const string DiplomaLabel = "Diplôme ou titre";

    private static readonly Instant FilesAt = Scenario.Paris(2023, 4, 20);
    private static readonly Instant RequestedAt = Scenario.Paris(2023, 5, 2);
    private static readonly Instant SuppliedAt = Scenario.Paris(2023, 5, 10);

    /// <summary>Commands refused for the status alone, with the action the refusal names.</summary>
    private static readonly Dictionary<string, (DossierStatus Status, Func<Dossier, Instant, CommandCheck> Check)> Refusals = new(StringComparer.Ordinal)
    {
        ["ajouter un fichier"] = (DossierStatus.Complete, (d, at) => d.CheckAddFile(Scenario.Cv, Scenario.Pdf("cv.pdf"), Actor.Candidate, at)),
        ["supprimer un fichier"] = (DossierStatus.Complete, (d, at) => d.CheckRemoveFile(d.Files[0].File.Id, Actor.Candidate, at)),
        ["enregistrer un dossier reçu par courrier"] = (DossierStatus.UnderReview, (d, at) => d.CheckReceivePostalDossier(Scenario.ClosingDate, Scenario.Staff, at)),
        ["clôturer l'inscription"] = (DossierStatus.Complete, (d, at) => d.CheckClose(Actor.Candidate, at)),
        ["demander une régularisation"] = (DossierStatus.AwaitingDossier, (d, at) => d.CheckRequestRegularisation(Scenario.Regularisation(), Scenario.Staff, at)),
        ["transmettre les compléments demandés"] = (DossierStatus.UnderReview, (d, at) => d.CheckSupplyComplements(Actor.Candidate, at)),
        ["déclarer le dossier complet"] = (DossierStatus.NonCompliant, (d, at) => d.CheckDeclareComplete(Scenario.Staff, at)),
        ["rouvrir le dossier"] = (DossierStatus.UnderReview, (d, at) => d.CheckReopen("Erreur matérielle.", Scenario.Staff, at)),
    };

    public static TheoryData<string, string> RefusedActions => new()
    {
        { "ajouter un fichier", "Il n'est pas possible d'ajouter un fichier lorsque le dossier est au statut « DOSSIER COMPLET »." },
        { "enregistrer un dossier reçu par courrier", "Il n'est pas possible d'enregistrer un dossier reçu par courrier lorsque le dossier est au statut « EN COURS D'INSTRUCTION »." },
        { "supprimer un fichier", "Il n'est pas possible de supprimer un fichier lorsque le dossier est au statut « DOSSIER COMPLET »." },
        { "clôturer l'inscription", "Il n'est pas possible de clôturer l'inscription lorsque le dossier est au statut « DOSSIER COMPLET »." },
        { "demander une régularisation", "Il n'est pas possible de demander une régularisation lorsque le dossier est au statut « EN ATTENTE DE VOTRE DOSSIER »." },
        { "transmettre les compléments demandés", "Il n'est pas possible de transmettre les compléments demandés lorsque le dossier est au statut « EN COURS D'INSTRUCTION »." },
        { "déclarer le dossier complet", "Il n'est pas possible de déclarer le dossier complet lorsque le dossier est au statut « DOSSIER NON CONFORME »." },
        { "rouvrir le dossier", "Il n'est pas possible de rouvrir le dossier lorsque le dossier est au statut « EN COURS D'INSTRUCTION »." },
    };

    [Fact]
    [Trait("Rule", "PIECE-05")]
    public void A_closure_refused_for_three_missing_pieces_lists_them_joined_by_commas_and_et()
    {
        var dossier = Scenario.PreRegistered();

        var violation = dossier.CheckClose(Actor.Candidate, FilesAt).Violations.Should().ContainSingle().Which;

        violation.Code.Should().Be(RuleViolationCodes.ClosurePiecesMissing);
        violation.Message.Should().Be(
            $"Votre inscription ne peut pas encore être clôturée : ajoutez d'abord les pièces « {RegistrationFormLabel} », « {IdentityDocumentLabel} » et « {DiplomaLabel} ».");
    }

    [Fact]
    [Trait("Rule", "PIECE-05")]
    public void A_closure_refused_for_two_missing_pieces_joins_them_with_et()
    {
        var dossier = Scenario.PreRegistered();
        dossier.AddFile(Scenario.RegistrationForm, Scenario.Pdf("formulaire.pdf"), Actor.Candidate, FilesAt);

        var violation = dossier.CheckClose(Actor.Candidate, FilesAt).Violations.Should().ContainSingle().Which;

        violation.Message.Should().Be(
            $"Votre inscription ne peut pas encore être clôturée : ajoutez d'abord les pièces « {IdentityDocumentLabel} » et « {DiplomaLabel} ».");
    }

    [Fact]
    [Trait("Rule", "LIFE-06")]
    public void Complements_missing_for_three_pieces_are_listed_joined_by_commas_and_et()
    {
        var dossier = Scenario.At(DossierStatus.UnderReview);
        dossier.RequestRegularisation(
            new RegularisationRequest(
            [
                new RegularisationItem(Scenario.RegistrationForm, "Le formulaire n'est pas signé."),
                new RegularisationItem(Scenario.IdentityDocument, "La copie est illisible."),
                new RegularisationItem(Scenario.Diploma, "Le diplôme est incomplet."),
            ]),
            Scenario.Staff,
            RequestedAt);

        var violation = dossier.CheckSupplyComplements(Actor.Candidate, SuppliedAt).Violations.Should().ContainSingle().Which;

        violation.Code.Should().Be(RuleViolationCodes.ComplementsMissing);
        violation.Message.Should().Be(
            "Les compléments demandés ne sont pas tous fournis : ajoutez un nouveau fichier pour "
            + $"les pièces « {RegistrationFormLabel} », « {IdentityDocumentLabel} » et « {DiplomaLabel} ».");
    }

    [Theory]
    [MemberData(nameof(RefusedActions))]
    public void A_status_refusal_elides_de_before_a_vowel_and_keeps_it_before_a_consonant(string action, string expected)
    {
        var (status, check) = Refusals[action];
        var dossier = Scenario.At(status);

        var violation = check(dossier, Scenario.Paris(2023, 5, 3)).Violations.Should().ContainSingle().Which;

        violation.Code.Should().Be(RuleViolationCodes.StatusNotAllowed);
        violation.Message.Should().Be(expected);
    }

    [Fact]
    [Trait("Rule", "PIECE-02")]
    public void Adding_a_file_to_a_complete_dossier_is_refused_with_d_ajouter()
    {
        var dossier = Scenario.At(DossierStatus.Complete);

        var act = () => dossier.AddFile(Scenario.Cv, Scenario.Pdf("cv.pdf"), Actor.Candidate, Scenario.Paris(2023, 5, 3));

        act.Should().Throw<RuleViolationException>()
            .Which.Message.Should().Be("Il n'est pas possible d'ajouter un fichier lorsque le dossier est au statut « DOSSIER COMPLET ».");
    }

    [Fact]
    [Trait("Rule", "LIFE-06")]
    [Trait("Rule", "LIFE-11")]
    public void The_history_says_that_staff_recorded_complements_received_by_post()
    {
        var dossier = Scenario.At(DossierStatus.Incomplete);

        dossier.SupplyComplements(Scenario.Staff, SuppliedAt);

        dossier.DescribeHistory()[^1].Should().Be(
            "Compléments reçus par courrier et enregistrés par le centre de gestion ; le dossier est de nouveau en cours d'instruction.");
    }

    [Fact]
    [Trait("Rule", "LIFE-06")]
    [Trait("Rule", "LIFE-11")]
    public void The_history_says_that_the_candidate_sent_the_complements_online()
    {
        var dossier = Scenario.At(DossierStatus.Incomplete);
        dossier.AddFile(Scenario.IdentityDocument, Scenario.Pdf("identite-lisible.pdf"), Actor.Candidate, SuppliedAt);

        dossier.SupplyComplements(Actor.Candidate, SuppliedAt);

        dossier.DescribeHistory()[^1].Should().Be(
            "Compléments transmis par le candidat ; le dossier est de nouveau en cours d'instruction.");
    }
}

using System.Net;
using Cdg.Inscription.Web.Tests.Support;
using NodaTime;

namespace Cdg.Inscription.Web.Tests;

/// <summary>The staff pages: the decisions on one dossier, the postal dossier, the cancellation, the bulk convocation.</summary>
public sealed class BackOfficeTests
{
    private const string IllegibleScan = "La copie de la pièce d'identité est illisible : envoyez un scan en couleur.";

    [Fact]
    [Trait("Rule", "LIFE-05")]
    [Trait("Rule", "LIFE-11")]
    public async Task A_regularisation_naming_a_piece_with_its_reason_shows_the_candidate_dossier_incomplet_and_the_reason()
    {
        using var factory = new PortalFactory();
        using var candidate = factory.NewClient();
        var number = await ClosedAsync(candidate);
        using var staff = await factory.StaffAsync();

        var (_, page) = await staff.PostAsync(
            Page(number),
            Page(number) + "?handler=Regularise",
            ("pieces", "identity-document"),
            ("reason-identity-document", IllegibleScan),
            ("dueDate", "2026-05-04"));

        PortalSteps.TextOf(page, "status-label").Should().Be("DOSSIER INCOMPLET");
        PortalSteps.TextOf(page, "history").Should().Contain("La copie de la pièce d'identité est illisible");
        var (_, dossier) = await candidate.GetAsync("/Dossier");
        PortalSteps.TextOf(dossier, "status-label").Should().Be("DOSSIER INCOMPLET");
        PortalSteps.TextOf(dossier, "regularisation").Should().Be("Pièce d'identité : " + IllegibleScan);
        dossier.Should().Contain("À fournir au plus tard le");
    }

    [Fact]
    [Trait("Rule", "LIFE-05")]
    public async Task A_regularisation_that_names_no_piece_is_refused_and_the_dossier_stays_under_review()
    {
        using var factory = new PortalFactory();
        using var candidate = factory.NewClient();
        var number = await ClosedAsync(candidate);
        using var staff = await factory.StaffAsync();
        var events = await factory.Store().CountEventsAsync(TestContext.Current.CancellationToken);

        var (response, page) = await staff.PostAsync(Page(number), Page(number) + "?handler=Regularise", ("reason-identity-document", IllegibleScan));

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        page.Should().Contain("id=\"error-summary\"");
        PortalSteps.TextOf(page, "status-label").Should().Be("EN COURS D'INSTRUCTION");
        (await factory.Store().CountEventsAsync(TestContext.Current.CancellationToken)).Should().Be(events);
    }

    [Fact]
    [Trait("Rule", "LIFE-07")]
    public async Task A_dossier_declared_non_conforme_shows_the_candidate_the_status_and_keeps_each_reason_in_the_history()
    {
        using var factory = new PortalFactory();
        using var candidate = factory.NewClient();
        var number = await ClosedAsync(candidate);
        using var staff = await factory.StaffAsync();

        var (_, page) = await staff.PostAsync(
            Page(number),
            Page(number) + "?handler=NonCompliant",
            ("reasons", "Le grade détenu ne permet pas de se présenter à l'examen.\nLa condition d'ancienneté n'est pas remplie."));

        PortalSteps.TextOf(page, "status-label").Should().Be("DOSSIER NON CONFORME");
        var history = PortalSteps.TextOf(page, "history");
        history.Should().Contain("Le grade détenu ne permet pas de se présenter à l'examen").And.Contain("La condition d'ancienneté n'est pas remplie");
        var (_, dossier) = await candidate.GetAsync("/Dossier");
        PortalSteps.TextOf(dossier, "status-label").Should().Be("DOSSIER NON CONFORME");
    }

    [Fact]
    [Trait("Rule", "LIFE-07")]
    public async Task A_non_conforme_decision_without_a_reason_is_refused()
    {
        using var factory = new PortalFactory();
        using var candidate = factory.NewClient();
        var number = await ClosedAsync(candidate);
        using var staff = await factory.StaffAsync();

        var (response, page) = await staff.PostAsync(Page(number), Page(number) + "?handler=NonCompliant", ("reasons", "  \n "));

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        page.Should().Contain("id=\"error-summary\"");
        PortalSteps.TextOf(page, "status-label").Should().Be("EN COURS D'INSTRUCTION");
    }

    [Fact]
    [Trait("Rule", "LIFE-11")]
    public async Task A_non_conforme_decision_reopened_with_a_reason_goes_back_under_review_and_the_history_keeps_why()
    {
        using var factory = new PortalFactory();
        using var candidate = factory.NewClient();
        var number = await ClosedAsync(candidate);
        using var staff = await factory.StaffAsync();
        await staff.PostAsync(Page(number), Page(number) + "?handler=NonCompliant", ("reasons", "La condition d'ancienneté n'est pas remplie."));

        var (_, page) = await staff.PostAsync(Page(number), Page(number) + "?handler=Reopen", ("reason", "Erreur de saisie de la date de titularisation."));

        page.Should().Contain("Le dossier est rouvert.");
        PortalSteps.TextOf(page, "status-label").Should().Be("EN COURS D'INSTRUCTION");
        PortalSteps.TextOf(page, "history").Should().Contain("Erreur de saisie de la date de titularisation");
        var (_, dossier) = await candidate.GetAsync("/Dossier");
        PortalSteps.TextOf(dossier, "status-label").Should().Be("EN COURS D'INSTRUCTION");
    }

    [Theory]
    [Trait("Rule", "DEAD-04")]
    [Trait("Rule", "LIFE-02")]
    [InlineData("2026-04-20", true)]
    [InlineData("2026-04-21", false)]
    public async Task A_postal_dossier_postmarked_on_the_closing_date_is_in_time_and_the_day_after_is_refused(string postmark, bool inTime)
    {
        using var factory = new PortalFactory();
        using var candidate = factory.NewClient();
        var number = await candidate.PreRegisterAsync();
        using var staff = await factory.StaffAsync();
        factory.Clock.Reset(Instant.FromUtc(2026, 4, 23, 9, 0));

        var (response, page) = await staff.PostAsync(Page(number), Page(number) + "?handler=Postal", ("postmark", postmark));

        if (inTime)
        {
            page.Should().Contain("Le dossier reçu par courrier est enregistré.");
            PortalSteps.TextOf(page, "status-label").Should().Be("EN COURS D'INSTRUCTION");
            var (_, dossier) = await candidate.GetAsync("/Dossier");
            PortalSteps.TextOf(dossier, "status-label").Should().Be("EN COURS D'INSTRUCTION");
        }
        else
        {
            response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
            page.Should().Contain("id=\"error-summary\"");
            PortalSteps.TextOf(page, "status-label").Should().Be("EN ATTENTE DE VOTRE DOSSIER");
        }
    }

    [Theory]
    [Trait("Rule", "DEAD-04")]
    [InlineData("")]
    [InlineData("demain")]
    [InlineData("9999-12-31")]
    public async Task A_postal_dossier_without_a_readable_postmark_is_refused_in_french_beside_the_field(string postmark)
    {
        using var factory = new PortalFactory();
        using var candidate = factory.NewClient();
        var number = await candidate.PreRegisterAsync();
        using var staff = await factory.StaffAsync();

        var (response, page) = await staff.PostAsync(Page(number), Page(number) + "?handler=Postal", ("postmark", postmark));

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        page.Should().Contain("Indiquez la date du cachet de la poste, sous la forme AAAA-MM-JJ.").And.Contain("href=\"#postmark\"");
        PortalSteps.TextOf(page, "status-label").Should().Be("EN ATTENTE DE VOTRE DOSSIER");
    }

    [Theory]
    [Trait("Rule", "LIFE-05")]
    [InlineData("15/05")]
    [InlineData("9999-12-31")]
    public async Task A_regularisation_due_date_that_cannot_be_read_is_refused_in_french_and_nothing_is_requested(string dueDate)
    {
        using var factory = new PortalFactory();
        using var candidate = factory.NewClient();
        var number = await ClosedAsync(candidate);
        using var staff = await factory.StaffAsync();

        var (response, page) = await staff.PostAsync(Page(number), Page(number) + "?handler=Regularise", ("pieces", "identity-document"), ("reason-identity-document", "Illisible."), ("dueDate", dueDate));

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        page.Should().Contain("La date limite n&#x27;est pas une date valide").And.Contain("href=\"#due-date\"");
        PortalSteps.TextOf(page, "status-label").Should().Be("EN COURS D'INSTRUCTION");
    }

    [Fact]
    [Trait("Rule", "LIFE-09")]
    public async Task A_cancellation_asked_by_post_is_recorded_and_the_candidate_sees_inscription_annulee()
    {
        using var factory = new PortalFactory();
        using var candidate = factory.NewClient();
        var number = await ClosedAsync(candidate);
        using var staff = await factory.StaffAsync();

        var (_, page) = await staff.PostAsync(Page(number), Page(number) + "?handler=Cancel", ("channel", "Post"));

        page.Should().Contain("L&#x27;annulation de l&#x27;inscription est enregistrée.");
        PortalSteps.TextOf(page, "status-label").Should().Be("INSCRIPTION ANNULÉE");
        var (_, dossier) = await candidate.GetAsync("/Dossier");
        PortalSteps.TextOf(dossier, "status-label").Should().Be("INSCRIPTION ANNULÉE");
    }

    [Fact]
    [Trait("Rule", "SPACE-01")]
    [Trait("Rule", "LIFE-08")]
    public async Task The_bulk_convocation_is_published_to_every_complete_dossier_of_the_session_and_to_no_other()
    {
        using var factory = new PortalFactory();
        using var first = factory.NewClient();
        using var second = factory.NewClient();
        using var underReview = factory.NewClient();
        var numbers = new[] { await ClosedAsync(first), await ClosedAsync(second, "Durand") };
        await ClosedAsync(underReview, "Petit");
        using var staff = await factory.StaffAsync();
        foreach (var number in numbers)
        {
            await staff.PostAsync(Page(number), Page(number) + "?handler=Complete");
        }

        var (_, published) = await staff.PostAsync("/Gestion", "/Gestion?handler=Publish", ("code", "ADJOINT-2027"));

        PortalSteps.TextOf(published, "notice").Should().Be("Convocation publiée à 2 dossiers.");
        foreach (var complete in new[] { first, second })
        {
            var (_, dossier) = await complete.GetAsync("/Dossier");
            dossier.Should().Contain("id=\"document-convocation\"");
        }

        var (_, other) = await underReview.GetAsync("/Dossier");
        other.Should().Contain("id=\"no-documents\"").And.NotContain("id=\"document-convocation\"");
        var (_, again) = await staff.PostAsync("/Gestion", "/Gestion?handler=Publish", ("code", "ADJOINT-2027"));
        PortalSteps.TextOf(again, "notice").Should().Be("Aucun dossier complet n'attendait de convocation.");
    }

    [Theory]
    [Trait("Rule", "LIFE-10")]
    [InlineData("/Gestion")]
    [InlineData("/Gestion/Dossier/ADJ-2027-00001")]
    public async Task A_staff_page_without_a_staff_cookie_redirects_to_the_staff_sign_in(string path)
    {
        using var factory = new PortalFactory();
        using var anonymous = factory.NewClient();

        var (response, _) = await anonymous.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().StartWith("/Gestion/Connexion");
    }

    [Fact]
    [Trait("Rule", "LIFE-10")]
    public async Task A_staff_page_with_a_candidate_cookie_is_forbidden()
    {
        using var factory = new PortalFactory();
        using var candidate = factory.NewClient();
        await candidate.PreRegisterAsync();

        var (response, html) = await candidate.GetAsync("/Gestion");

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        html.Should().NotContain("publish-convocations-");
    }

    private static string Page(string number) => $"/Gestion/Dossier/{number}";

    private static async Task<string> ClosedAsync(PortalClient candidate, string familyName = "Moreau")
    {
        var number = await candidate.PreRegisterAsync(("familyName", familyName));
        await candidate.UploadAsync("identity-document", PortalSteps.Fixture("pdf-ghostscript-text.pdf"), "carte.pdf");
        await candidate.UploadAsync("service-record", PortalSteps.Fixture("jpeg-baseline-rgb.jpg"), "etat.jpg");
        var (_, closed) = await candidate.PostAsync("/Dossier", "/Dossier?handler=Close");
        PortalSteps.TextOf(closed, "status-label").Should().Be("EN COURS D'INSTRUCTION");
        return number;
    }
}

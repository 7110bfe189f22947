using System.Net;
using System.Text.RegularExpressions;
using Cdg.Inscription.Web.Portal;
using Cdg.Inscription.Web.Storage.Outbox;
using Cdg.Inscription.Web.Tests.Support;

namespace Cdg.Inscription.Web.Tests;

/// <summary>The candidate's account: sign-in, password reset through an e-mail on file, change of address.</summary>
public sealed partial class AccountTests
{
    private const string NewPassword = "nouveau-secret-7";

    [Fact]
    [Trait("Rule", "SPACE-02")]
    public async Task A_reset_with_an_email_on_file_writes_a_link_that_sets_a_new_password_once()
    {
        using var factory = new PortalFactory();
        using var candidate = factory.NewClient();
        var number = await candidate.PreRegisterAsync();
        using var visitor = factory.NewClient();

        var (_, answer) = await visitor.PostAsync("/MotDePasseOublie", "/MotDePasseOublie", ("dossierNumber", number));

        PortalSteps.TextOf(answer, "reset-answer").Should().Be(PortalMessages.ResetRequested);
        var message = (await ResetMessagesAsync(factory)).Should().ContainSingle().Subject;
        message.To.Should().Be("julie.moreau@example.fr");
        var link = new Uri(Link().Match(message.Body).Value).PathAndQuery;
        link.Should().StartWith($"/Reinitialiser?dossier={number}&jeton=");

        var (_, reset) = await visitor.PostAsync(link, link, ("password", NewPassword));

        reset.Should().Contain("Votre mot de passe est modifié : connectez-vous.");
        (await SignInAsync(factory, number, NewPassword)).Should().Be(HttpStatusCode.Redirect, "the new password signs in");
        (await SignInAsync(factory, number, "motdepasse-1")).Should().Be(HttpStatusCode.UnprocessableEntity, "the old password no longer does");

        var (again, twice) = await visitor.PostAsync(link, link, ("password", "encore-un-autre-9"));

        again.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity, "the token works once");
        twice.Should().Contain("Ce lien n&#x27;est plus valable : demandez-en un nouveau.");
        (await SignInAsync(factory, number, "encore-un-autre-9")).Should().Be(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    [Trait("Rule", "SPACE-02")]
    public async Task A_reset_without_an_email_on_file_writes_no_message_and_the_page_says_to_contact_the_cdg()
    {
        using var factory = new PortalFactory();
        using var candidate = factory.NewClient();
        var number = await candidate.PreRegisterAsync(("email", string.Empty));
        var pending = (await factory.Store().ReadPendingAsync(1000, TestContext.Current.CancellationToken)).Count;
        using var visitor = factory.NewClient();

        var (response, answer) = await visitor.PostAsync("/MotDePasseOublie", "/MotDePasseOublie", ("dossierNumber", number));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await factory.Store().ReadPendingAsync(1000, TestContext.Current.CancellationToken)).Should().HaveCount(pending);
        (await ResetMessagesAsync(factory)).Should().BeEmpty();
        var text = System.Net.WebUtility.HtmlDecode(answer);
        text.Should().Contain("contactez le centre de gestion", "without an address the candidate is told whom to ask");
        PortalSteps.TextOf(answer, "reset-answer").Should().Contain("qu'une adresse électronique y est enregistrée", "the one public answer mentions the e-mail case");
    }

    [Fact]
    [Trait("Rule", "SPACE-02")]
    public async Task A_reset_for_an_unknown_dossier_gives_the_same_answer_and_writes_nothing()
    {
        using var factory = new PortalFactory();
        using var visitor = factory.NewClient();

        var (_, answer) = await visitor.PostAsync("/MotDePasseOublie", "/MotDePasseOublie", ("dossierNumber", "D00000000"));

        PortalSteps.TextOf(answer, "reset-answer").Should().Be(PortalMessages.ResetRequested);
        (await factory.Store().ReadPendingAsync(1000, TestContext.Current.CancellationToken)).Should().BeEmpty();
    }

    [Fact]
    [Trait("Rule", "SPACE-03")]
    [Trait("Rule", "LIFE-11")]
    public async Task A_change_of_address_shows_the_new_address_and_records_an_event_keeping_the_old_one()
    {
        using var factory = new PortalFactory();
        using var candidate = factory.NewClient();
        var number = await candidate.PreRegisterAsync();
        var events = await factory.Store().CountEventsAsync(TestContext.Current.CancellationToken);

        var (_, page) = await candidate.PostAsync(
            "/Dossier",
            "/Dossier?handler=Address",
            ("street", "3 place de la Trémoille"), ("complement", "Bâtiment B"), ("postalCode", "53000"), ("city", "Laval"));

        page.Should().Contain("Votre nouvelle adresse est enregistrée.");
        page.Should().Contain("value=\"3 place de la Trémoille\"").And.Contain("value=\"Bâtiment B\"");
        (await factory.Store().CountEventsAsync(TestContext.Current.CancellationToken)).Should().Be(events + 1);
        using var staff = await factory.StaffAsync();
        var (_, staffPage) = await staff.GetAsync($"/Gestion/Dossier/{number}");
        PortalSteps.TextOf(staffPage, "history").Should().Contain("12 rue des Lilas").And.Contain("3 place de la Trémoille");
    }

    [Fact]
    [Trait("Rule", "SPACE-03")]
    public async Task A_change_of_address_without_a_postal_code_is_refused_beside_the_field_and_records_nothing()
    {
        using var factory = new PortalFactory();
        using var candidate = factory.NewClient();
        await candidate.PreRegisterAsync();
        var events = await factory.Store().CountEventsAsync(TestContext.Current.CancellationToken);

        var (response, page) = await candidate.PostAsync("/Dossier", "/Dossier?handler=Address", ("street", "3 place de la Trémoille"), ("postalCode", string.Empty), ("city", "Laval"));

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        page.Should().Contain("id=\"postalCode-error\"").And.Contain("href=\"#postalCode\"");
        (await factory.Store().CountEventsAsync(TestContext.Current.CancellationToken)).Should().Be(events);
    }

    private static async Task<IReadOnlyList<OutboxMessage>> ResetMessagesAsync(PortalFactory factory) =>
        [.. (await factory.Store().ReadPendingAsync(1000, TestContext.Current.CancellationToken)).Where(m => m.Key.StartsWith("reset/", StringComparison.Ordinal))];

    private static async Task<HttpStatusCode> SignInAsync(PortalFactory factory, string number, string password)
    {
        using var client = factory.NewClient();
        var (_, html) = await client.GetAsync("/Connexion");
        using var form = new FormUrlEncodedContent([new("__RequestVerificationToken", PortalClient.TokenOf(html)), new("dossierNumber", number), new("password", password)]);
        using var response = await client.Http.PostAsync("/Connexion", form, TestContext.Current.CancellationToken);
        return response.StatusCode;
    }

    [GeneratedRegex(@"https?://\S+/Reinitialiser\?\S+")]
    private static partial Regex Link();
}

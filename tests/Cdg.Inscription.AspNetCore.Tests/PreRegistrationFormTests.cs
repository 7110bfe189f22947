using System.Net;
using Cdg.Inscription.AspNetCore.Tests.Support;

namespace Cdg.Inscription.AspNetCore.Tests;

/// <summary>LIFE-01, SPACE-02, SPACE-03 through HTTP: a form's fields are checked at once, each refusal names its field in French (422), never a 500.</summary>
public sealed class PreRegistrationFormTests
{
    [Fact]
    [Trait("Rule", "LIFE-01")]
    public async Task A_pre_registration_creates_the_dossier_awaiting_its_pieces_and_gives_its_number()
    {
        using var host = new HostFactory();
        using var client = await host.ClientAsync();

        var response = await client.PreRegisterAsync();

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var body = await HostClient.JsonOf(response);
        body.GetProperty("number").GetString().Should().Be("D00000001");
        body.GetProperty("status").GetString().Should().Be("EN ATTENTE DE VOTRE DOSSIER");
        response.Headers.Location!.ToString().Should().Be("/dossiers/D00000001");
    }

    [Fact]
    [Trait("Rule", "LIFE-01")]
    [Trait("Rule", "SPACE-02")]
    [Trait("Rule", "SPACE-03")]
    public async Task Every_bad_field_is_answered_at_once_by_its_name_in_french_and_nothing_is_stored()
    {
        using var host = new HostFactory();
        using var client = await host.ClientAsync();

        var response = await client.PreRegisterAsync(new Dictionary<string, string>
        {
            ["familyName"] = " ",
            ["givenName"] = "Camille",
            ["street"] = "12 rue de la Paix",
            ["postalCode"] = "",
            ["city"] = "Laval",
            ["email"] = "camille.martin@",
        });

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var problem = await HostClient.JsonOf(response);
        var errors = problem.GetProperty("errors");
        errors.EnumerateObject().Select(p => p.Name).Should().Equal("familyName", "postalCode", "email");
        errors.GetProperty("familyName")[0].GetString().Should().Be("Indiquez votre nom de famille.");
        errors.GetProperty("email")[0].GetString().Should().StartWith("L'adresse électronique « camille.martin@ » n'est pas valide");
        (await HostClient.ViolationsOf(response)).Select(v => v.Code).Should().Equal(
            Cdg.Inscription.RuleViolationCodes.InputMissing, Cdg.Inscription.RuleViolationCodes.InputMissing, Cdg.Inscription.RuleViolationCodes.EmailInvalid);
        host.Store.Appends.Should().Be(0);
    }

    [Fact]
    [Trait("Rule", "SPACE-02")]
    public async Task A_dossier_number_that_is_not_one_is_answered_in_french_not_with_a_500()
    {
        using var host = new HostFactory();
        using var client = await host.ClientAsync();

        var response = await client.GetAsync("/dossiers/D0001--X");

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var violation = (await HostClient.ViolationsOf(response)).Should().ContainSingle().Subject;
        violation.Code.Should().Be(Cdg.Inscription.RuleViolationCodes.DossierNumberInvalid);
        violation.Message.Should().StartWith("Le numéro de dossier « D0001--X » n'est pas valide");
    }

    [Fact]
    [Trait("Rule", "SPACE-02")]
    public async Task An_unknown_dossier_is_a_404_in_french()
    {
        using var host = new HostFactory();
        using var client = await host.ClientAsync();

        var response = await client.GetAsync("/dossiers/D99999999");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        var problem = await HostClient.JsonOf(response);
        problem.GetProperty("title").GetString().Should().Be("Dossier introuvable.");
        problem.GetProperty("detail").GetString().Should().StartWith("Aucun dossier ne correspond à ce numéro");
    }

    [Fact]
    [Trait("Rule", "DEAD-05")]
    public async Task A_pre_registration_after_its_window_is_a_422_in_french()
    {
        using var host = new HostFactory();
        using var client = await host.ClientAsync();
        host.Clock.AdvanceDays(21);

        var response = await client.PreRegisterAsync();

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await HostClient.ViolationsOf(response)).Should().ContainSingle().Which.Code.Should().Be(Cdg.Inscription.RuleViolationCodes.PreRegistrationOutsideWindow);
    }

    [Fact]
    [Trait("Rule", "SPACE-02")]
    public async Task An_unexpected_error_is_a_500_with_a_french_title_and_no_detail_of_the_exception()
    {
        using var host = new HostFactory();
        using var client = await host.ClientAsync();
        host.Store.ReadFailure = new InvalidOperationException("connection refused: 10.0.0.5:5432, password=secret");

        var response = await client.GetAsync("/dossiers/D00000001");

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        (await HostClient.JsonOf(response)).GetProperty("title").GetString().Should().Be(
            "Une erreur inattendue s'est produite : votre demande n'a pas été enregistrée. Réessayez dans quelques minutes.");
        text.Should().NotContain("connection refused").And.NotContain("InvalidOperationException").And.NotContain("   at ");
    }
}

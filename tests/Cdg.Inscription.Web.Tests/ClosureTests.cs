using Cdg.Inscription.Web.Tests.Support;
using NodaTime;

namespace Cdg.Inscription.Web.Tests;

/// <summary>The « Clôturer mon inscription » button against the deadline: midnight Paris time on the closing date.</summary>
public sealed class ClosureTests
{
    [Theory]
    [Trait("Rule", "DEAD-01")]
    [Trait("Rule", "LIFE-03")]
    [InlineData(-1, true)]
    [InlineData(0, false)]
    public async Task Closing_one_tick_before_the_deadline_is_in_time_and_at_the_deadline_is_refused(long ticks, bool accepted)
    {
        using var factory = new PortalFactory();
        using var candidate = factory.NewClient();
        await candidate.PostAsync("/Preinscription/ADJOINT-2027", "/Preinscription/ADJOINT-2027", WalkTests.Identity());
        await candidate.UploadAsync("identity-document", new StreamContent(File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Fixtures", "pdf-ghostscript-text.pdf"))), "carte.pdf");
        factory.Clock.Reset(Instant.FromUtc(2026, 4, 20, 22, 0) + Duration.FromTicks(ticks));

        var (_, html) = await candidate.PostAsync("/Dossier", "/Dossier?handler=Close");

        if (accepted)
        {
            html.Should().Contain("EN COURS D&#x27;INSTRUCTION");
        }
        else
        {
            html.Should().Contain("role=\"alert\"").And.Contain("EN ATTENTE DE VOTRE DOSSIER");
        }
    }
}

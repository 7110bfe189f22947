using Cdg.Inscription.Dossiers;
using static Cdg.Inscription.Tests.Support.Scenario;

namespace Cdg.Inscription.Tests.Dossiers;

public class SmokeTests
{
    [Fact]
    public void Every_status_can_be_reached()
    {
        foreach (var status in AllStatuses)
        {
            At(status).Status.Should().Be(status);
        }
    }
}

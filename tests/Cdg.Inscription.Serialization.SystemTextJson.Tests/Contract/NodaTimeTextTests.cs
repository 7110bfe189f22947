using System.Text.Json;
using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Dossiers.Events;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Cdg.Inscription.Serialization.SystemTextJson.Tests.Contract;

/// <summary>
/// Instants and dates are written as NodaTime's own authors write them: the same text as
/// NodaTime.Serialization.SystemTextJson's converters, which the package does not call because they
/// are not trim-safe (decision 0011).
/// </summary>
public class NodaTimeTextTests
{
    public static TheoryData<long> Ticks() =>
    [
        Instant.FromUtc(2023, 4, 27, 22, 0).ToUnixTimeTicks(),
        Instant.FromUtc(2023, 4, 27, 21, 59, 59).PlusTicks(9_999_999).ToUnixTimeTicks(),
        Instant.FromUtc(2023, 10, 29, 1, 0).PlusTicks(1).ToUnixTimeTicks(),
        Instant.FromUtc(1999, 12, 31, 23, 59, 59).PlusTicks(5_000_000).ToUnixTimeTicks(),
    ];

    [Theory]
    [MemberData(nameof(Ticks))]
    public void An_instant_is_written_as_NodaTime_s_own_converter_writes_it(long ticks)
    {
        var at = Instant.FromUnixTimeTicks(ticks);
        var json = DossierJson.WriteEvent(new ClosedOnline(5, at, Actor.Candidate, DossierStatus.UnderReview));
        var noda = JsonSerializer.Serialize(at, new JsonSerializerOptions { Converters = { NodaConverters.InstantConverter } });

        json.Should().Contain($"\"at\":{noda}");
    }

    [Fact]
    public void A_date_is_written_as_NodaTime_s_own_converter_writes_it()
    {
        var postmark = new LocalDate(2023, 4, 27);
        var json = DossierJson.WriteEvent(new PostalDossierReceived(2, Instant.FromUtc(2023, 4, 28, 8, 0), Actor.Staff("g"), DossierStatus.UnderReview, postmark));
        var noda = JsonSerializer.Serialize(postmark, new JsonSerializerOptions { Converters = { NodaConverters.LocalDateConverter } });

        json.Should().Contain($"\"postmark\":{noda}");
    }
}

using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Dossiers.Events;
using Cdg.Inscription.Files;
using Cdg.Inscription.Serialization.SystemTextJson.Contract;

namespace Cdg.Inscription.Serialization.SystemTextJson.Tests.Contract;

/// <summary>
/// Every value the library can hold has a stable name in the contract: a new enum member or a new
/// event type of a later Cdg.Inscription fails here until the contract names it (rule 2 of docs/storage.md).
/// </summary>
public class StableNamesTests
{
    [Fact]
    public void Every_concrete_event_type_of_the_library_has_a_stored_type_name_and_no_two_share_one()
    {
        var eventTypes = typeof(DossierEvent).Assembly.GetTypes()
            .Where(t => typeof(DossierEvent).IsAssignableFrom(t) && !t.IsAbstract)
            .ToArray();

        eventTypes.Should().HaveCount(DossierEventTypes.All.Count, "each event type of the library has exactly one stored name");
        DossierEventTypes.All.Should().OnlyHaveUniqueItems();
        DossierEventTypes.All.Should().OnlyContain(name => System.Text.RegularExpressions.Regex.IsMatch(name, "^[a-z]+(-[a-z]+)*$"), "type names are kebab-case words");
        Support.Samples.Events.Values.Select(e => e.GetType()).Should().BeEquivalentTo(eventTypes, "the samples hold one event of each type");
        Support.Samples.Events.Should().OnlyContain(pair => DossierEventTypes.Of(pair.Value) == pair.Key);
    }

    [Fact]
    public void Every_value_of_every_stored_enum_has_one_stable_name()
    {
        Covers(StableNames.Status, Enum.GetValues<DossierStatus>());
        Covers(StableNames.Role, Enum.GetValues<ActorRole>());
        Covers(StableNames.FileType, Enum.GetValues<FileType>());
        Covers(StableNames.Channel, Enum.GetValues<CancellationChannel>());
        Covers(StableNames.Document, Enum.GetValues<DocumentKind>());
        Covers(StableNames.Filing, Enum.GetValues<FilingChannel>());
    }

    [Fact]
    public void A_value_outside_the_enum_is_not_written()
    {
        var e = new ClosedOnline(5, Support.Samples.At, Actor.Candidate, (DossierStatus)42);

        ((Action)(() => DossierJson.WriteEvent(e))).Should().Throw<ArgumentOutOfRangeException>();
    }

    private static void Covers<T>(NameTable<T> table, T[] values)
        where T : struct, Enum
    {
        table.Names.Should().HaveCount(values.Length, $"every {typeof(T).Name} has a name").And.OnlyHaveUniqueItems();
        foreach (var value in values)
        {
            table.TryParse(table.NameOf(value), out var back).Should().BeTrue();
            back.Should().Be(value);
        }
    }
}

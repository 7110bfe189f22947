using System.Text.RegularExpressions;
using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Tests.Support;

namespace Cdg.Inscription.Tests.Dossiers;

/// <summary>
/// The lifecycle exported as a Graphviz DOT graph, for hosts that render it in their own
/// documentation: a directed graph of every status and the commands between them, with who may give them.
/// </summary>
public sealed class LifecycleDiagramTests
{
    public static TheoryData<DossierStatus> Statuses => new(Scenario.AllStatuses);

    [Fact]
    public void The_DOT_export_is_one_directed_graph()
    {
        var dot = LifecycleDiagram.ToDot().Trim();

        dot.Should().StartWith("digraph").And.EndWith("}");
        dot.Count(c => c == '{').Should().Be(dot.Count(c => c == '}'));
        dot.Should().Contain("->");
    }

    [Theory]
    [MemberData(nameof(Statuses))]
    public void The_DOT_export_names_every_status(DossierStatus status)
    {
        var dot = LifecycleDiagram.ToDot();

        Regex.IsMatch(dot, $"\\b{status}\\b").Should().BeTrue("the graph shows the status {0}", status);
    }

    [Fact]
    [Trait("Rule", "LIFE-02")]
    [Trait("Rule", "LIFE-10")]
    public void The_DOT_export_shows_the_transitions_and_who_may_give_them()
    {
        var dot = LifecycleDiagram.ToDot();

        dot.Should().MatchRegex("\"?AwaitingDossier\"?\\s*->\\s*\"?UnderReview\"?[^\\n]*Close \\[by the candidate\\]");
        dot.Should().MatchRegex("\"?UnderReview\"?\\s*->\\s*\"?Complete\"?[^\\n]*DeclareComplete \\[by staff\\]");
    }

    [Fact]
    public void The_DOT_export_is_the_same_at_every_call()
    {
        LifecycleDiagram.ToDot().Should().Be(LifecycleDiagram.ToDot());
    }
}

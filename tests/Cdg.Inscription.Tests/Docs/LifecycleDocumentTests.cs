using System.Text.RegularExpressions;
using Cdg.Inscription.Dossiers;

namespace Cdg.Inscription.Tests.Docs;

/// <summary>docs/lifecycle.md shows the diagram that Stateless exports from the configured machine.</summary>
public sealed class LifecycleDocumentTests
{
    private const string LifecycleFile = "docs/lifecycle.md";

    private static readonly Regex Diagram = new(
        "<!-- BEGIN generated diagram -->\n```mermaid\n(?<body>.*?)```\n<!-- END generated diagram -->",
        RegexOptions.Singleline | RegexOptions.CultureInvariant);

    [Fact]
    public void Docs_lifecycle_md_holds_the_diagram_exported_from_the_machine()
    {
        var exported = RepositoryFiles.Normalise(LifecycleDiagram.ToMermaid()).TrimEnd('\n') + "\n";
        Diagram.IsMatch(RepositoryFiles.Read(LifecycleFile)).Should().BeTrue("the diagram sits between the generated-diagram markers");

        RepositoryFiles.ShouldHoldGenerated(LifecycleFile, current => Diagram.Replace(
            current,
            _ => $"<!-- BEGIN generated diagram -->\n```mermaid\n{exported}```\n<!-- END generated diagram -->"));
    }

    [Fact]
    [Trait("Rule", "LIFE-10")]
    public void The_exported_diagram_shows_who_may_give_each_command()
    {
        var diagram = LifecycleDiagram.ToMermaid();

        diagram.Should().Contain("AwaitingDossier --> UnderReview : Close [by the candidate]")
            .And.Contain("UnderReview --> Complete : DeclareComplete [by staff]");
    }
}

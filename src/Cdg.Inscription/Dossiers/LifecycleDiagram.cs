namespace Cdg.Inscription.Dossiers;

/// <summary>
/// The dossier lifecycle as Stateless exports it from the configured machine, guards included:
/// what <c>docs/lifecycle.md</c> shows, and what a host can render in its own documentation.
/// </summary>
public static class LifecycleDiagram
{
    /// <summary>The lifecycle as a Mermaid state diagram.</summary>
    /// <returns>Mermaid text, starting with <c>stateDiagram-v2</c>.</returns>
    public static string ToMermaid() => DossierLifecycle.ToMermaid();

    /// <summary>The lifecycle as a Graphviz DOT graph.</summary>
    /// <returns>DOT text.</returns>
    public static string ToDot() => DossierLifecycle.ToDot();
}

using Cdg.Inscription.Serialization.SystemTextJson.Tests.Support;

namespace Cdg.Inscription.Serialization.SystemTextJson.Tests.Contract;

/// <summary>What a broken golden file is told: the rule of docs/storage.md that the change breaks.</summary>
public class CompatibilityRulesTests
{
    private const string Golden = """{"type":"reopened","schemaVersion":1,"sequence":9,"reason":"Erreur"}""";

    [Theory]
    [InlineData("""{"type":"reopened","schemaVersion":1,"sequence":9,"reason":"Erreur","note":"x"}""", "rule 1")]
    [InlineData("""{"type":"dossier-reopened","schemaVersion":1,"sequence":9,"reason":"Erreur"}""", "rule 2")]
    [InlineData("""{"type":"reopened","schemaVersion":1,"sequence":9,"why":"Erreur"}""", "renamed field")]
    [InlineData("""{"type":"reopened","schemaVersion":2,"sequence":9,"reason":"Erreur"}""", "upcaster")]
    [InlineData("""{"type":"reopened","schemaVersion":1,"sequence":9}""", "never removed")]
    [InlineData("""{"type":"reopened","schemaVersion":1,"sequence":"9","reason":"Erreur"}""", "encoding of a stored value never changes")]
    [InlineData("""{"schemaVersion":1,"type":"reopened","sequence":9,"reason":"Erreur"}""", "same bytes")]
    public void A_changed_golden_file_is_told_which_compatibility_rule_it_breaks(string written, string rule) =>
        CompatibilityRules.Explain(Golden, written).Should().Contain(rule);
}

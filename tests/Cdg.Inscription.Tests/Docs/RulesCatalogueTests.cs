using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace Cdg.Inscription.Tests.Docs;

/// <summary>docs/rules.md says, for every rule ID, which tests specify it; these tests keep it true.</summary>
public sealed class RulesCatalogueTests
{
    private const string RulesFile = "docs/rules.md";

    private static readonly Regex Block = new(
        @"<!-- BEGIN tests (?<id>[A-Z]+-\d{2}) -->\n(?<body>.*?)<!-- END tests \k<id> -->",
        RegexOptions.Singleline | RegexOptions.CultureInvariant);

    /// <summary>The rules that the lifecycle must specify: every LIFE and SPACE rule, and DEAD-01 to DEAD-05.</summary>
    public static TheoryData<string> RulesOfTheLifecycle => new(
        Enumerable.Range(1, 11).Select(i => $"LIFE-{i:00}")
            .Concat(Enumerable.Range(1, 3).Select(i => $"SPACE-{i:00}"))
            .Concat(Enumerable.Range(1, 5).Select(i => $"DEAD-{i:00}")));

    [Theory]
    [MemberData(nameof(RulesOfTheLifecycle))]
    public void Every_rule_of_the_lifecycle_is_specified_by_at_least_one_test(string ruleId)
    {
        TestsByRule().Should().ContainKey(ruleId).WhoseValue.Should().NotBeEmpty();
    }

    [Fact]
    public void Every_rule_id_that_a_test_names_is_a_rule_of_the_catalogue()
    {
        var documented = Block.Matches(RepositoryFiles.Read(RulesFile)).Cast<Match>().Select(m => m.Groups["id"].Value);

        TestsByRule().Keys.Should().BeSubsetOf(documented);
    }

    [Fact]
    public void Docs_rules_md_lists_the_tests_of_every_rule()
    {
        var tests = TestsByRule();

        RepositoryFiles.ShouldHoldGenerated(RulesFile, current => Block.Replace(
            current,
            m => $"<!-- BEGIN tests {m.Groups["id"].Value} -->\n{Listing(tests, m.Groups["id"].Value)}<!-- END tests {m.Groups["id"].Value} -->"));
    }

    private static string Listing(IReadOnlyDictionary<string, SortedSet<string>> tests, string ruleId)
    {
        if (!tests.TryGetValue(ruleId, out var names))
        {
            return "_No test yet._\n";
        }

        var listing = new StringBuilder();
        foreach (var name in names)
        {
            listing.Append("- `").Append(name).Append("`\n");
        }

        return listing.ToString();
    }

    private static Dictionary<string, SortedSet<string>> TestsByRule()
    {
        var byRule = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var type in typeof(RulesCatalogueTests).Assembly.GetTypes())
        {
            var classRules = type.GetCustomAttributes<TraitAttribute>().Where(IsRule).Select(t => t.Value).ToArray();
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (method.GetCustomAttribute<FactAttribute>(inherit: true) is null)
                {
                    continue;
                }

                var rules = method.GetCustomAttributes<TraitAttribute>().Where(IsRule).Select(t => t.Value).Concat(classRules);
                var name = $"{type.FullName!.Replace("Cdg.Inscription.Tests.", string.Empty)}.{method.Name}";
                foreach (var rule in rules)
                {
                    if (!byRule.TryGetValue(rule, out var names))
                    {
                        byRule[rule] = names = new SortedSet<string>(StringComparer.Ordinal);
                    }

                    names.Add(name);
                }
            }
        }

        return byRule;
    }

    private static bool IsRule(TraitAttribute trait) => trait.Name == "Rule";
}

using System.Diagnostics;
using System.Reflection;
using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Cdg.Inscription.Tests.Api;

/// <summary>
/// Every public member of <c>Cdg.Inscription</c>, called with edge values, either succeeds or
/// throws an exception that its XML documentation lists in an <c>&lt;exception&gt;</c> tag (or a
/// base type of it other than <see cref="Exception"/> and <see cref="SystemException"/>), and
/// returns within a second. A failure lists every member, value and exception at fault, one per
/// line, once per member and exception type.
/// </summary>
public sealed class DocumentedExceptionsTests
{
    private readonly ITestOutputHelper _output;

    /// <summary>A test that writes how many calls it made, and how long they took.</summary>
    public DocumentedExceptionsTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    [Trait("Rule", "LIFE-11")]
    public void Every_public_member_has_an_entry_in_the_documentation_file()
    {
        var documentation = ApiDocumentation.Load();
        var members = ApiSurface.Members();

        members.Should().HaveCountGreaterThan(100);
        var undocumented = members.Where(m => !documentation.Has(ApiSurface.DocumentingId(m, documentation))).Select(m => m.DocId).ToList();
        if (undocumented.Count > 0)
        {
            Assert.Fail(
                $"{undocumented.Count} public member(s) without an entry in {ApiDocumentation.PathOf(typeof(RuleViolation).Assembly)} (CONTRIBUTING.md: every public member has XML documentation; "
                + "an implicit constructor has none, so it needs an explicit one):" + Environment.NewLine + string.Join(Environment.NewLine, undocumented));
        }
    }

    [Fact]
    [Trait("Rule", "LIFE-11")]
    public void Every_public_member_called_with_edge_values_throws_only_the_exceptions_its_documentation_lists()
    {
        var clock = Stopwatch.StartNew();
        var probe = new ApiProbe(ApiDocumentation.Load(), EdgeValues.For, EdgeValues.Receivers);
        foreach (var member in ApiSurface.Members())
        {
            probe.Probe(member);
        }

        _output.WriteLine($"{probe.Calls} calls in {clock.Elapsed.TotalSeconds:F1} s.");
        _output.WriteLine($"{probe.Leaks.Count} documented exception type(s) thrown by a dependency rather than by the library's checks:");
        foreach (var leak in probe.Leaks)
        {
            _output.WriteLine(leak.Line);
        }

        if (probe.Findings.Count > 0)
        {
            Assert.Fail(probe.Report());
        }

        // A documented type is not enough: the library refuses the value itself, never through a
        // stranger's exception. A cancelled token is the one exception that is the runtime's by design.
        probe.Leaks.Where(l => !l.Exception.StartsWith(typeof(OperationCanceledException).FullName!, StringComparison.Ordinal)).Select(l => l.Line)
            .Should().BeEmpty("every exception comes from the library's own checks, with its own message");
    }

    [CappedProperty(100)]
    [Trait("Rule", "LIFE-11")]
    public Property Every_public_member_fed_any_string_date_and_instant_throws_only_the_exceptions_its_documentation_lists() =>
        Prop.ForAll(Cases(), @case =>
        {
            var (text, date, instant, status) = @case;
            var probe = new ApiProbe(Documentation.Value, p => Generated(p, text, date, instant), type => type == typeof(Dossier)
                ? [new ArgumentValue($"a dossier {status}", () => Scenario.At(status))]
                : EdgeValues.Receivers(type));
            foreach (var member in Members.Value)
            {
                probe.Probe(member, baseline: false);
            }

            if (probe.Findings.Count > 0)
            {
                Assert.Fail($"With the string {EdgeValues.Show(text)}, the date {EdgeValues.Show(date)}, the instant {EdgeValues.Show(instant)} and a dossier {status}: {probe.Report()}");
            }
        });

    private static readonly Lazy<ApiDocumentation> Documentation = new(ApiDocumentation.Load);

    private static readonly Lazy<IReadOnlyList<ApiMember>> Members = new(ApiSurface.Members);

    private static Arbitrary<(string Text, LocalDate Date, Instant Instant, DossierStatus Status)> Cases() =>
        WholeRange.Strings().SelectMany(text => WholeRange.Dates().SelectMany(date => WholeRange.Instants().SelectMany(instant =>
            Gen.Elements(Scenario.AllStatuses).Select(status => (text, date, instant, status)))))
        .ToArbitrary();

    /// <summary>The generated value for a parameter of type string, date or instant (nullable or in a collection of strings), and nothing for the others.</summary>
    private static IReadOnlyList<ArgumentValue> Generated(ParameterInfo parameter, string text, LocalDate date, Instant instant)
    {
        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        if (parameter.IsOut)
        {
            return [];
        }

        if (type == typeof(string))
        {
            return [ArgumentValue.Of(EdgeValues.Show(text), text)];
        }

        if (type == typeof(LocalDate))
        {
            return [ArgumentValue.Of(EdgeValues.Show(date), date)];
        }

        if (type == typeof(Instant))
        {
            return [ArgumentValue.Of(EdgeValues.Show(instant), instant)];
        }

        return EdgeValues.ElementOf(type) == typeof(string) ? [ArgumentValue.Of($"[{EdgeValues.Show(text)}]", new[] { text })] : [];
    }
}

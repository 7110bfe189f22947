using System.Diagnostics;
using System.Reflection;

namespace Cdg.Inscription.Tests.Api;

/// <summary>
/// Calls members with values, one parameter varied at a time from a baseline of valid values and
/// then every parameter at an edge at once, and keeps the calls that broke the rule: an exception
/// that the member's documentation does not list, a call slower than <see cref="Slow"/>, or one
/// that had not returned after <see cref="Hang"/>.
/// </summary>
internal sealed class ApiProbe
{
    /// <summary>A call that takes longer than this is a finding.</summary>
    public static readonly TimeSpan Slow = TimeSpan.FromSeconds(1);

    /// <summary>A call that has not returned after this is abandoned, and is a finding.</summary>
    public static readonly TimeSpan Hang = TimeSpan.FromSeconds(5);

    private readonly ApiDocumentation _documentation;
    private readonly Func<ParameterInfo, IReadOnlyList<ArgumentValue>> _edges;
    private readonly Func<Type, IReadOnlyList<ArgumentValue>> _receivers;
    private readonly Dictionary<(string Member, string Exception), Finding> _findings = [];
    private readonly Dictionary<(string Member, string Exception), Finding> _leaks = [];

    /// <summary>A probe that takes each parameter's edge values and each type's receivers from the functions given.</summary>
    public ApiProbe(ApiDocumentation documentation, Func<ParameterInfo, IReadOnlyList<ArgumentValue>> edges, Func<Type, IReadOnlyList<ArgumentValue>> receivers)
    {
        _documentation = documentation;
        _edges = edges;
        _receivers = receivers;
    }

    /// <summary>
    /// The calls that threw an exception of a documented type, but from a dependency (NodaTime,
    /// the base library) rather than from the library's own checks: allowed by the rule, and worth
    /// a look, since the message is not the one that the documentation describes.
    /// </summary>
    public IReadOnlyList<Finding> Leaks => _leaks.Values.OrderBy(f => f.Member, StringComparer.Ordinal).ThenBy(f => f.Exception, StringComparer.Ordinal).ToList();

    /// <summary>The number of calls made.</summary>
    public int Calls { get; private set; }

    /// <summary>The findings, one per member and exception type (the first call that showed it).</summary>
    public IReadOnlyList<Finding> Findings => _findings.Values.OrderBy(f => f.Member, StringComparer.Ordinal).ThenBy(f => f.Exception, StringComparer.Ordinal).ToList();

    /// <summary>The report: one line per finding.</summary>
    public string Report() =>
        $"{_findings.Count} undocumented exception(s), slow or hanging call(s) in {Calls} calls (member | receiver and arguments | exception | message):"
        + Environment.NewLine + string.Join(Environment.NewLine, Findings.Select(f => f.Line));

    /// <summary>
    /// Calls the member on every receiver: with the baseline, with each edge value of each
    /// parameter in turn, and with every parameter at an edge at once. Members whose parameters
    /// have no edge values here are called only when <paramref name="baseline"/> is true.
    /// </summary>
    public void Probe(ApiMember member, bool baseline = true)
    {
        var parameters = member.Parameters;
        var edges = parameters.Select(_edges).ToArray();
        if (!baseline && edges.All(e => e.Count == 0))
        {
            return;
        }

        var valid = parameters.Select(EdgeValues.Valid).ToArray();
        var documented = _documentation.ExceptionsOf(ApiSurface.DocumentingId(member, _documentation));
        var receivers = member.NeedsInstance ? _receivers(member.DeclaringType).Cast<ArgumentValue?>().ToList() : new List<ArgumentValue?> { null };
        if (receivers.Count == 0)
        {
            throw new InvalidOperationException($"The probe has no instance of {member.DeclaringType.FullName} to call {member.DocId} on: add one to {nameof(EdgeValues)}.{nameof(EdgeValues.Receivers)}, or skip the member in {nameof(ApiSurface)}.{nameof(ApiSurface.Skipped)}.");
        }

        foreach (var receiver in receivers)
        {
            if (baseline)
            {
                Call(member, documented, receiver, parameters, valid);
            }

            for (var i = 0; i < parameters.Length; i++)
            {
                foreach (var edge in edges[i])
                {
                    var arguments = (ArgumentValue[])valid.Clone();
                    arguments[i] = edge;
                    Call(member, documented, receiver, parameters, arguments);
                }
            }

            // Every parameter at an edge at once: the k-th edge value of each, for every k.
            var rounds = parameters.Length < 2 ? 0 : edges.Max(e => e.Count);
            for (var k = 0; k < rounds; k++)
            {
                var arguments = valid.Select((v, i) => edges[i].Count == 0 ? v : edges[i][k % edges[i].Count]).ToArray();
                Call(member, documented, receiver, parameters, arguments);
            }
        }
    }

    private void Call(ApiMember member, IReadOnlyCollection<string> documented, ArgumentValue? receiver, ParameterInfo[] parameters, ArgumentValue[] arguments)
    {
        Calls++;
        var shown = string.Join(", ", (receiver is null ? [] : new[] { "on " + receiver.Description })
            .Concat(parameters.Select((p, i) => $"{p.Name}={arguments[i].Description}")));
        object? instance;
        object?[] values;
        try
        {
            instance = receiver?.Create();
            values = arguments.Select(a => a.Create()).ToArray();
        }
        catch (Exception setup)
        {
            throw new InvalidOperationException($"The probe could not build the receiver or the arguments of {member.DocId} ({shown}).", setup);
        }

        var clock = Stopwatch.StartNew();
        var call = Task.Run(() => member.Invoke(instance, values));
        try
        {
            if (!call.Wait(Hang))
            {
                Add(new Finding(member.DocId, shown, "(hang)", $"had not returned after {Hang.TotalSeconds} s"));
                return;
            }
        }
        catch (AggregateException)
        {
            // Inspected below.
        }

        clock.Stop();
        if (clock.Elapsed > Slow)
        {
            Add(new Finding(member.DocId, shown, "(slow)", $"took {clock.Elapsed.TotalMilliseconds:F0} ms"));
        }

        if (call.Exception?.InnerException is { } thrown)
        {
            var exception = ApiMember.Unwrap(thrown);
            if (!ApiDocumentation.Covers(documented, exception.GetType()))
            {
                Add(new Finding(member.DocId, shown, exception.GetType().FullName!, exception.Message));
            }
            else if (exception.TargetSite?.DeclaringType?.Assembly is { } origin && origin != typeof(RuleViolation).Assembly)
            {
                _leaks.TryAdd((member.DocId, exception.GetType().FullName!), new Finding(member.DocId, shown, $"{exception.GetType().FullName} from {origin.GetName().Name}", exception.Message));
            }
        }
    }

    private void Add(Finding finding) => _findings.TryAdd((finding.Member, finding.Exception), finding);
}

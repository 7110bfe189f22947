using System.Diagnostics;
using System.Globalization;

namespace Cdg.Inscription.Web.Storage.Tests.Load;

/// <summary>The figures of a load run, appended as markdown lines to the file <c>CDG_LOAD_REPORT</c> names; nothing is asserted on them.</summary>
internal static class LoadReport
{
    private static readonly Lock Gate = new();

    public static async Task<(T Result, double Milliseconds)> TimedAsync<T>(Func<Task<T>> action)
    {
        var watch = Stopwatch.StartNew();
        var result = await action();
        return (result, watch.Elapsed.TotalMilliseconds);
    }

    public static string Write(string scenario, int commands, TimeSpan elapsed, IReadOnlyCollection<double> latencies)
    {
        var sorted = latencies.Order().ToArray();
        var p95 = sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(sorted.Length * 0.95) - 1)];
        var line = string.Create(
            CultureInfo.InvariantCulture,
            $"- {scenario}: {commands} commands in {elapsed.TotalSeconds:F2} s, {commands / elapsed.TotalSeconds:F0} commands/s, p95 {p95:F1} ms");
        if (Environment.GetEnvironmentVariable("CDG_LOAD_REPORT") is { Length: > 0 } path)
        {
            lock (Gate)
            {
                File.AppendAllText(path, line + Environment.NewLine);
            }
        }

        TestContext.Current.SendDiagnosticMessage(line);
        return line;
    }
}

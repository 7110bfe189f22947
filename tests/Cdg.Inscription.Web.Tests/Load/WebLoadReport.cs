using System.Globalization;

namespace Cdg.Inscription.Web.Tests.Load;

/// <summary>The figures of a load run over HTTP, appended as a markdown table row to the file <c>CDG_LOAD_REPORT</c> names; nothing is asserted on them.</summary>
internal static class WebLoadReport
{
    private static readonly Lock Gate = new();

    /// <summary>Writes one row: the store, the scenario, the elapsed time, the requests per second and the p95 latency.</summary>
    /// <param name="store">The store's name.</param>
    /// <param name="scenario">What was measured.</param>
    /// <param name="requests">How many requests the phase sent.</param>
    /// <param name="elapsed">The phase's wall time.</param>
    /// <param name="latencies">The latency of each request, in milliseconds.</param>
    /// <returns>The row.</returns>
    public static string Write(string store, string scenario, int requests, TimeSpan elapsed, IReadOnlyCollection<double> latencies)
    {
        var sorted = latencies.Order().ToArray();
        var p95 = sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(sorted.Length * 0.95) - 1)];
        var line = string.Create(
            CultureInfo.InvariantCulture,
            $"| {store} | {scenario} | {elapsed.TotalSeconds:F2} s | {requests / elapsed.TotalSeconds:F0} req/s | p95 {p95:F0} ms |");
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

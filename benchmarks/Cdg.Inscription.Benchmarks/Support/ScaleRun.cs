using System.Diagnostics;
using System.Globalization;
using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Dossiers.Events;
using Cdg.Inscription.Sessions;
using static Cdg.Inscription.Benchmarks.Support.BenchmarkScenario;

namespace Cdg.Inscription.Benchmarks.Support;

/// <summary>
/// The <c>--scale N</c> mode, outside BenchmarkDotNet, which does not report peak memory: rebuilds N
/// dossiers from their histories, applies one command to each (DOSSIER COMPLET) unless
/// <c>--no-command</c>, holds them all in a list, and prints the time, the bytes allocated per
/// dossier, the managed heap that holds them, and the process's peak working set.
/// </summary>
internal static class ScaleRun
{
    /// <summary>The stored histories of <paramref name="count"/> dossiers: six events each, differing by the dossier number.</summary>
    internal static DossierEvent[][] Histories(ExamSession session, int count)
    {
        var template = Closed(session).History;
        var histories = new DossierEvent[count][];
        for (var i = 0; i < count; i++)
        {
            histories[i] = HistoryOf(template, i);
        }

        return histories;
    }

    /// <summary>Runs the mode; returns the process's exit code.</summary>
    internal static int Run(string[] args)
    {
        var at = Array.IndexOf(args, "--scale");
        if (at + 1 >= args.Length || !int.TryParse(args[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count <= 0)
        {
            Console.Error.WriteLine("Usage: --scale N [--no-command]   (N dossiers, for example 100000)");
            return 2;
        }

        var command = !args.Contains("--no-command");
        var session = Session();
        var histories = Histories(session, count);

        // Warm up the code paths on another session's worth of dossiers, so the JIT is not measured.
        Apply(session, Histories(session, 100), command);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var dossiers = Apply(session, histories, command);
        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var heapAfter = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        process.Refresh();

        var invariant = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(invariant, $"Dossiers:                 {dossiers.Count:N0} ({(command ? "rehydrated, then declared complet" : "rehydrated only")}), held in a list"));
        Console.WriteLine(string.Create(invariant, $"Time:                     {clock.Elapsed.TotalMilliseconds:N0} ms ({clock.Elapsed.TotalMilliseconds * 1000 / count:N2} µs per dossier)"));
        Console.WriteLine(string.Create(invariant, $"Allocated:                {allocated / 1048576.0:N1} MiB ({(double)allocated / count:N0} B per dossier)"));
        Console.WriteLine(string.Create(invariant, $"Managed heap held:        {(heapAfter - heapBefore) / 1048576.0:N1} MiB ({(double)(heapAfter - heapBefore) / count:N0} B per dossier; GC.GetTotalMemory after a full collection, histories excluded)"));
        Console.WriteLine(string.Create(invariant, $"Managed heap in total:    {heapAfter / 1048576.0:N1} MiB (the stored histories included)"));
        Console.WriteLine(string.Create(invariant, $"Peak working set:         {process.PeakWorkingSet64 / 1048576.0:N1} MiB (Process.PeakWorkingSet64, whole process)"));
        GC.KeepAlive(histories);
        GC.KeepAlive(dossiers);
        return 0;
    }

    private static List<Dossier> Apply(ExamSession session, DossierEvent[][] histories, bool command)
    {
        var dossiers = new List<Dossier>(histories.Length);
        foreach (var history in histories)
        {
            var dossier = Dossier.Rehydrate(session, history);
            if (command)
            {
                dossier.DeclareComplete(StaffActor, DecidedAt);
            }

            dossiers.Add(dossier);
        }

        return dossiers;
    }
}

using SharpFuzz;

namespace Cdg.Inscription.Fuzzing;

/// <summary>
/// The entry point of the harness. Without arguments it is the target of <c>afl-fuzz</c>, run out of
/// process so that a hang or a stack overflow does not stop the fuzzing; <c>--in-process</c> is the
/// faster SharpFuzz server that a hang would stop; <c>--once</c> runs one input under
/// <c>afl-tmin</c> or <c>afl-showmap</c>; <c>--replay</c> runs files or folders without AFL++ and
/// prints each exception, to triage findings.
/// </summary>
public static class Program
{
    /// <summary>Runs the harness.</summary>
    /// <param name="args">Nothing, <c>--in-process</c>, <c>--once</c>, or <c>--replay</c> and paths.</param>
    /// <returns>0, or 1 when a replayed input failed.</returns>
    public static int Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var mode = args.Length > 0 ? args[0] : string.Empty;
        switch (mode)
        {
            case "":
                Fuzzer.OutOfProcess.Run(InspectorTarget.Run);
                return 0;
            case "--in-process":
                Fuzzer.Run(InspectorTarget.Run);
                return 0;
            case "--once":
                Fuzzer.RunOnce(InspectorTarget.Run);
                return 0;
            case "--replay":
                // Through SharpFuzz, which gives the instrumentation a map when AFL++ does not, so that
                // the instrumented build replays too.
                var status = 0;
                Fuzzer.Run(_ => status = Replay(args.Skip(1)));
                return status;
            default:
                Console.Error.WriteLine("Usage: Cdg.Inscription.Fuzzing [--in-process | --once | --replay PATH...]");
                return 2;
        }
    }

    /// <summary>Checks each file, and each file of each folder, and prints what fails.</summary>
    private static int Replay(IEnumerable<string> paths)
    {
        var files = paths
            .SelectMany(path => Directory.Exists(path) ? Directory.EnumerateFiles(path).Order(StringComparer.Ordinal) : (IEnumerable<string>)[path])
            .ToList();
        var failed = 0;
        foreach (var file in files)
        {
            try
            {
                InspectorTarget.Check(File.ReadAllBytes(file));
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                failed++;
                Console.WriteLine($"FAIL {file}");
                Console.WriteLine(exception);
            }
        }

        Console.WriteLine($"{files.Count - failed} passed, {failed} failed");
        return failed == 0 ? 0 : 1;
    }
}

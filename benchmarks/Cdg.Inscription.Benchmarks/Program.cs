using BenchmarkDotNet.Running;
using Cdg.Inscription.Benchmarks.Support;

// Every table of docs/performance.md, in one command:
//                    dotnet run -c Release --project benchmarks/Cdg.Inscription.Benchmarks -- --all
// Every benchmark:   dotnet run -c Release --project benchmarks/Cdg.Inscription.Benchmarks -- --filter '*'
// The dry job (CI):  dotnet run -c Release --project benchmarks/Cdg.Inscription.Benchmarks -- --filter '*' --job Dry
// Peak memory:       dotnet run -c Release --project benchmarks/Cdg.Inscription.Benchmarks -- --scale 100000
// Bytes read:        dotnet run -c Release --project benchmarks/Cdg.Inscription.Benchmarks -- --bytes-read
if (args.Contains("--scale"))
{
    return ScaleRun.Run(args);
}

if (args.Contains("--bytes-read"))
{
    return BytesReadRun.Run();
}

var all = args.Contains("--all");
var modes = 0;
if (all)
{
    // The two tables that BenchmarkDotNet cannot give: bytes read, then peak memory, before any benchmark runs.
    modes = BytesReadRun.Run() | ScaleRun.Run(["--scale", "100000"]);
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(all ? ["--filter", "*", "--job", "short"] : args);

// A benchmark that failed to build or to run fails the command, so that CI notices.
return modes != 0 || summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;

using BenchmarkDotNet.Running;
using Cdg.Inscription.Benchmarks.Support;

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

var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

// A benchmark that failed to build or to run fails the command, so that CI notices.
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;

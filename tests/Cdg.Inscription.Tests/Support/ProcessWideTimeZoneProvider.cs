namespace Cdg.Inscription.Tests.Support;

/// <summary>The tests that change the process-wide time-zone provider run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWideTimeZoneProvider
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Process-wide time-zone provider";
}

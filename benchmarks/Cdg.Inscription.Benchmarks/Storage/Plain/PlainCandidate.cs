namespace Cdg.Inscription.Benchmarks.Storage.Plain;

/// <summary>The baseline's candidate.</summary>
public sealed record PlainCandidate(string FamilyName, string GivenName, PlainAddress Address, string? Email);

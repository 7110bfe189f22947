namespace Cdg.Inscription.Benchmarks.Storage.Plain;

/// <summary>The baseline's actor: the same fields as the contract's, as plain data.</summary>
public sealed record PlainActor(string Role, string Id);

namespace Cdg.Inscription.Benchmarks.Storage.Plain;

/// <summary>The baseline's postal address.</summary>
public sealed record PlainAddress(string Street, string? Complement, string PostalCode, string City, string Country);

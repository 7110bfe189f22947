namespace Cdg.Inscription.Benchmarks.Storage.Plain;

/// <summary>The baseline's attached file; instants and dates are already text.</summary>
public sealed record PlainFile(string Piece, Guid Id, string DisplayName, string Type, long Size, string Sha256, string ReceivedAt, string? IssuedOn);

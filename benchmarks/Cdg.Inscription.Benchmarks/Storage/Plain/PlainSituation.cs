namespace Cdg.Inscription.Benchmarks.Storage.Plain;

/// <summary>The baseline's declared situation.</summary>
public sealed record PlainSituation(bool ParentOfThreeExemption, bool AdaptedExams, bool PublicEmployee);

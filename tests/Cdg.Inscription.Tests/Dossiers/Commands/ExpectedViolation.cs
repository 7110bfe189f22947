namespace Cdg.Inscription.Tests.Dossiers.Commands;

/// <summary>A violation that a refused command must report, written out in full on the test side.</summary>
/// <param name="Code">One of the constants of <see cref="RuleViolationCodes"/>.</param>
/// <param name="RuleId">The ID of the rule in the catalogue.</param>
/// <param name="Message">The exact French message.</param>
internal sealed record ExpectedViolation(string Code, string RuleId, string Message);

using Cdg.Inscription.Sessions;
using static Cdg.Inscription.Pieces.PieceObligation;
using static Cdg.Inscription.Pieces.SituationCondition;

namespace Cdg.Inscription.Pieces;

/// <summary>
/// The pieces that each kind of exam asks for by default (PIECE-04), before a session adds or
/// removes its own. <c>docs/checklists.md</c> shows them as a table, checked by a test.
/// </summary>
public static class DefaultPieces
{
    /// <summary>The default requirements of a kind of exam.</summary>
    /// <param name="kind">The kind of exam.</param>
    /// <returns>The requirements, the common ones first.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    public static IReadOnlyList<PieceRequirement> For(ExamKind kind)
    {
        var common = new[]
        {
            StandardPieces.RegistrationForm.Require(RequiredAtClosure),
            StandardPieces.IdentityDocument.Require(RequiredAtClosure),
        };
        var adaptedExams = StandardPieces.MedicalCertificate.Require(RequiredAtClosure, appliesWhen: RequestsAdaptedExams);
        IEnumerable<PieceRequirement> specific = kind switch
        {
            ExamKind.ExternalCompetition =>
            [
                StandardPieces.Diploma.Require(RequiredAtClosure, appliesWhen: DoesNotClaimDiplomaExemption),
                StandardPieces.ParentOfThreeProof.Require(RequiredAtClosure, appliesWhen: ClaimsParentOfThreeExemption),
            ],
            ExamKind.InternalCompetition =>
            [
                StandardPieces.ServiceRecord.Require(RequiredAtClosure, deferrableWhen: IsPublicEmployee),
            ],
            ExamKind.ThirdCompetition =>
            [
                StandardPieces.ProfessionalActivityProof.Require(RequiredAtClosure),
                StandardPieces.CurriculumVitae.Require(RequiredAtClosure),
            ],
            ExamKind.ProfessionalExam =>
            [
                StandardPieces.ServiceRecord.Require(RequiredAtClosure, deferrableWhen: IsPublicEmployee),
                StandardPieces.TenureDecree.Require(RequiredAtClosure, deferrableWhen: IsPublicEmployee),
                StandardPieces.LatestStatusDecree.Require(RequiredAtClosure, deferrableWhen: IsPublicEmployee),
            ],
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown exam kind."),
        };
        return Array.AsReadOnly(common.Concat(specific).Append(adaptedExams).ToArray());
    }
}

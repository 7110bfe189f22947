using System.Text;
using System.Text.RegularExpressions;
using Cdg.Inscription.Pieces;
using Cdg.Inscription.Sessions;

namespace Cdg.Inscription.Tests.Docs;

/// <summary>docs/checklists.md shows the default pieces of every kind of exam, as <see cref="DefaultPieces"/> computes them.</summary>
public sealed class ChecklistDocumentTests
{
    private const string ChecklistsFile = "docs/checklists.md";

    private static readonly Regex Generated = new(
        "<!-- BEGIN generated tables -->\n(?<body>.*?)<!-- END generated tables -->",
        RegexOptions.Singleline | RegexOptions.CultureInvariant);

    private static readonly ExamKind[] Kinds = (ExamKind[])Enum.GetValues(typeof(ExamKind));

    [Fact]
    [Trait("Rule", "PIECE-04")]
    public void Docs_checklists_md_shows_the_default_pieces_by_exam_kind_and_situation()
    {
        Generated.IsMatch(RepositoryFiles.Read(ChecklistsFile)).Should().BeTrue("the tables sit between the generated-tables markers");

        RepositoryFiles.ShouldHoldGenerated(ChecklistsFile, current => Generated.Replace(
            current,
            _ => $"<!-- BEGIN generated tables -->\n{Tables()}<!-- END generated tables -->"));
    }

    private static string Tables()
    {
        var text = new StringBuilder();
        text.Append("### The pieces of each kind of exam\n\n");
        foreach (var kind in Kinds)
        {
            text.Append("#### `").Append(kind).Append("`\n\n");
            text.Append("| Piece | Code | Obligation | Applies | Deferred | Must be recent |\n|---|---|---|---|---|---|\n");
            foreach (var piece in DefaultPieces.For(kind))
            {
                text.Append("| ").Append(piece.Label)
                    .Append(" | `").Append(piece.Code).Append('`')
                    .Append(" | ").Append(piece.Obligation)
                    .Append(" | ").Append(piece.AppliesWhen?.Description ?? "toujours")
                    .Append(" | ").Append(piece.DeferrableWhen?.Description ?? "—")
                    .Append(" | ").Append(piece.Validity is { } v ? $"issued less than {v.MaximumAgeAtFirstExam} before the first exam" : "—")
                    .Append(" |\n");
            }

            text.Append('\n');
        }

        text.Append("### The checklist of each kind of exam and situation\n\n");
        text.Append("C: required at closure; D: required, may be sent after closure until its due date.\n\n");
        text.Append("| Exam kind | Parent-of-three exemption | Adapted exams | Public employee | Pieces |\n|---|---|---|---|---|\n");
        foreach (var kind in Kinds)
        {
            foreach (var situation in Situations())
            {
                var pieces = DefaultPieces.For(kind)
                    .Select(p => (p.Code, Obligation: p.ObligationFor(situation)))
                    .Where(p => p.Obligation is not null)
                    .Select(p => $"`{p.Code}` {(p.Obligation == PieceObligation.Deferrable ? "D" : p.Obligation == PieceObligation.RequiredAtClosure ? "C" : "optional")}");
                text.Append("| `").Append(kind).Append("` | ")
                    .Append(YesNo(situation.ClaimsParentOfThreeExemption)).Append(" | ")
                    .Append(YesNo(situation.RequestsAdaptedExams)).Append(" | ")
                    .Append(YesNo(situation.IsPublicEmployee)).Append(" | ")
                    .Append(string.Join(", ", pieces)).Append(" |\n");
            }
        }

        return text.Append('\n').ToString();
    }

    private static IEnumerable<CandidateSituation> Situations() =>
        from exemption in new[] { false, true }
        from adapted in new[] { false, true }
        from employee in new[] { false, true }
        select new CandidateSituation(exemption, adapted, employee);

    private static string YesNo(bool value) => value ? "yes" : "no";
}

using BenchmarkDotNet.Attributes;
using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Pieces;
using NodaTime;
using static Cdg.Inscription.Benchmarks.Support.BenchmarkScenario;

namespace Cdg.Inscription.Benchmarks.Queries;

/// <summary>
/// The candidate's checklist of one dossier (PIECE-04, PIECE-05), as a page shows it on each visit:
/// five pieces, three of them with a file. The baseline is what a host would write without the
/// checklist: a loop over the session's pieces that counts the required ones without a file.
/// </summary>
[MemoryDiagnoser]
public class ChecklistBenchmarks
{
    private Dossier _dossier = null!;
    private Instant _at;

    /// <summary>A pre-registered dossier with files for the three pieces required at closure, looked at on 21 April 2023.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _dossier = Dossier.PreRegister(Session(), Number(1), NewCandidate, CandidateActor, PreRegisteredAt);
        _dossier.AddFile(RegistrationForm, FormFile, CandidateActor, FilesAt);
        _dossier.AddFile(IdentityDocument, IdentityFile, CandidateActor, FilesAt);
        _dossier.AddFile(Diploma, DiplomaFile, CandidateActor, FilesAt);
        _at = Paris(2023, 4, 21);
    }

    /// <summary>The baseline: the required pieces without a file, by a loop over <c>Session.Pieces</c> and the dossier's files.</summary>
    /// <returns>How many required pieces have no file.</returns>
    [Benchmark(Baseline = true)]
    public int LoopOverSessionPieces()
    {
        var missing = 0;
        var situation = _dossier.Situation;
        var files = _dossier.Files;
        foreach (var piece in _dossier.Session.Pieces)
        {
            if (piece.ObligationFor(situation) is not (PieceObligation.RequiredAtClosure or PieceObligation.Deferrable))
            {
                continue;
            }

            var held = false;
            foreach (var file in files)
            {
                if (file.Piece == piece.Code)
                {
                    held = true;
                    break;
                }
            }

            missing += held ? 0 : 1;
        }

        return missing;
    }

    /// <summary><see cref="Dossier.ChecklistAt"/>: every piece with its obligation, due date, files, state and findings.</summary>
    /// <returns>The checklist.</returns>
    [Benchmark]
    public Checklist ChecklistAt() => _dossier.ChecklistAt(_at);

    /// <summary>The same question as the baseline through the checklist: <see cref="Checklist.MissingForCompletion"/>.</summary>
    /// <returns>How many required pieces have no file.</returns>
    [Benchmark]
    public int MissingForCompletion() => _dossier.ChecklistAt(_at).MissingForCompletion.Count;

    /// <summary>The checklist in French, one line per piece that applies (<see cref="Checklist.Describe"/>).</summary>
    /// <returns>The lines.</returns>
    [Benchmark]
    public IReadOnlyList<string> Describe() => _dossier.ChecklistAt(_at).Describe();
}

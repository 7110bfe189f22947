using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Sessions;

namespace Cdg.Inscription.Pieces;

/// <summary>
/// The answer to "is any required piece without a file?", as the closure and DOSSIER COMPLET
/// guards ask it (PIECE-05): the same pieces, in the same order, as
/// <see cref="Checklist.MissingForClosure"/> and <see cref="Checklist.MissingForCompletion"/>,
/// without building the checklist, and without allocating when nothing is missing.
/// </summary>
internal static class MissingPieces
{
    /// <summary>The pieces required at closure that hold no file; null when there are none.</summary>
    internal static List<PieceRequirement>? ForClosure(ExamSession session, CandidateSituation situation, IReadOnlyList<AttachedFile> files) =>
        Find(session, situation, files, deferredToo: false);

    /// <summary>The required pieces, deferrable ones included, that hold no file; null when there are none.</summary>
    internal static List<PieceRequirement>? ForCompletion(ExamSession session, CandidateSituation situation, IReadOnlyList<AttachedFile> files) =>
        Find(session, situation, files, deferredToo: true);

    private static List<PieceRequirement>? Find(ExamSession session, CandidateSituation situation, IReadOnlyList<AttachedFile> files, bool deferredToo)
    {
        List<PieceRequirement>? missing = null;
        var pieces = session.Pieces;
        for (var i = 0; i < pieces.Count; i++)
        {
            var piece = pieces[i];
            var obligation = piece.ObligationFor(situation);
            var required = obligation == PieceObligation.RequiredAtClosure || (deferredToo && obligation == PieceObligation.Deferrable);
            if (required && !Holds(files, piece.Code))
            {
                (missing ??= []).Add(piece);
            }
        }

        return missing;
    }

    private static bool Holds(IReadOnlyList<AttachedFile> files, PieceCode code)
    {
        for (var i = 0; i < files.Count; i++)
        {
            if (files[i].Piece == code)
            {
                return true;
            }
        }

        return false;
    }
}

using Cdg.Inscription.Dossiers.Events;
using Cdg.Inscription.Pieces;
using Cdg.Inscription.Time;
using NodaTime;

namespace Cdg.Inscription.Dossiers;

/// <summary>
/// The conditions of the lifecycle's transitions, each with the description that the diagram shows
/// and the rule it checks. Which transition uses which guard is set in <see cref="DossierLifecycle"/>.
/// </summary>
internal static class DossierGuards
{
    internal static readonly Guard ByCandidate = Guard.Role(ActorRole.Candidate, "by the candidate");

    internal static readonly Guard ByStaff = Guard.Role(ActorRole.Staff, "by staff");

    internal static readonly Guard PieceRequested = Guard.For<FileAdded>(
        "the checklist asks for the piece",
        (d, e) => Requested(d, e.File.Piece));

    internal static readonly Guard FileIsNew = Guard.For<FileAdded>(
        "the file is not in the dossier yet",
        (d, e) => Holds(d, e.File.File.Id) ? Violations.FileAlreadyAttached(e.File.File.DisplayName) : null);

    internal static readonly Guard FileHeld = Guard.For<FileRemoved>(
        "the dossier holds the file",
        (d, e) => Holds(d, e.FileId) ? null : Violations.FileNotFound());

    internal static readonly Guard FilesBeforeFilingDeadline = Guard.For<DossierEvent>(
        "before the closing deadline",
        (d, e) => d.Session.Calendar.IsFilingOpenAt(e.At) ? null : Violations.FilingDeadlinePassed(d.Session.Calendar.FilingDeadline));

    internal static readonly Guard PieceDeferrableAndDue = Guard.For<DossierEvent>(
        "the piece may be sent later, before its due date",
        (d, e) => PieceOf(d, e) is { } piece ? DeferrableAndDue(d, piece, e.At) : null);

    internal static readonly Guard PieceInRegularisationOrDeferrable = Guard.For<DossierEvent>(
        "the regularisation names the piece, or it may be sent later, before its due date",
        (d, e) =>
        {
            if (PieceOf(d, e) is not { } piece)
            {
                return null;
            }

            return d.Regularisation!.Items.Any(i => i.Piece == piece.Code)
                ? RegularisationInTime(d, e.At)
                : piece.ObligationFor(d.Situation) == PieceObligation.Deferrable ? DeferrableAndDue(d, piece, e.At) : Violations.PieceNotInRegularisation(piece);
        });

    internal static readonly Guard ClosingInTime = Guard.For<ClosedOnline>(
        "before the closing deadline",
        (d, e) => d.Session.Calendar.IsFilingOpenAt(e.At) ? null : Violations.ClosureDeadlinePassed(d.Session.Calendar.FilingDeadline));

    internal static readonly Guard PiecesRequiredAtClosureHeld = Guard.For<ClosedOnline>(
        "every piece required at closure holds a file",
        (d, _) => MissingPieces.ForClosure(d.Session, d.Situation, d.Files) is { } missing ? Violations.ClosurePiecesMissing(missing) : null);

    internal static readonly Guard PostmarkInTime = Guard.ForAll<PostalDossierReceived>(
        "postmarked no later than the closing date, not before registration opened",
        (d, e) =>
        {
            var deadline = d.Session.Calendar.FilingDeadline;
            var received = MetropolitanTime.DateAt(e.At);
            var found = new List<RuleViolation>();
            if (e.Postmark > received)
            {
                found.Add(Violations.PostmarkAfterReception(e.Postmark, received));
            }

            var opens = d.Session.Calendar.PreRegistrationOpens;
            if (e.Postmark < opens)
            {
                found.Add(Violations.PostmarkBeforeOpening(e.Postmark, opens));
            }

            if (!deadline.IsMetByPostmark(e.Postmark))
            {
                found.Add(Violations.PostmarkLate(e.Postmark, deadline));
            }

            return found;
        });

    internal static readonly Guard RequestNamesComplements = Guard.ForAll<RegularisationRequested>(
        "names each piece to supply and what is wrong",
        (d, e) =>
        {
            var request = e.Request;
            if (request.Items.Count == 0)
            {
                return [Violations.RegularisationEmpty()];
            }

            var found = new List<RuleViolation>();
            foreach (var item in request.Items)
            {
                if (Requested(d, item.Piece) is { } notInChecklist)
                {
                    found.Add(notInChecklist);
                }

                if (Text.CheckReason(item.Reason, "LIFE-05", () => Violations.RegularisationReasonMissing(d.Session, item.Piece)) is { } badReason)
                {
                    found.Add(badReason);
                }
            }

            if (request.DueDate is { } due && due < MetropolitanTime.DateAt(e.At))
            {
                found.Add(Violations.RegularisationDueDateInPast(due));
            }

            return found;
        });

    internal static readonly Guard RequestedComplementsHeld = Guard.ForAll<ComplementsSupplied>(
        "each named piece has a new file (or staff received the complements by post), before the regularisation's due date",
        (d, e) =>
        {
            var found = new List<RuleViolation>();
            if (RegularisationInTime(d, e.At) is { } late)
            {
                found.Add(late);
            }

            if (e.Actor.Role == ActorRole.Staff)
            {
                return found;
            }

            var since = d.RegularisationRequestedAt!.Value;
            // A piece that no longer applies after a change of situation is not awaited any more.
            var missing = d.Regularisation!.Items
                .Where(i => Requested(d, i.Piece) is null)
                .Where(i => !d.Files.Any(f => f.Piece == i.Piece && f.ReceivedAt >= since))
                .Select(i => d.Session.LabelOf(i.Piece))
                .ToArray();
            if (missing.Length > 0)
            {
                found.Add(Violations.ComplementsMissing(missing));
            }

            return found;
        });

    internal static readonly Guard NonComplianceReasoned = Guard.For<DeclaredNonCompliant>(
        "states at least one reason",
        (_, e) => e.Reasons.Count == 0
            ? Violations.NonComplianceReasonMissing()
            : e.Reasons.Select(r => Text.CheckReason(r, "LIFE-07", Violations.NonComplianceReasonMissing)).FirstOrDefault(v => v is not null));

    internal static readonly Guard AllRequiredPiecesHeld = Guard.For<DeclaredComplete>(
        "every required piece holds a file, deferrable ones included (online dossiers)",
        (d, _) => d.Filing == FilingChannel.Online && MissingPieces.ForCompletion(d.Session, d.Situation, d.Files) is { } missing
            ? Violations.CompletePiecesMissing(missing)
            : null);

    internal static readonly Guard ReopeningReasoned = Guard.For<Reopened>(
        "states a reason",
        (_, e) => Text.CheckReason(e.Reason, "LIFE-11", Violations.ReopenReasonMissing));

    internal static readonly Guard SituationAccepted = Guard.ForAll<SituationChanged>(
        "the session accepts the situation",
        (d, e) => d.Session.CheckSituation(e.Situation));

    internal static readonly Guard NotAConvocation = Guard.For<DocumentPublished>(
        "not a convocation",
        (d, e) => e.Document.Kind == DocumentKind.Convocation ? Violations.ConvocationNeedsCompleteDossier(d.Status) : null);

    /// <summary>Whether the dossier holds a file of that ID; a loop, since a guard runs on every command.</summary>
    private static bool Holds(Dossier d, Guid fileId)
    {
        var files = d.Files;
        for (var i = 0; i < files.Count; i++)
        {
            if (files[i].File.Id == fileId)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Null when the session asks this candidate for the piece (PIECE-01, PIECE-04); the violation otherwise.</summary>
    private static RuleViolation? Requested(Dossier d, PieceCode code)
    {
        if (!d.Session.TryGetPiece(code, out var piece))
        {
            return Violations.PieceNotRequested(code);
        }

        return piece.ObligationFor(d.Situation) is null ? Violations.PieceNotApplicable(piece) : null;
    }

    /// <summary>The requirement of the piece that a file event is about, or null when another guard reports it.</summary>
    private static PieceRequirement? PieceOf(Dossier d, DossierEvent e)
    {
        PieceCode? code = e switch
        {
            FileAdded added => added.File.Piece,
            FileRemoved removed when Holds(d, removed.FileId) => removed.Piece,
            _ => null,
        };
        return code is { } c && d.Session.TryGetPiece(c, out var piece) ? piece : null;
    }

    private static RuleViolation? DeferrableAndDue(Dossier d, PieceRequirement piece, Instant at)
    {
        if (piece.ObligationFor(d.Situation) != PieceObligation.Deferrable)
        {
            return Violations.PieceNotDeferrable(piece);
        }

        var due = d.Session.DueDateOf(piece, d.Situation);
        return d.Session.IsMetAt(due, at) ? null : Violations.PieceDueDatePassed(piece, due);
    }

    private static RuleViolation? RegularisationInTime(Dossier d, Instant at) =>
        Deadline.Of(d.Regularisation!.DueDate) is { } due && !due.IsMetAt(at) ? Violations.RegularisationDueDatePassed(due) : null;
}

using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Dossiers.Events;
using Cdg.Inscription.Pieces;
using NodaTime;

namespace Cdg.Inscription.Tests.Dossiers.Properties;

/// <summary>What holds of a dossier whatever commands it was given, checked after every step of a generated script.</summary>
internal static class DossierInvariants
{
    /// <summary>The earliest date of issue of a document that must be less than six months old at the first exam, 15 June 2023.</summary>
    private static readonly LocalDate EarliestIssue = new(2022, 12, 16);

    /// <summary>The first exam of every generated session: a document issued later is not accepted either.</summary>
    private static readonly LocalDate FirstExam = new(2023, 6, 15);

    /// <summary>Asserts every invariant of a dossier that holds its whole history.</summary>
    /// <param name="dossier">The dossier, never rehydrated from a snapshot.</param>
    /// <param name="because">The step, for the failure message.</param>
    /// <param name="becauseArgs">Its arguments.</param>
    internal static void AssertHold(Dossier dossier, string because, params object[] becauseArgs)
    {
        var status = dossier.Status;

        // LIFE-11: the history is the whole story, numbered 1, 2, 3…, and ends in the current status.
        dossier.Version.Should().Be(dossier.History.Count, because, becauseArgs);
        for (var i = 0; i < dossier.History.Count; i++)
        {
            dossier.History[i].Sequence.Should().Be(i + 1, because, becauseArgs);
        }

        dossier.History[0].Should().BeOfType<PreRegistered>(because, becauseArgs);
        dossier.History[^1].Status.Should().Be(status, because, becauseArgs);

        // LIFE-05: DOSSIER INCOMPLET always comes with its regularisation request, and only it.
        (dossier.Regularisation is not null).Should().Be(status == DossierStatus.Incomplete, because, becauseArgs);
        (dossier.RegularisationRequestedAt is not null).Should().Be(dossier.Regularisation is not null, because, becauseArgs);
        if (dossier.Regularisation is { } request)
        {
            request.Items.Should().NotBeEmpty(because, becauseArgs);
        }

        // LIFE-07: the reasons of DOSSIER NON CONFORME, and only then.
        AssertReasonsOnlyWhileNonCompliant(dossier, because, becauseArgs);

        // LIFE-02: the dossier has reached the CDG exactly when it has left EN ATTENTE DE VOTRE DOSSIER;
        // a cancelled dossier may have been filed or not.
        (dossier.FiledAt is not null).Should().Be(dossier.Filing is not null, because, becauseArgs);
        if (status != DossierStatus.Cancelled)
        {
            (dossier.Filing is not null).Should().Be(status != DossierStatus.AwaitingDossier, because, becauseArgs);
        }

        // SPACE-01: a convocation is published only to a complete dossier.
        foreach (var convocation in dossier.Documents.Where(d => d.Kind == DocumentKind.Convocation))
        {
            var publications = dossier.History.OfType<DocumentPublished>().Where(e => e.Document.Equals(convocation)).ToArray();
            publications.Should().NotBeEmpty(because, becauseArgs);
            publications.Where(e => e.Status != DossierStatus.Complete).Should().BeEmpty(because, becauseArgs);
        }

        // PIECE-02: a file is held once; PIECE-01: only for a piece that the session asks for.
        dossier.Files.Select(f => f.File.Id).Should().OnlyHaveUniqueItems(because, becauseArgs);
        var requested = dossier.Session.Pieces.Select(p => p.Code).ToHashSet();
        dossier.Files.Where(f => !requested.Contains(f.Piece)).Should().BeEmpty(because, becauseArgs);

        // PIECE-05, LIFE-08: an online dossier is complete only with a file for every piece
        // required in the declared situation, deferred ones included.
        if (status == DossierStatus.Complete && dossier.Filing == FilingChannel.Online)
        {
            var required = dossier.Session.Pieces
                .Where(p => p.ObligationFor(dossier.Situation) is PieceObligation.RequiredAtClosure or PieceObligation.Deferrable)
                .Select(p => p.Code);
            required.Where(code => !dossier.Files.Any(f => f.Piece == code)).Should().BeEmpty(because, becauseArgs);
        }

        // PIECE-04: the declared situation is the last one recorded, and one that the session accepts.
        var declared = dossier.History.OfType<SituationChanged>().LastOrDefault()?.Situation
            ?? ((PreRegistered)dossier.History[0]).Situation;
        dossier.Situation.Should().Be(declared, because, becauseArgs);
        dossier.Session.CheckSituation(dossier.Situation).Should().BeEmpty(because, becauseArgs);

        // PIECE-04: a document that must be recent is flagged, not refused, when its date of issue is
        // unknown or outside the six months before the first exam; the checklist lists the pieces that
        // apply in the declared situation.
        var checklist = dossier.ChecklistAt(dossier.History[^1].At);
        foreach (var item in checklist.Items)
        {
            var flagged = item.Requirement.Validity is null
                ? 0
                : item.Files.Count(f => f.IssuedOn is not { } issued || issued < EarliestIssue || issued > FirstExam);
            item.Findings.Should().HaveCount(flagged, because, becauseArgs);
            item.Obligation.Should().Be(item.Requirement.ObligationFor(dossier.Situation), because, becauseArgs);
        }
    }

    /// <summary>LIFE-07: a dossier holds non-compliance reasons exactly while it is DOSSIER NON CONFORME, whatever its status.</summary>
    /// <param name="dossier">The dossier.</param>
    /// <param name="because">The step, for the failure message.</param>
    /// <param name="becauseArgs">Its arguments.</param>
    internal static void AssertReasonsOnlyWhileNonCompliant(Dossier dossier, string because, params object[] becauseArgs) =>
        (dossier.NonComplianceReasons.Count > 0).Should().Be(dossier.Status == DossierStatus.NonCompliant, because, becauseArgs);
}

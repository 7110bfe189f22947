using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Dossiers.Events;
using Cdg.Inscription.Pieces;

namespace Cdg.Inscription.Tests.Dossiers.Properties;

/// <summary>What holds of a dossier whatever commands it was given, checked after every step of a generated script.</summary>
internal static class DossierInvariants
{
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

        // PIECE-05, LIFE-08: an online dossier is complete only with a file for every required piece.
        if (status == DossierStatus.Complete && dossier.Filing == FilingChannel.Online)
        {
            var required = dossier.Session.Pieces
                .Where(p => p.Obligation is PieceObligation.RequiredAtClosure or PieceObligation.Deferrable)
                .Select(p => p.Code);
            required.Where(code => !dossier.Files.Any(f => f.Piece == code)).Should().BeEmpty(because, becauseArgs);
        }
    }

    /// <summary>LIFE-07: a dossier holds non-compliance reasons exactly while it is DOSSIER NON CONFORME, whatever its status.</summary>
    /// <param name="dossier">The dossier.</param>
    /// <param name="because">The step, for the failure message.</param>
    /// <param name="becauseArgs">Its arguments.</param>
    internal static void AssertReasonsOnlyWhileNonCompliant(Dossier dossier, string because, params object[] becauseArgs) =>
        (dossier.NonComplianceReasons.Count > 0).Should().Be(dossier.Status == DossierStatus.NonCompliant, because, becauseArgs);
}

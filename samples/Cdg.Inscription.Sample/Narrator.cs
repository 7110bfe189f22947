using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Pieces;
using Cdg.Inscription.Sessions;
using Cdg.Inscription.Time;
using NodaTime;

namespace Cdg.Inscription.Sample;

/// <summary>Writes the story to the console, in French.</summary>
internal static class Narrator
{
    private const string Indent = "   ";

    /// <summary>Presents the organiser, the session, its calendar and the pieces it asks for.</summary>
    public static void Introduce(ExamSession session)
    {
        var calendar = session.Calendar;
        Console.WriteLine(session.Organiser.Name);
        Console.WriteLine(session.Title);
        Console.WriteLine(new string('=', session.Title.Length));
        Console.WriteLine($"Préinscriptions : du {FrenchDates.Format(calendar.PreRegistrationOpens)} au {FrenchDates.Format(calendar.PreRegistrationDeadline.Date)} avant minuit (heure métropolitaine)");
        Console.WriteLine($"Clôture des inscriptions : {calendar.FilingDeadline.Describe()}");
        Console.WriteLine($"Première épreuve : {FrenchDates.Format(calendar.FirstExam)}");
        Console.WriteLine("Pièces demandées :");
        foreach (var piece in session.Pieces)
        {
            Console.WriteLine($"{Indent}- {piece.Label} : {Obligation(session, piece)}");
        }
    }

    /// <summary>Opens a chapter of the story.</summary>
    public static void Chapter(string title)
    {
        Console.WriteLine();
        Console.WriteLine($"── {title} ──");
    }

    /// <summary>Tells one step.</summary>
    public static void Say(string text) => Console.WriteLine($"{Indent}{text}");

    /// <summary>Tells what happened at an instant, shown in Paris time.</summary>
    public static void At(Instant instant, string text) => Say($"[{ParisTime.Format(instant)}] {text}");

    /// <summary>Shows the dossier's status as the candidate's space labels it, and what it means.</summary>
    public static void Status(Dossier dossier)
    {
        Say($"→ Statut du dossier n° {dossier.Number} : {DossierStatusLabels.Label(dossier.Status)}");
        Say($"  {DossierStatusLabels.Explanation(dossier.Status)}");
    }

    /// <summary>Shows why a command was refused: each broken rule, its ID and its French message.</summary>
    public static void Refusal(IEnumerable<RuleViolation> violations)
    {
        foreach (var violation in violations)
        {
            Say($"✗ [{violation.RuleId}] {violation.Message}");
        }
    }

    /// <summary>Shows the candidate's checklist at an instant, in French, with what the checklist flags.</summary>
    public static void Checklist(Dossier dossier, Instant at)
    {
        var checklist = dossier.ChecklistAt(at);
        Say("Pièces à fournir, d'après votre situation :");
        foreach (var line in checklist.Describe())
        {
            Say($"  • {line}");
        }

        foreach (var finding in checklist.Applicable.SelectMany(i => i.Findings).Concat(checklist.Duplicates.Select(d => d.Finding)))
        {
            Say($"  ! {finding.Message}");
        }
    }

    /// <summary>Shows the files that the dossier holds, piece by piece.</summary>
    public static void Files(Dossier dossier)
    {
        foreach (var attached in dossier.Files)
        {
            var file = attached.File;
            Say($"  • {dossier.Session.LabelOf(attached.Piece)} : « {file.DisplayName} » ({file.ContentType}, {file.Size} octets, SHA-256 {file.Sha256[..12]}…)");
        }
    }

    /// <summary>
    /// Lists the statuses that the dossiers went through, from their histories, and stops the
    /// sample if one of the five statuses shown to candidates is missing.
    /// </summary>
    public static void SummariseStatuses(IEnumerable<Dossier> dossiers)
    {
        var seen = dossiers.SelectMany(d => d.History).Select(e => e.Status).ToHashSet();
        DossierStatus[] shownToCandidates =
        [
            DossierStatus.AwaitingDossier,
            DossierStatus.UnderReview,
            DossierStatus.Incomplete,
            DossierStatus.NonCompliant,
            DossierStatus.Complete,
        ];

        Chapter("Les cinq statuts de l'espace candidat");
        foreach (var status in shownToCandidates)
        {
            Say($"{(seen.Contains(status) ? "✓" : "✗")} {DossierStatusLabels.Label(status)}");
        }

        Expect.That(shownToCandidates.All(seen.Contains), "The dossiers of the sample did not go through all five statuses.");
    }

    /// <summary>"oui" or "non".</summary>
    public static string YesNo(bool answer) => answer ? "oui" : "non";

    private static string Obligation(ExamSession session, PieceRequirement piece)
    {
        var obligation = piece.Obligation switch
        {
            PieceObligation.RequiredAtClosure => "obligatoire avant la clôture",
            PieceObligation.Deferrable => $"obligatoire, à transmettre au plus tard {session.DueDateOf(piece).Describe()}",
            PieceObligation.Optional => "facultative",
            _ => throw new ArgumentOutOfRangeException(nameof(piece), piece.Obligation, "Unknown obligation."),
        };
        var applies = piece.AppliesWhen is { } when ? $", {when.Description}" : string.Empty;
        var deferred = piece.DeferrableWhen is { } later ? $" (ou après la clôture {later.Description})" : string.Empty;
        return obligation + applies + deferred;
    }
}

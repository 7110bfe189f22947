using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Files;
using Cdg.Inscription.Pieces;
using Cdg.Inscription.Sessions;
using Cdg.Inscription.Tests.Support;
using Cdg.Inscription.Time;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Cdg.Inscription.Tests.Dossiers.Properties;

/// <summary>
/// Generators for the lifecycle properties: scripts of up to 40 commands of every kind, by the
/// candidate or by staff, at non-decreasing instants gathered around the deadlines that matter: the
/// closing deadline (2023-04-27T22:00Z), the first exam (15 June 2023, the default due date of the
/// état des services) and the night of 29 October 2023, when summer time ends (a second session
/// has the état des services due that day). Dates (postmarks, due dates) also fall on 26 March 2023,
/// the night summer time starts, which comes before the scenario's pre-registration. Three more
/// sessions ask for the default pieces of their kind (a concours interne, a concours externe, and a
/// concours externe leading to a regulated profession), so that the declared situation, given at
/// pre-registration and changed at random, decides which pieces are asked for (PIECE-04).
/// </summary>
internal static class DossierGenerators
{
    internal const int MaxCommands = 40;

    /// <summary>The pre-registration of <see cref="Scenario.PreRegistered"/>: 1 April 2023, noon in Paris.</summary>
    internal static readonly Instant PreRegisteredAt = Scenario.Paris(2023, 4, 1);

    /// <summary>When the état des services is due by default: the end of the first exam's day (DEAD-06).</summary>
    internal static readonly Instant FirstExamEnds = MetropolitanTime.EndOf(Scenario.FirstExam);

    /// <summary>The end of 29 October 2023 in Paris, in winter time again: 2023-10-29T23:00Z (DEAD-02).</summary>
    internal static readonly Instant AutumnNightEnds = MetropolitanTime.EndOf(new LocalDate(2023, 10, 29));

    /// <summary>When the clocks go back on 29 October 2023: 03:00 summer time becomes 02:00 winter time.</summary>
    internal static readonly Instant ClocksGoBack = Instant.FromUtc(2023, 10, 29, 1, 0);

    internal static readonly ExamSession StandardSession = Scenario.Session();

    /// <summary>The same session, but the état des services is due on 29 October 2023, the night summer time ends.</summary>
    internal static readonly ExamSession ServiceRecordDueOnAutumnNight = new(
        "2023-REDACTEUR-INT-B",
        "Concours interne de rédacteur territorial 2023 (état des services au 29 octobre)",
        ExamKind.InternalCompetition,
        new Organiser("CDG53", "Centre de gestion de la Mayenne"),
        Scenario.Calendar(),
        Scenario.Pieces().Select(p => p.Code == Scenario.ServiceRecord ? new PieceRequirement(p.Code, p.Label, p.Obligation, new LocalDate(2023, 10, 29)) : p));

    /// <summary>A concours interne with the default pieces: the état des services is deferred for a public employee only.</summary>
    internal static readonly ExamSession InternalWithDefaultPieces = new(
        "2023-REDACTEUR-INT-D",
        "Concours interne de rédacteur territorial 2023 (pièces par défaut)",
        ExamKind.InternalCompetition,
        new Organiser("CDG53", "Centre de gestion de la Mayenne"),
        Scenario.Calendar());

    /// <summary>A concours externe with the default pieces: parents of three children may claim the diploma exemption.</summary>
    internal static readonly ExamSession ExternalWithDefaultPieces = new(
        "2023-REDACTEUR-EXT-D",
        "Concours externe de rédacteur territorial 2023 (pièces par défaut)",
        ExamKind.ExternalCompetition,
        new Organiser("CDG53", "Centre de gestion de la Mayenne"),
        Scenario.Calendar());

    /// <summary>A concours externe with the default pieces, for a regulated profession: no diploma exemption.</summary>
    internal static readonly ExamSession RegulatedWithDefaultPieces = new(
        "2023-INFIRMIER-EXT-D",
        "Concours externe d'infirmier territorial 2023 (pièces par défaut)",
        ExamKind.ExternalCompetition,
        new Organiser("CDG53", "Centre de gestion de la Mayenne"),
        Scenario.Calendar(),
        isRegulatedProfession: true);

    internal static readonly PieceCode MedicalCertificate = StandardPieces.MedicalCertificate.Code;

    internal static readonly PieceCode ParentOfThreeProof = StandardPieces.ParentOfThreeProof.Code;

    private static readonly Duration[] Offsets =
    [
        Duration.FromDays(-1), Duration.FromHours(-1), Duration.FromMinutes(-1), Duration.FromSeconds(-1), Duration.FromMilliseconds(-1),
        Duration.Zero,
        Duration.FromMilliseconds(1), Duration.FromSeconds(1), Duration.FromHours(1), Duration.FromHours(2), Duration.FromDays(1),
    ];

    private static readonly LocalDate[] NotableDates =
    [
        new(2023, 3, 26), new(2023, 4, 1), new(2023, 4, 20), new(2023, 4, 26), Scenario.ClosingDate, new(2023, 4, 28),
        new(2023, 5, 15), new(2023, 6, 14), Scenario.FirstExam, new(2023, 6, 16), new(2023, 10, 28), new(2023, 10, 29), new(2023, 10, 30),
    ];

    private static readonly Actor OtherStaff = Actor.Staff("autre.gestionnaire");

    private static readonly PieceCode[] AllPieces =
        [Scenario.RegistrationForm, Scenario.IdentityDocument, Scenario.Diploma, Scenario.ServiceRecord, Scenario.Cv, MedicalCertificate, ParentOfThreeProof, Scenario.NotRequested];

    /// <summary>Dates of issue around the six months before the first exam (15 June 2023): 16 December 2022 is the earliest accepted.</summary>
    private static readonly LocalDate[] IssueDates =
    [
        new(2022, 6, 1), new(2022, 12, 15), new(2022, 12, 16), new(2023, 3, 1), new(2023, 4, 20), Scenario.FirstExam, new(2023, 6, 16),
    ];

    /// <summary>Scripts, shrunk by dropping commands (which keeps the instants in order).</summary>
    internal static Arbitrary<CommandScript> Scripts() => Arb.From(ScriptGen(), Shrink);

    internal static Gen<CommandScript> ScriptGen() =>
        from session in Gen.Frequency(
            (2, Gen.Constant(StandardSession)),
            (1, Gen.Constant(ServiceRecordDueOnAutumnNight)),
            (2, Gen.Constant(InternalWithDefaultPieces)),
            (2, Gen.Constant(ExternalWithDefaultPieces)),
            (1, Gen.Constant(RegulatedWithDefaultPieces)))
        from situation in Gen.Frequency(
            (1, Gen.Constant<CandidateSituation?>(null)),
            (2, SituationGen().Where(s => session.CheckSituation(s).Count == 0).Select(s => (CandidateSituation?)s)))
        from count in Gen.Frequency((1, Gen.Choose(1, 10)), (3, Gen.Choose(11, MaxCommands)))
        from instants in Gen.ArrayOf(InstantGen(), count)
        from drafts in Gen.ArrayOf(CommandGen(), count)
        select new CommandScript(
            session,
            drafts.Zip(instants.OrderBy(i => i), (draft, at) => draft with { At = at }).ToArray())
        {
            Situation = situation,
        };

    /// <summary>Any declared situation: each of the three flags at random.</summary>
    internal static Gen<CandidateSituation> SituationGen() =>
        from parentOfThree in Gen.Elements(false, false, true)
        from adaptedExams in Gen.Elements(false, true)
        from publicEmployee in Gen.Elements(false, true)
        select new CandidateSituation(parentOfThree, adaptedExams, publicEmployee);

    /// <summary>An instant after the pre-registration, most often before the closing deadline, often right at a deadline.</summary>
    internal static Gen<Instant> InstantGen() =>
        Gen.Frequency(
            (20, Between(PreRegisteredAt, Scenario.Deadline)),
            (3, Near(Scenario.Deadline)),
            (4, Between(Scenario.Deadline, FirstExamEnds)),
            (2, Near(FirstExamEnds)),
            (1, Between(FirstExamEnds, AutumnNightEnds)),
            (1, Near(ClocksGoBack)),
            (1, Near(AutumnNightEnds)));

    /// <summary>
    /// A command of any kind, most often by the actor that LIFE-10 lets give it, sometimes by the
    /// other one; adding files comes most often, since closing online needs three of them.
    /// </summary>
    internal static Gen<DossierCommand> CommandGen() =>
        from kind in Gen.Frequency(
            (32, Gen.Constant(CommandKind.AddFile)),
            (4, Gen.Constant(CommandKind.RemoveFile)),
            (14, Gen.Constant(CommandKind.Close)),
            (2, Gen.Constant(CommandKind.ReceivePostalDossier)),
            (8, Gen.Constant(CommandKind.RequestRegularisation)),
            (10, Gen.Constant(CommandKind.SupplyComplements)),
            (2, Gen.Constant(CommandKind.DeclareNonCompliant)),
            (6, Gen.Constant(CommandKind.DeclareComplete)),
            (1, Gen.Constant(CommandKind.RecordCancellation)),
            (2, Gen.Constant(CommandKind.Reopen)),
            (6, Gen.Constant(CommandKind.PublishDocument)),
            (2, Gen.Constant(CommandKind.ChangeAddress)),
            (2, Gen.Constant(CommandKind.ChangeEmail)),
            (4, Gen.Constant(CommandKind.ChangeSituation)))
        from actor in ActorGen(new DossierCommand(kind, Scenario.Candidate, PreRegisteredAt).AllowedRoleIn(DossierStatus.AwaitingDossier))
        from command in Arguments(new DossierCommand(kind, actor, PreRegisteredAt))
        select command;

    private static Gen<Actor> ActorGen(ActorRole? allowed)
    {
        var staff = Gen.Elements(Scenario.Staff, OtherStaff);
        var candidate = Gen.Constant(Scenario.Candidate);
        return allowed switch
        {
            ActorRole.Candidate => Gen.Frequency((6, candidate), (1, staff)),
            ActorRole.Staff => Gen.Frequency((6, staff), (1, candidate)),
            _ => Gen.OneOf(candidate, staff),
        };
    }

    private static Gen<DossierCommand> Arguments(DossierCommand command) => command.Kind switch
    {
        CommandKind.AddFile =>
            from piece in Gen.Frequency(
                (4, Gen.Constant(Scenario.RegistrationForm)),
                (4, Gen.Constant(Scenario.IdentityDocument)),
                (4, Gen.Constant(Scenario.Diploma)),
                (3, Gen.Constant(Scenario.ServiceRecord)),
                (1, Gen.Constant(Scenario.Cv)),
                (2, Gen.Constant(MedicalCertificate)),
                (1, Gen.Constant(ParentOfThreeProof)),
                (1, Gen.Constant(Scenario.NotRequested)))
            from guided in Gen.Frequency((2, Gen.Constant(true)), (1, Gen.Constant(false)))
            from choice in Gen.Frequency((9, Gen.Constant(-1)), (1, Gen.Choose(0, 10)))
            from seed in Gen.Choose(1, int.MaxValue)
            from type in Gen.Elements(FileType.Pdf, FileType.Jpeg)
            from issued in Gen.Frequency((1, Gen.Constant<LocalDate?>(null)), (2, Gen.Elements(IssueDates).Select(d => (LocalDate?)d)))
            select command with { Piece = piece, Guided = guided, FileChoice = choice, FileSeed = seed, FileType = type, IssuedOn = issued },
        CommandKind.RemoveFile =>
            from choice in Gen.Frequency((1, Gen.Constant(-1)), (4, Gen.Choose(0, 10)))
            from seed in Gen.Choose(1, int.MaxValue)
            select command with { FileChoice = choice, FileSeed = seed },
        CommandKind.ReceivePostalDossier =>
            from date in DateGen(-40, 1)
            select command with { Date = date.Date, DaysFromToday = date.Days },
        CommandKind.RequestRegularisation =>
            from items in Gen.Frequency(
                (1, Gen.Constant<IReadOnlyList<RegularisationItem>>([])),
                (8, ItemGen().Select(i => (IReadOnlyList<RegularisationItem>)[i])),
                (3, Gen.SubListOf(AllPieces).SelectMany(pieces => Gen.CollectToArray(pieces, ItemFor)).Select(a => (IReadOnlyList<RegularisationItem>)a)))
            from due in Gen.Frequency((2, Gen.Constant<(LocalDate?, int?)>((null, null))), (5, DateGen(-2, 30)))
            select command with { Items = items, Date = due.Item1, DaysFromToday = due.Item2 },
        CommandKind.DeclareNonCompliant =>
            from reasons in Gen.Frequency(
                (1, Gen.Constant<IReadOnlyList<string>>([])),
                (1, Gen.Constant<IReadOnlyList<string>>(["   "])),
                (6, Gen.Constant<IReadOnlyList<string>>(["Condition d'ancienneté non remplie."])),
                (2, Gen.Constant<IReadOnlyList<string>>(["Diplôme de niveau insuffisant.", "Dossier non signé."])))
            select command with { Reasons = reasons },
        CommandKind.Reopen =>
            from reason in Gen.Frequency((1, Gen.Constant(" ")), (5, Gen.Constant("Erreur matérielle : pièce mal classée.")))
            select command with { Reason = reason },
        CommandKind.PublishDocument =>
            from kind in Gen.Frequency(
                (4, Gen.Constant(DocumentKind.Convocation)),
                (1, Gen.Constant(DocumentKind.AccessMap)),
                (1, Gen.Constant(DocumentKind.Transcript)),
                (1, Gen.Constant(DocumentKind.AttendanceCertificate)))
            from seed in Gen.Choose(1, int.MaxValue)
            select command with { Document = kind, FileSeed = seed },
        CommandKind.RecordCancellation =>
            from channel in Gen.Elements(CancellationChannel.Email, CancellationChannel.Post)
            select command with { Channel = channel },
        CommandKind.ChangeAddress =>
            from address in Gen.Elements(Scenario.Address, Scenario.OtherAddress)
            select command with { Address = address },
        CommandKind.ChangeEmail =>
            from email in Gen.Elements<EmailAddress?>(null, EmailAddress.Parse("claire.martin@example.fr"), EmailAddress.Parse("c.martin@exemple.org"))
            select command with { Email = email },
        CommandKind.ChangeSituation =>
            from situation in SituationGen()
            select command with { Situation = situation },
        _ => Gen.Constant(command),
    };

    /// <summary>A notable date, or a date relative to the command's day (from <paramref name="minDays"/> to <paramref name="maxDays"/>).</summary>
    private static Gen<(LocalDate? Date, int? Days)> DateGen(int minDays, int maxDays) =>
        Gen.Frequency(
            (1, Gen.Elements(NotableDates).Select(d => ((LocalDate?)d, (int?)null))),
            (1, Gen.Choose(minDays, maxDays).Select(n => ((LocalDate?)null, (int?)n))));

    private static Gen<RegularisationItem> ItemGen() =>
        Gen.Frequency(
            (3, Gen.Constant(Scenario.IdentityDocument)),
            (2, Gen.Constant(Scenario.Diploma)),
            (2, Gen.Constant(Scenario.ServiceRecord)),
            (1, Gen.Constant(Scenario.RegistrationForm)),
            (1, Gen.Constant(MedicalCertificate)),
            (1, Gen.Constant(ParentOfThreeProof)),
            (1, Gen.Constant(Scenario.NotRequested)))
        .SelectMany(ItemFor);

    private static Gen<RegularisationItem> ItemFor(PieceCode piece) =>
        Gen.Frequency((6, Gen.Constant("La copie est illisible.")), (1, Gen.Constant("  ")))
            .Select(reason => new RegularisationItem(piece, reason));

    private static Gen<Instant> Between(Instant from, Instant to) =>
        Gen.Choose(0, (int)(to - from).TotalSeconds).Select(s => from + Duration.FromSeconds(s));

    private static Gen<Instant> Near(Instant anchor) =>
        Gen.Elements(Offsets).Select(offset => anchor + offset);

    private static IEnumerable<CommandScript> Shrink(CommandScript script)
    {
        var commands = script.Commands;
        if (commands.Count > 1)
        {
            yield return script with { Commands = commands.Take(commands.Count / 2).ToArray() };
            yield return script with { Commands = commands.Skip(commands.Count / 2).ToArray() };
        }

        for (var i = commands.Count - 1; i >= 0; i--)
        {
            var index = i;
            yield return script with { Commands = commands.Where((_, j) => j != index).ToArray() };
        }
    }
}

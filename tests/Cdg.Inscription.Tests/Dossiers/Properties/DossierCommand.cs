using System.Globalization;
using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Dossiers.Events;
using Cdg.Inscription.Files;
using Cdg.Inscription.Pieces;
using Cdg.Inscription.Tests.Support;
using Cdg.Inscription.Time;
using NodaTime;
using NodaTime.Text;

namespace Cdg.Inscription.Tests.Dossiers.Properties;

/// <summary>
/// One generated command: which one, by whom, when, and its arguments. Arguments that depend on
/// the dossier (which file to remove or to add again) are chosen when the command is bound to it.
/// </summary>
internal sealed record DossierCommand(CommandKind Kind, Actor Actor, Instant At)
{
    /// <summary>AddFile: the piece.</summary>
    internal PieceCode Piece { get; init; }

    /// <summary>
    /// AddFile: when set, the piece is chosen from the dossier instead: a piece that the open
    /// regularisation names, else a piece required in the declared situation that has no file yet, else <see cref="Piece"/>.
    /// This lets scripts reach the later statuses often enough.
    /// </summary>
    internal bool Guided { get; init; }

    /// <summary>AddFile: -1 for a new file, else the index (modulo) of a held file to add again. RemoveFile: -1 for an unknown ID, else the index of a held file.</summary>
    internal int FileChoice { get; init; } = -1;

    /// <summary>AddFile: what the new file's ID and name derive from. RemoveFile: what the unknown ID derives from.</summary>
    internal int FileSeed { get; init; } = 1;

    /// <summary>AddFile: the file's type.</summary>
    internal FileType FileType { get; init; }

    /// <summary>AddFile: when the document was issued, for a piece that must be recent (PIECE-04); null when not known.</summary>
    internal LocalDate? IssuedOn { get; init; }

    /// <summary>ReceivePostalDossier: the postmark; RequestRegularisation: the due date. Null: see <see cref="DaysFromToday"/>.</summary>
    internal LocalDate? Date { get; init; }

    /// <summary>When <see cref="Date"/> is null, a date relative to the command's day in Paris; null for none (a regularisation without due date, or a postmark of the day).</summary>
    internal int? DaysFromToday { get; init; }

    /// <summary>RequestRegularisation: the complements.</summary>
    internal IReadOnlyList<RegularisationItem> Items { get; init; } = [];

    /// <summary>DeclareNonCompliant: the reasons.</summary>
    internal IReadOnlyList<string> Reasons { get; init; } = [];

    /// <summary>Reopen: the reason.</summary>
    internal string Reason { get; init; } = string.Empty;

    /// <summary>PublishDocument: the kind of document.</summary>
    internal DocumentKind Document { get; init; }

    /// <summary>RecordCancellation: how the candidate asked.</summary>
    internal CancellationChannel Channel { get; init; }

    /// <summary>ChangeAddress: the new address.</summary>
    internal PostalAddress Address { get; init; } = Scenario.Address;

    /// <summary>ChangeEmail: the new e-mail address, or null to remove it.</summary>
    internal EmailAddress? Email { get; init; }

    /// <summary>ChangeSituation: the new declared situation (PIECE-04).</summary>
    internal CandidateSituation Situation { get; init; } = CandidateSituation.None;

    /// <summary>The type of the event that the command appends when it is accepted.</summary>
    internal Type EventType => Kind switch
    {
        CommandKind.AddFile => typeof(FileAdded),
        CommandKind.RemoveFile => typeof(FileRemoved),
        CommandKind.Close => typeof(ClosedOnline),
        CommandKind.ReceivePostalDossier => typeof(PostalDossierReceived),
        CommandKind.RequestRegularisation => typeof(RegularisationRequested),
        CommandKind.SupplyComplements => typeof(ComplementsSupplied),
        CommandKind.DeclareNonCompliant => typeof(DeclaredNonCompliant),
        CommandKind.DeclareComplete => typeof(DeclaredComplete),
        CommandKind.RecordCancellation => typeof(CancellationRecorded),
        CommandKind.Reopen => typeof(Reopened),
        CommandKind.PublishDocument => typeof(DocumentPublished),
        CommandKind.ChangeAddress => typeof(AddressChanged),
        CommandKind.ChangeEmail => typeof(EmailChanged),
        CommandKind.ChangeSituation => typeof(SituationChanged),
        _ => throw new InvalidOperationException($"Unknown command {Kind}."),
    };

    /// <summary>
    /// The role that LIFE-10 lets give this command to a dossier in a status; null when either may
    /// (the contact changes; the complements, said online by the candidate or received by post and
    /// recorded by staff). Only the change of situation depends on the status: either role while
    /// the dossier is awaited, staff alone once it is sent (PIECE-04).
    /// </summary>
    internal ActorRole? AllowedRoleIn(DossierStatus status) => Kind switch
    {
        CommandKind.AddFile or CommandKind.RemoveFile or CommandKind.Close => ActorRole.Candidate,
        CommandKind.ChangeAddress or CommandKind.ChangeEmail or CommandKind.SupplyComplements => null,
        CommandKind.ChangeSituation => status == DossierStatus.AwaitingDossier ? null : ActorRole.Staff,
        _ => ActorRole.Staff,
    };

    /// <summary>The command with its arguments resolved against the dossier, as its check and as itself.</summary>
    internal CommandInvocation Bind(Dossier dossier)
    {
        switch (Kind)
        {
            case CommandKind.AddFile:
                {
                    var file = FileChoice >= 0 && dossier.Files.Count > 0
                        ? Scenario.Inspected(dossier.Files[FileChoice % dossier.Files.Count].File)
                        : NewFile();
                    var piece = Guided ? GuidedPiece(dossier) : Piece;
                    return new(() => dossier.CheckAddFile(piece, file, Actor, At, IssuedOn), () => dossier.AddFile(piece, file, Actor, At, IssuedOn), piece, file);
                }

            case CommandKind.RemoveFile:
                {
                    var id = FileChoice >= 0 && dossier.Files.Count > 0
                        ? dossier.Files[FileChoice % dossier.Files.Count].File.Id
                        : UnknownFileId(FileSeed);
                    return new(() => dossier.CheckRemoveFile(id, Actor, At), () => dossier.RemoveFile(id, Actor, At));
                }

            case CommandKind.Close:
                return new(() => dossier.CheckClose(Actor, At), () => dossier.Close(Actor, At));

            case CommandKind.ReceivePostalDossier:
                {
                    var postmark = ResolvedDate() ?? MetropolitanTime.DateAt(At);
                    return new(() => dossier.CheckReceivePostalDossier(postmark, Actor, At), () => dossier.ReceivePostalDossier(postmark, Actor, At));
                }

            case CommandKind.RequestRegularisation:
                {
                    var request = new RegularisationRequest(Items, ResolvedDate());
                    return new(() => dossier.CheckRequestRegularisation(request, Actor, At), () => dossier.RequestRegularisation(request, Actor, At));
                }

            case CommandKind.SupplyComplements:
                return new(() => dossier.CheckSupplyComplements(Actor, At), () => dossier.SupplyComplements(Actor, At));

            case CommandKind.DeclareNonCompliant:
                return new(() => dossier.CheckDeclareNonCompliant(Reasons, Actor, At), () => dossier.DeclareNonCompliant(Reasons, Actor, At));

            case CommandKind.DeclareComplete:
                return new(() => dossier.CheckDeclareComplete(Actor, At), () => dossier.DeclareComplete(Actor, At));

            case CommandKind.RecordCancellation:
                return new(() => dossier.CheckRecordCancellation(Channel, Actor, At), () => dossier.RecordCancellation(Channel, Actor, At));

            case CommandKind.Reopen:
                return new(() => dossier.CheckReopen(Reason, Actor, At), () => dossier.Reopen(Reason, Actor, At));

            case CommandKind.PublishDocument:
                {
                    var title = $"{Document} du {Paris(At)}";
                    var reference = $"documents/{FileSeed.ToString(CultureInfo.InvariantCulture)}";
                    return new(
                        () => dossier.CheckPublishDocument(Document, title, reference, Actor, At),
                        () => dossier.PublishDocument(Document, title, reference, Actor, At));
                }

            case CommandKind.ChangeAddress:
                return new(() => dossier.CheckChangeAddress(Address, Actor, At), () => dossier.ChangeAddress(Address, Actor, At));

            case CommandKind.ChangeEmail:
                return new(() => dossier.CheckChangeEmail(Email, Actor, At), () => dossier.ChangeEmail(Email, Actor, At));

            case CommandKind.ChangeSituation:
                return new(() => dossier.CheckChangeSituation(Situation, Actor, At), () => dossier.ChangeSituation(Situation, Actor, At));

            default:
                throw new InvalidOperationException($"Unknown command {Kind}.");
        }
    }

    /// <summary>The command on one line, with its instant in UTC and in Paris, for a counterexample.</summary>
    public override string ToString()
    {
        var arguments = Kind switch
        {
            CommandKind.AddFile => (Guided ? $"a piece still needed, else {Piece}" : Piece.ToString())
                + (FileChoice >= 0 ? $", a held file (#{FileChoice})" : $", new {FileType} #{FileSeed}")
                + (IssuedOn is { } issued ? $", issued {issued.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}" : string.Empty),
            CommandKind.RemoveFile => FileChoice >= 0 ? $"held file #{FileChoice}" : "unknown file",
            CommandKind.ReceivePostalDossier => $"postmark {DateText()}",
            CommandKind.RequestRegularisation => $"[{string.Join("; ", Items.Select(i => $"{i.Piece}: '{i.Reason}'"))}], due {DateText()}",
            CommandKind.DeclareNonCompliant => $"[{string.Join("; ", Reasons.Select(r => $"'{r}'"))}]",
            CommandKind.Reopen => $"'{Reason}'",
            CommandKind.PublishDocument => Document.ToString(),
            CommandKind.RecordCancellation => Channel.ToString(),
            CommandKind.ChangeAddress => Address.ToString(),
            CommandKind.ChangeEmail => Email?.ToString() ?? "none",
            CommandKind.ChangeSituation => Situation.ToString(),
            _ => string.Empty,
        };
        return $"{Kind}({arguments}) by {Actor.Id} at {InstantPattern.ExtendedIso.Format(At)} ({Paris(At)} Paris)";
    }

    private static string Paris(Instant at) =>
        at.InZone(MetropolitanTime.Zone).ToString("uuuu-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture);

    private PieceCode GuidedPiece(Dossier dossier)
    {
        if (dossier.Regularisation is { Items.Count: > 0 } request)
        {
            return request.Items[FileSeed % request.Items.Count].Piece;
        }

        var missing = dossier.Session.Pieces
            .Where(p => p.ObligationFor(dossier.Situation) is PieceObligation.RequiredAtClosure or PieceObligation.Deferrable)
            .FirstOrDefault(p => !dossier.Files.Any(f => f.Piece == p.Code));
        return missing?.Code ?? Piece;
    }

    private static Guid UnknownFileId(int seed) => new(seed, 0x0bad, 0x0bad, 0, 0, 0, 0, 0, 0, 0, 1);

    private LocalDate? ResolvedDate() =>
        Date ?? (DaysFromToday is { } days ? MetropolitanTime.DateAt(At).PlusDays(days) : null);

    private string DateText() =>
        Date is { } date ? date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)
        : DaysFromToday is { } days ? $"day of the command {days:+0;-0;+0}"
        : Kind == CommandKind.ReceivePostalDossier ? "day of the command" : "none";

    private InspectedFile NewFile()
    {
        var name = FileType == FileType.Pdf ? $"piece-{FileSeed}.pdf" : $"page-{FileSeed}.jpg";
        return Scenario.Inspected(new FileRecord(new Guid(FileSeed, 0x0f11, 0x0e00, 0, 0, 0, 0, 0, 0, 0, 1), name, FileType, 1000 + FileSeed % 5000, Scenario.Sha256(name)));
    }
}

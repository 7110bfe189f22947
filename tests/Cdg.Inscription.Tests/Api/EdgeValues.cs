using System.Globalization;
using System.Reflection;
using System.Text;
using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Dossiers.Events;
using Cdg.Inscription.Files;
using Cdg.Inscription.Pieces;
using Cdg.Inscription.Sessions;
using Cdg.Inscription.Tests.Support;
using Cdg.Inscription.Time;
using NodaTime;

namespace Cdg.Inscription.Tests.Api;

/// <summary>
/// The values that the probe gives each parameter: a valid one (the baseline), and the edge
/// values of its type: null, empty and invisible strings, the ends of NodaTime's ranges, dates in
/// other calendars, undefined enum values, default value objects, collections with nothing or a
/// null in them. Also the instances that instance members are called on.
/// </summary>
internal static class EdgeValues
{
    /// <summary>An ordinary instant of the scenario: 20 April 2023 at noon in Paris.</summary>
    public static readonly Instant NormalInstant = Scenario.Paris(2023, 4, 20);

    /// <summary>An ordinary date of the scenario.</summary>
    public static readonly LocalDate NormalDate = new(2023, 4, 20);

    private static readonly string[] Strings =
    [
        string.Empty, " ", "\u200B", "\u2060", "\uFEFF", "\u3164", "\u115F\u1160", "\u00AD", "\u180E", "\u200B\u2060\uFEFF", "\uD800", "\u202E abc", "a\nb",
        new string('a', 5000), "Martin",
    ];

    private static readonly Instant[] Instants =
    [
        Instant.MinValue, Instant.MaxValue, Instant.FromUtc(1, 1, 1, 0, 0), Instant.FromUtc(9999, 12, 31, 0, 0), NormalInstant,
    ];

    /// <summary>The edge values of a parameter, the valid one included.</summary>
    public static IReadOnlyList<ArgumentValue> For(ParameterInfo parameter)
    {
        if (parameter.IsOut)
        {
            return [];
        }

        var values = For(parameter.ParameterType).ToList();
        var valid = Valid(parameter);
        if (!values.Any(v => v.Description == valid.Description))
        {
            values.Add(valid);
        }

        return values;
    }

    /// <summary>The edge values of a type.</summary>
    public static IReadOnlyList<ArgumentValue> For(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return [ArgumentValue.Of("null", null), .. For(underlying)];
        }

        if (type == typeof(string))
        {
            return [ArgumentValue.Of("null", null), .. Strings.Select(s => ArgumentValue.Of(Show(s), s))];
        }

        if (type == typeof(Instant))
        {
            return Instants.Select(i => ArgumentValue.Of(Show(i), i)).ToList();
        }

        if (type == typeof(LocalDate))
        {
            return Dates().Select(d => ArgumentValue.Of(Show(d), d)).ToList();
        }

        if (type.IsEnum)
        {
            return Enum.GetValues(type).Cast<object>().Append(Enum.ToObject(type, 99))
                .Select(v => ArgumentValue.Of($"{type.Name}.{v}", v)).ToList();
        }

        if (type == typeof(long))
        {
            return new[] { 0L, -1L, 1L, long.MaxValue, long.MinValue }.Select(v => ArgumentValue.Of(v.ToString(CultureInfo.InvariantCulture), v)).ToList();
        }

        if (type == typeof(int))
        {
            return new[] { 0, -1, 1, int.MaxValue, int.MinValue }.Select(v => ArgumentValue.Of(v.ToString(CultureInfo.InvariantCulture), v)).ToList();
        }

        if (type == typeof(bool))
        {
            return [ArgumentValue.Of("false", false), ArgumentValue.Of("true", true)];
        }

        if (type == typeof(Guid))
        {
            return [ArgumentValue.Of("Guid.Empty", Guid.Empty), new ArgumentValue("Guid.NewGuid()", () => Guid.NewGuid())];
        }

        if (type == typeof(Period))
        {
            return
            [
                ArgumentValue.Of("null", null), ArgumentValue.Of("Period.Zero", Period.Zero), ArgumentValue.Of("Period.FromYears(int.MaxValue)", Period.FromYears(int.MaxValue)),
                ArgumentValue.Of("Period.FromYears(int.MinValue)", Period.FromYears(int.MinValue)), ArgumentValue.Of("Period.FromTicks(long.MaxValue)", Period.FromTicks(long.MaxValue)),
                ArgumentValue.Of("Period.FromTicks(long.MinValue)", Period.FromTicks(long.MinValue)), ArgumentValue.Of("Period.FromMonths(6)", Period.FromMonths(6)),
            ];
        }

        if (type == typeof(Duration))
        {
            return
            [
                ArgumentValue.Of("Duration.Zero", Duration.Zero), ArgumentValue.Of("Duration.MinValue", Duration.MinValue), ArgumentValue.Of("Duration.MaxValue", Duration.MaxValue),
                ArgumentValue.Of("Duration.Epsilon", Duration.Epsilon), ArgumentValue.Of("Duration.FromHours(-1)", Duration.FromHours(-1)), ArgumentValue.Of("Duration.FromHours(30)", Duration.FromHours(30)),
            ];
        }

        if (type == typeof(DateTimeZone))
        {
            return
            [
                ArgumentValue.Of("null", null), ArgumentValue.Of("DateTimeZone.Utc", DateTimeZone.Utc), ArgumentValue.Of("UTC+18", DateTimeZone.ForOffset(Offset.MaxValue)),
                ArgumentValue.Of("UTC-18", DateTimeZone.ForOffset(Offset.MinValue)), ArgumentValue.Of("Pacific/Kiritimati", DateTimeZoneProviders.Tzdb["Pacific/Kiritimati"]),
                ArgumentValue.Of("America/Cayenne", DateTimeZoneProviders.Tzdb["America/Cayenne"]), ArgumentValue.Of("Europe/Paris", MetropolitanTime.Zone),
            ];
        }

        if (type == typeof(LocalDateTime))
        {
            return
            [
                ArgumentValue.Of("LocalDate.MinIsoValue 00:00", LocalDate.MinIsoValue.AtMidnight()), ArgumentValue.Of("LocalDate.MaxIsoValue 23:59:59.999999999", LocalDate.MaxIsoValue.At(LocalTime.MaxValue)),
                ArgumentValue.Of("0001-01-01 00:00", new LocalDateTime(1, 1, 1, 0, 0)), ArgumentValue.Of("2023-04-27 12:00 (Julian)", new LocalDateTime(2023, 4, 27, 12, 0, CalendarSystem.Julian)),
                ArgumentValue.Of("2023-04-20 12:00", new LocalDateTime(2023, 4, 20, 12, 0)),
            ];
        }

        if (type == typeof(Stream))
        {
            return
            [
                ArgumentValue.Of("null", null), new ArgumentValue("an empty stream", () => new MemoryStream()), new ArgumentValue("a PDF", () => new MemoryStream(Pdf())),
                new ArgumentValue("a disposed stream", () => { var disposed = new MemoryStream(Pdf()); disposed.Dispose(); return disposed; }),
            ];
        }

        if (type == typeof(CancellationToken))
        {
            return [ArgumentValue.Of("CancellationToken.None", CancellationToken.None), ArgumentValue.Of("a cancelled token", new CancellationToken(canceled: true))];
        }

        if (ElementOf(type) is { } element)
        {
            var edges = new List<ArgumentValue>
            {
                ArgumentValue.Of("null", null),
                new("[]", () => Array.CreateInstance(element, 0)),
            };
            if (!element.IsValueType)
            {
                edges.Add(new ArgumentValue("[null]", () => Array.CreateInstance(element, 1)));
            }

            edges.AddRange(EdgeElements(element).Select(e => new ArgumentValue($"[{e.Description}]", () => ArrayOf(element, e.Create()))));
            edges.AddRange(ValidCollections(element));
            return edges;
        }

        var valid = Valid(type);
        var values = type.IsValueType
            ? new List<ArgumentValue> { ArgumentValue.Of($"default({type.Name})", Activator.CreateInstance(type)) }
            : [ArgumentValue.Of("null", null)];
        values.AddRange(Others(type));
        values.Add(valid);
        return values;
    }

    /// <summary>The valid value of a parameter, from its type and, for strings and dates, its name.</summary>
    public static ArgumentValue Valid(ParameterInfo parameter)
    {
        var type = parameter.ParameterType.IsByRef ? parameter.ParameterType.GetElementType()! : parameter.ParameterType;
        if (parameter.IsOut)
        {
            return ArgumentValue.Of("out", null);
        }

        var owner = parameter.Member.DeclaringType!;
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string))
        {
            var text = (owner.Name, parameter.Name) switch
            {
                ("DossierNumber", _) => "2023-RED-000123",
                ("EmailAddress", _) or (_, "email") => "claire.martin@example.fr",
                ("PieceCode", _) => "identity-document",
                ("Actor", _) => "gestionnaire.test",
                ("RuleViolationException", _) => RuleViolationCodes.StatusNotAllowed,
                (_, "postalCode") => "53000",
                (_, "sha256") => Scenario.Sha256("piece"),
                (_, "browserName" or "displayName") => "piece.pdf",
                (_, "declaredContentType") => "application/pdf",
                (_, "reference") => "documents/1.pdf",
                (_, "country") => "France",
                (_, "code") => "CDG53",
                _ => "Martin",
            };
            return ArgumentValue.Of(Show(text), text);
        }

        if (underlying == typeof(LocalDate))
        {
            var date = parameter.Name switch
            {
                "preRegistrationOpens" => Scenario.PreRegistrationOpens,
                "preRegistrationCloses" => Scenario.PreRegistrationCloses,
                "filingCloses" or "postmark" => Scenario.ClosingDate,
                "firstExam" => Scenario.FirstExam,
                "dueDate" => new LocalDate(2023, 5, 15),
                "issuedOn" => new LocalDate(2023, 4, 1),
                _ => NormalDate,
            };
            return ArgumentValue.Of(Show(date), date);
        }

        if (underlying == typeof(int) && parameter.Name == "preRegistrationLeadDays")
        {
            return ArgumentValue.Of("8", 8);
        }

        return Valid(underlying);
    }

    /// <summary>A valid value of a type.</summary>
    public static ArgumentValue Valid(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Valid(underlying);
        }

        var known = Known(type);
        if (known is not null)
        {
            return known;
        }

        var instances = Receivers(type);
        instances.Should().NotBeEmpty($"the probe must know how to build a {type.FullName}: add it to {nameof(EdgeValues)}, or skip the members that need it in {nameof(ApiSurface)}.{nameof(ApiSurface.Skipped)}");
        return instances[0];
    }

    private static ArgumentValue? Known(Type type) =>
        type switch
        {
            _ when type == typeof(string) => ArgumentValue.Of(Show("Martin"), "Martin"),
            _ when type == typeof(Instant) => ArgumentValue.Of(Show(NormalInstant), NormalInstant),
            _ when type == typeof(LocalDate) => ArgumentValue.Of(Show(NormalDate), NormalDate),
            _ when type.IsEnum => ArgumentValue.Of($"{type.Name}.{Enum.GetValues(type).GetValue(0)}", Enum.GetValues(type).GetValue(0)),
            _ when type == typeof(long) => ArgumentValue.Of("1", 1L),
            _ when type == typeof(int) => ArgumentValue.Of("1", 1),
            _ when type == typeof(bool) => ArgumentValue.Of("false", false),
            _ when type == typeof(Guid) => new ArgumentValue("Guid.NewGuid()", () => Guid.NewGuid()),
            _ when type == typeof(Period) => ArgumentValue.Of("Period.FromMonths(6)", Period.FromMonths(6)),
            _ when type == typeof(Duration) => ArgumentValue.Of("Duration.FromHours(1)", Duration.FromHours(1)),
            _ when type == typeof(DateTimeZone) => ArgumentValue.Of("America/Cayenne", DateTimeZoneProviders.Tzdb["America/Cayenne"]),
            _ when type == typeof(LocalDateTime) => ArgumentValue.Of("2023-04-20 12:00", new LocalDateTime(2023, 4, 20, 12, 0)),
            _ when type == typeof(IDateTimeZoneProvider) => ArgumentValue.Of("DateTimeZoneProviders.Tzdb", DateTimeZoneProviders.Tzdb),
            _ when type == typeof(Stream) => new ArgumentValue("a PDF", () => new MemoryStream(Pdf())),
            _ when type == typeof(CancellationToken) => ArgumentValue.Of("CancellationToken.None", CancellationToken.None),
            _ when type == typeof(Func<CandidateSituation, bool>) => ArgumentValue.Of("s => true", new Func<CandidateSituation, bool>(_ => true)),
            _ when type == typeof(PieceCode) => ArgumentValue.Of("identity-document", Scenario.IdentityDocument),
            _ when type == typeof(DossierNumber) => ArgumentValue.Of("2023-RED-000123", DossierNumber.Parse("2023-RED-000123")),
            _ when type == typeof(Deadline) => ArgumentValue.Of("the filing deadline", Scenario.Calendar().FilingDeadline),
            _ when type == typeof(ExamSession) => new ArgumentValue("the scenario's session", () => Scenario.Session()),
            _ when type == typeof(Organiser) => ArgumentValue.Of("CDG53", new Organiser("CDG53", "Centre de gestion de la Mayenne")),
            _ when type == typeof(RegistrationCalendar) => new ArgumentValue("the scenario's calendar", () => Scenario.Calendar()),
            _ when type == typeof(Candidate) => new ArgumentValue("Claire Martin", () => Scenario.NewCandidate()),
            _ when type == typeof(PostalAddress) => ArgumentValue.Of("12 rue de la Paix, Laval", Scenario.Address),
            _ when type == typeof(EmailAddress) => ArgumentValue.Of("claire.martin@example.fr", EmailAddress.Parse("claire.martin@example.fr")),
            _ when type == typeof(Actor) => ArgumentValue.Of("Actor.Candidate", Actor.Candidate),
            _ when type == typeof(CandidateSituation) => ArgumentValue.Of("CandidateSituation.None", CandidateSituation.None),
            _ when type == typeof(InspectedFile) => new ArgumentValue("an inspected PDF", () => Scenario.Pdf()),
            _ when type == typeof(FileRecord) => new ArgumentValue("a PDF record", () => Scenario.Pdf().Record),
            _ when type == typeof(FileInspectionOptions) => ArgumentValue.Of("FileInspectionOptions.Default", FileInspectionOptions.Default),
            _ when type == typeof(RegularisationRequest) => new ArgumentValue("a regularisation request", () => Scenario.Regularisation()),
            _ when type == typeof(RegularisationItem) => ArgumentValue.Of("identity-document: illisible", new RegularisationItem(Scenario.IdentityDocument, "La copie est illisible.")),
            _ when type == typeof(AttachedFile) => new ArgumentValue("an attached PDF", () => new AttachedFile(Scenario.IdentityDocument, Scenario.Pdf().Record, NormalInstant)),
            _ when type == typeof(PieceRequirement) => ArgumentValue.Of("the identity document, required at closure", Scenario.Pieces()[1]),
            _ when type == typeof(PieceDefinition) => ArgumentValue.Of("StandardPieces.IdentityDocument", StandardPieces.IdentityDocument),
            _ when type == typeof(SituationCondition) => ArgumentValue.Of("SituationCondition.IsPublicEmployee", SituationCondition.IsPublicEmployee),
            _ when type == typeof(ValidityWindow) => ArgumentValue.Of("ValidityWindow.SixMonthsBeforeFirstExam", ValidityWindow.SixMonthsBeforeFirstExam),
            _ when type == typeof(DossierSnapshot) => new ArgumentValue("the snapshot of a dossier under review", () => Scenario.At(DossierStatus.UnderReview).ToSnapshot()),
            _ when type == typeof(Dossier) => new ArgumentValue("a dossier under review", () => Scenario.At(DossierStatus.UnderReview)),
            _ when type == typeof(Checklist) => new ArgumentValue("the checklist of a dossier ready to close", () => Scenario.ReadyToClose().ChecklistAt(NormalInstant)),
            _ when type == typeof(CommandCheck) => new ArgumentValue("a refused closure", () => Scenario.PreRegistered().CheckClose(Actor.Candidate, NormalInstant)),
            _ when type == typeof(RuleViolation) => new ArgumentValue("a refused closure's violation", () => Scenario.PreRegistered().CheckClose(Actor.Candidate, NormalInstant).Violations[0]),
            _ when type == typeof(DossierEvent) => new ArgumentValue("a PreRegistered event", () => Scenario.PreRegistered().History[0]),
            _ when ElementOf(type) is { } element => ValidCollections(element).First(),
            _ => null,
        };

    /// <summary>
    /// The instances that the instance members of a type are called on: a dossier in every status,
    /// every kind of event, and one valid instance of the other types.
    /// </summary>
    public static IReadOnlyList<ArgumentValue> Receivers(Type type)
    {
        if (type == typeof(Dossier))
        {
            return Scenario.AllStatuses.Select(s => new ArgumentValue($"a dossier {s}", () => Scenario.At(s)))
                .Concat(RehydratedWithNullContents.Value.Select(kind => new ArgumentValue(
                    $"a dossier rehydrated from a history ending with a {kind.Name} event whose contents are null",
                    () => Dossier.Rehydrate(Scenario.Session(), [.. Scenario.PreRegistered().History, WithNullContents(kind, 2)]))))
                .ToList();
        }

        if (typeof(DossierEvent).IsAssignableFrom(type))
        {
            return Events().Where(e => type.IsAssignableFrom(e.Type)).Select(e => e.Value)
                .Concat(KindsTakingNullContents().Where(type.IsAssignableFrom).Select(kind => new ArgumentValue($"a {kind.Name} event whose contents are null", () => WithNullContents(kind, 2))))
                .ToList();
        }

        if (type == typeof(RuleViolationException))
        {
            return [new ArgumentValue("the refusal of a closure", () => Refusal())];
        }

        if (type == typeof(AlreadyDone) || type == typeof(CommandOutcome))
        {
            return
            [
                new ArgumentValue("the outcome of a second closure", () => type == typeof(AlreadyDone)
                    ? Scenario.At(DossierStatus.UnderReview).Close(Actor.Candidate, Scenario.Paris(2023, 4, 25)).AlreadyDone
                    : Scenario.At(DossierStatus.UnderReview).Close(Actor.Candidate, Scenario.Paris(2023, 4, 25))),
            ];
        }

        if (type == typeof(ChecklistItem))
        {
            return [new ArgumentValue("a checklist item", () => Scenario.ReadyToClose().ChecklistAt(NormalInstant).Items[0])];
        }

        if (type == typeof(DuplicateFile))
        {
            return [new ArgumentValue("a duplicate", () => Duplicated().ChecklistAt(NormalInstant).Duplicates[0])];
        }

        if (type == typeof(DisplayNameResult))
        {
            return [ArgumentValue.Of("the cleaned name of piece.pdf", DisplayName.Clean("piece.pdf", FileType.Pdf))];
        }

        if (type == typeof(FileInspection))
        {
            return [new ArgumentValue("the inspection of a PDF", () => new FileInspector().InspectAsync(new MemoryStream(Pdf()), "piece.pdf").GetAwaiter().GetResult())];
        }

        if (type == typeof(FileInspector))
        {
            return [new ArgumentValue("a file inspector", () => new FileInspector())];
        }

        if (type == typeof(Checklist))
        {
            return
            [
                new ArgumentValue("the checklist of a dossier ready to close", () => Scenario.ReadyToClose().ChecklistAt(NormalInstant)),
                new ArgumentValue("the checklist of a dossier with the same file in two pieces", () => Duplicated().ChecklistAt(NormalInstant)),
            ];
        }

        if (Known(type) is { } known)
        {
            // A value type of the library is also called on its default value, which its constructor never made.
            return type.IsValueType && type.Assembly == typeof(RuleViolation).Assembly
                ? [ArgumentValue.Of($"default({type.Name})", Activator.CreateInstance(type)), known]
                : [known];
        }

        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault();
        if (constructor is not null && !type.IsAbstract)
        {
            var parameters = constructor.GetParameters();
            return [new ArgumentValue($"a valid {type.Name}", () => constructor.Invoke(parameters.Select(p => Valid(p).Create()).ToArray()))];
        }

        var factory = type.GetProperties(BindingFlags.Public | BindingFlags.Static).FirstOrDefault(p => p.PropertyType == type);
        return factory is null ? [] : [ArgumentValue.Of($"{type.Name}.{factory.Name}", factory.GetValue(null))];
    }

    /// <summary>The element type of a collection parameter (<c>IEnumerable&lt;T&gt;</c>, <c>IReadOnlyList&lt;T&gt;</c>, <c>T[]</c>), or null.</summary>
    public static Type? ElementOf(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        if (type.IsGenericType && type != typeof(string)
            && type.GetGenericTypeDefinition() is var definition
            && (definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyList<>) || definition == typeof(IReadOnlyCollection<>)
                || definition == typeof(IList<>) || definition == typeof(ICollection<>)))
        {
            return type.GetGenericArguments()[0];
        }

        return null;
    }

    /// <summary>A typed array of one element.</summary>
    public static Array ArrayOf(Type element, params object?[] values)
    {
        var array = Array.CreateInstance(element, values.Length);
        for (var i = 0; i < values.Length; i++)
        {
            array.SetValue(values[i], i);
        }

        return array;
    }

    /// <summary>A string as a C# literal, with every character outside printable ASCII escaped.</summary>
    public static string Show(string? text)
    {
        if (text is null)
        {
            return "null";
        }

        if (text.Length > 100)
        {
            return $"a string of {text.Length} chars starting {Show(text.Substring(0, 10))}";
        }

        var shown = new StringBuilder("\"");
        foreach (var c in text)
        {
            shown.Append(c is >= ' ' and <= '~' && c != '"' && c != '\\' ? c.ToString() : $"\\u{(int)c:X4}");
        }

        return shown.Append('"').ToString();
    }

    /// <summary>An instant as the report shows it.</summary>
    public static string Show(Instant instant) =>
        instant == Instant.MinValue ? "Instant.MinValue" : instant == Instant.MaxValue ? "Instant.MaxValue" : instant.ToString();

    /// <summary>A date as the report shows it, with its calendar.</summary>
    public static string Show(LocalDate date) =>
        date == LocalDate.MinIsoValue ? "LocalDate.MinIsoValue" : date == LocalDate.MaxIsoValue ? "LocalDate.MaxIsoValue"
        : date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) + (date.Calendar == CalendarSystem.Iso ? string.Empty : $" ({date.Calendar.Id})");

    /// <summary>The small valid PDF of the fixtures.</summary>
    public static byte[] Pdf() => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Files", "Fixtures", "pdf-minimal-hand-written.pdf"));

    private static IEnumerable<LocalDate> Dates()
    {
        yield return LocalDate.MinIsoValue;
        yield return LocalDate.MaxIsoValue;
        yield return new LocalDate(1, 1, 1);
        yield return new LocalDate(9999, 12, 31);
        yield return new LocalDate(2023, 4, 27, CalendarSystem.Julian);
        foreach (var id in CalendarSystem.Ids.Where(id => id != CalendarSystem.Iso.Id && id != CalendarSystem.Julian.Id))
        {
            yield return Scenario.ClosingDate.WithCalendar(CalendarSystem.ForId(id));
        }

        yield return NormalDate;
    }

    /// <summary>The other valid values worth trying for a type: the staff, a full situation.</summary>
    private static IEnumerable<ArgumentValue> Others(Type type)
    {
        if (type == typeof(Actor))
        {
            yield return ArgumentValue.Of("Actor.Staff(\"gestionnaire.test\")", Scenario.Staff);
        }
        else if (type == typeof(CandidateSituation))
        {
            yield return ArgumentValue.Of("every situation claimed", new CandidateSituation(true, true, true));
        }
        else if (type == typeof(DossierEvent))
        {
            foreach (var edge in EdgeElements(type))
            {
                yield return edge;
            }
        }
    }

    /// <summary>An element at an edge, for a collection: an invisible string, an event whose contents are null.</summary>
    private static IEnumerable<ArgumentValue> EdgeElements(Type element)
    {
        if (element == typeof(string))
        {
            yield return ArgumentValue.Of(Show("\u200B"), "\u200B");
            yield return ArgumentValue.Of(Show(string.Empty), string.Empty);
        }
        else if (element == typeof(DossierEvent))
        {
            // The constructors refuse null contents; a with expression on init properties still brings them.
            yield return new ArgumentValue("a PreRegistered event whose contents are null", () => (PreRegistered)Scenario.PreRegistered().History[0] with { SessionCode = null!, Candidate = null!, Situation = null! });
            yield return new ArgumentValue("a FileAdded event whose contents are null", () => FileAddedWithoutFile());
        }
        else if (element.IsEnum)
        {
            yield return ArgumentValue.Of($"({element.Name})99", Enum.ToObject(element, 99));
        }
        else if (element == typeof(PieceCode))
        {
            yield return ArgumentValue.Of("default(PieceCode)", default(PieceCode));
        }
        else
        {
            foreach (var (description, create) in ElementsAtEdges(element))
            {
                if (Accepted(create))
                {
                    yield return new ArgumentValue(description, create);
                }
            }
        }
    }

    /// <summary>Elements of the library built with one value at an edge, where their constructor takes it.</summary>
    private static IEnumerable<(string Description, Func<object?> Create)> ElementsAtEdges(Type element)
    {
        var julian = new LocalDate(2023, 4, 27, CalendarSystem.Julian);
        if (element == typeof(AttachedFile))
        {
            yield return ("a file received at Instant.MaxValue", () => new AttachedFile(Scenario.IdentityDocument, Scenario.Pdf().Record, Instant.MaxValue));
            yield return ("a file received at Instant.MinValue", () => new AttachedFile(Scenario.IdentityDocument, Scenario.Pdf().Record, Instant.MinValue));
            yield return ("a file issued on a Julian date", () => new AttachedFile(Scenario.IdentityDocument, Scenario.Pdf().Record, NormalInstant, julian));
            yield return ("a file issued on LocalDate.MinIsoValue", () => new AttachedFile(Scenario.IdentityDocument, Scenario.Pdf().Record, NormalInstant, LocalDate.MinIsoValue));
            yield return ("a file of default(PieceCode)", () => new AttachedFile(default, Scenario.Pdf().Record, NormalInstant));
        }
        else if (element == typeof(PieceRequirement))
        {
            yield return ("a deferrable piece due on LocalDate.MaxIsoValue", () => new PieceRequirement(Scenario.ServiceRecord, "État des services", PieceObligation.Deferrable, LocalDate.MaxIsoValue));
            yield return ("a deferrable piece due on LocalDate.MinIsoValue", () => new PieceRequirement(Scenario.ServiceRecord, "État des services", PieceObligation.Deferrable, LocalDate.MinIsoValue));
            yield return ("a deferrable piece due on a Julian date", () => new PieceRequirement(Scenario.ServiceRecord, "État des services", PieceObligation.Deferrable, julian));
            yield return ("a piece of (PieceObligation)99", () => new PieceRequirement(Scenario.ServiceRecord, "État des services", (PieceObligation)99));
            yield return ("a piece valid for Period.FromYears(int.MaxValue)", () => new PieceRequirement(
                Scenario.IdentityDocument, "Pièce d'identité", PieceObligation.RequiredAtClosure, validity: new ValidityWindow(Period.FromYears(int.MaxValue))));
        }
        else if (element == typeof(RegularisationItem))
        {
            yield return ("an item of default(PieceCode)", () => new RegularisationItem(default, "La copie est illisible."));
        }
    }

    /// <summary>Whether a constructor takes the values: a refused element is no edge element, its constructor's own probe covers it.</summary>
    private static bool Accepted(Func<object?> create)
    {
        try
        {
            create();
            return true;
        }
        catch (Exception refusal) when (refusal is ArgumentException or RuleViolationException or OverflowException)
        {
            return false;
        }
    }

    /// <summary>The valid collections of a type: one valid element; for events, whole histories with a broken event after them.</summary>
    private static IEnumerable<ArgumentValue> ValidCollections(Type element)
    {
        if (element == typeof(DossierEvent))
        {
            yield return new ArgumentValue("the history of a complete dossier", () => ArrayOf(element, Scenario.At(DossierStatus.Complete).History.Cast<object?>().ToArray()));
            yield return new ArgumentValue("a history followed by a FileAdded event whose contents are null", () =>
            {
                var history = Scenario.PreRegistered().History.Cast<object?>().ToList();
                history.Add(FileAddedWithoutFile());
                return ArrayOf(element, history.ToArray());
            });
            foreach (var kind in KindsTakingNullContents())
            {
                yield return new ArgumentValue($"a history followed by a {kind.Name} event whose contents are null", () =>
                {
                    var history = Scenario.PreRegistered().History.Cast<object?>().ToList();
                    history.Add(WithNullContents(kind, history.Count + 1));
                    return ArrayOf(element, history.ToArray());
                });
            }

            yield return new ArgumentValue("a history followed by an event at Instant.MaxValue", () =>
            {
                var history = Scenario.PreRegistered().History.Cast<object?>().ToList();
                history.Add(new ClosedOnline(2, Instant.MaxValue, Actor.Candidate, DossierStatus.UnderReview));
                return ArrayOf(element, history.ToArray());
            });
            yield break;
        }

        if (element == typeof(string))
        {
            yield return ArgumentValue.Of("[\"Condition d'ancienneté non remplie.\"]", new[] { "Condition d'ancienneté non remplie." });
            yield break;
        }

        if (element == typeof(PieceRequirement))
        {
            yield return new ArgumentValue("the scenario's pieces", () => ArrayOf(element, Scenario.Pieces().Cast<object?>().ToArray()));
        }

        var valid = Valid(element);
        yield return new ArgumentValue($"[{valid.Description}]", () => ArrayOf(element, valid.Create()));
    }

    /// <summary>The kinds of event that <see cref="Dossier.Rehydrate(ExamSession, IEnumerable{DossierEvent})"/> takes with null contents.</summary>
    private static readonly Lazy<IReadOnlyList<Type>> RehydratedWithNullContents = new(() => KindsTakingNullContents().Where(kind =>
    {
        try
        {
            Dossier.Rehydrate(Scenario.Session(), [.. Scenario.PreRegistered().History, WithNullContents(kind, 2)]);
            return true;
        }
        catch (Exception)
        {
            return false;
        }
    }).ToList());

    /// <summary>Every concrete kind of event of the library.</summary>
    public static IEnumerable<Type> EventKinds() =>
        typeof(DossierEvent).Assembly.GetExportedTypes().Where(t => typeof(DossierEvent).IsAssignableFrom(t) && !t.IsAbstract).OrderBy(k => k.Name, StringComparer.Ordinal);

    /// <summary>An event of a kind whose own contents (all but the sequence, instant, actor and status) are null or default.</summary>
    public static DossierEvent WithNullContents(Type kind, long sequence)
    {
        var constructor = kind.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var arguments = constructor.GetParameters().Select((p, i) => i switch
        {
            0 => sequence,
            1 => NormalInstant,
            2 => Actor.Candidate,
            3 => DossierStatus.AwaitingDossier,
            _ => p.ParameterType.IsValueType ? Activator.CreateInstance(p.ParameterType) : null,
        }).ToArray();
        return (DossierEvent)constructor.Invoke(arguments);
    }

    /// <summary>The second event of a dossier ready to close, a FileAdded numbered 2, with its file set to null.</summary>
    private static FileAdded FileAddedWithoutFile() => (FileAdded)Scenario.ReadyToClose().History[1] with { File = null! };

    /// <summary>The kinds of event whose constructor takes null contents.</summary>
    public static IEnumerable<Type> KindsTakingNullContents() => EventKinds().Where(kind =>
    {
        try
        {
            WithNullContents(kind, 2);
            return true;
        }
        catch (TargetInvocationException)
        {
            return false;
        }
    });

    /// <summary>An instance of every kind of event: those of the histories, and one built with valid values for each other kind.</summary>
    private static IEnumerable<(Type Type, ArgumentValue Value)> Events()
    {
        foreach (var kind in EventKinds())
        {
            var inHistory = Scenario.AllStatuses.Select(s => (Status: s, Event: Scenario.At(s).History.FirstOrDefault(e => e.GetType() == kind))).FirstOrDefault(h => h.Event is not null);
            if (inHistory.Event is not null)
            {
                var status = inHistory.Status;
                yield return (kind, new ArgumentValue($"the {kind.Name} event of a dossier {status}", () => Scenario.At(status).History.First(e => e.GetType() == kind)));
            }
            else
            {
                var constructor = kind.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
                var parameters = constructor.GetParameters();
                yield return (kind, new ArgumentValue($"a {kind.Name} event of valid values", () => constructor.Invoke(parameters.Select(p => Valid(p).Create()).ToArray())));
            }
        }
    }

    private static RuleViolationException Refusal()
    {
        try
        {
            Scenario.PreRegistered().Close(Actor.Candidate, NormalInstant);
        }
        catch (RuleViolationException refusal)
        {
            return refusal;
        }

        throw new InvalidOperationException("Closing a dossier without its pieces was expected to be refused.");
    }

    private static Dossier Duplicated()
    {
        var dossier = Scenario.PreRegistered();
        var record = Scenario.Pdf("same.pdf").Record;
        dossier.AddFile(Scenario.RegistrationForm, Scenario.Inspected(record), Actor.Candidate, NormalInstant);
        dossier.AddFile(Scenario.IdentityDocument, Scenario.Inspected(new FileRecord(Guid.NewGuid(), "other.pdf", FileType.Pdf, record.Size, record.Sha256)), Actor.Candidate, NormalInstant);
        return dossier;
    }
}

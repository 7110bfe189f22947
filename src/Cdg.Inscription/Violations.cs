using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Files;
using Cdg.Inscription.Pieces;
using Cdg.Inscription.Sessions;
using Cdg.Inscription.Time;
using NodaTime;

namespace Cdg.Inscription;

/// <summary>
/// Every rule violation the library reports, with its code, its rule ID and its French message
/// (those of form fields are in <see cref="FormViolations"/>). A refusal that names a piece uses its
/// French label, never its code: a piece unknown to the session is named by its label in
/// <see cref="StandardPieces"/>, or not named at all.
/// </summary>
internal static class Violations
{
    internal static RuleViolation ActorNotAllowed(DossierTrigger trigger, ActorRole allowed) => new(
        RuleViolationCodes.ActorNotAllowed,
        "LIFE-10",
        allowed == ActorRole.Staff
            ? $"Seuls les gestionnaires du centre de gestion peuvent {ActionOf(trigger)}."
            : $"Seul le candidat peut {ActionOf(trigger)}.");

    internal static RuleViolation PreRegistrationByStaff() => new(
        RuleViolationCodes.ActorNotAllowed, "LIFE-10", "Seul le candidat peut se préinscrire.");

    internal static RuleViolation StatusNotAllowed(DossierTrigger trigger, DossierStatus status) => new(
        RuleViolationCodes.StatusNotAllowed,
        HomeRuleOf(trigger),
        $"Il n'est pas possible {Of(ActionOf(trigger))} lorsque le dossier est au statut « {DossierStatusLabels.Label(status)} ».");

    internal static RuleViolation InstantOutOfRange() => new(
        RuleViolationCodes.InstantOutOfRange,
        "DEAD-01",
        "Cette opération ne peut pas être enregistrée : elle est datée en dehors des années 1 à 9998, que le service sait traiter. Merci de prévenir le centre de gestion.");

    internal static RuleViolation PreRegistrationNotOpenYet(LocalDate opens) => new(
        RuleViolationCodes.PreRegistrationOutsideWindow, "DEAD-05", $"La préinscription n'est pas encore ouverte : elle ouvrira le {FrenchDates.Format(opens)}.");

    internal static RuleViolation PreRegistrationClosed(Deadline deadline) => new(
        RuleViolationCodes.PreRegistrationOutsideWindow, "DEAD-05", $"La préinscription est close : elle devait être faite au plus tard {deadline.Describe()}.");

    internal static RuleViolation CalendarPreRegistrationWindowInverted(LocalDate opens, LocalDate closes) => new(
        RuleViolationCodes.CalendarPreRegistrationWindowInverted, "DEAD-05", $"La fin de la préinscription ({FrenchDates.Format(closes)}) précède son ouverture ({FrenchDates.Format(opens)}).");

    internal static RuleViolation CalendarPreRegistrationTooLate(LocalDate closes, LocalDate filingCloses, int leadDays)
    {
        var delay = leadDays switch
        {
            0 => "le jour de la clôture des inscriptions",
            1 => "1 jour avant la clôture des inscriptions",
            _ => $"{leadDays} jours avant la clôture des inscriptions",
        };
        return new(
            RuleViolationCodes.CalendarPreRegistrationTooLate,
            "DEAD-05",
            $"La préinscription doit se terminer au plus tard {delay} ({FrenchDates.Format(filingCloses)}), soit le {FrenchDates.Format(filingCloses.PlusDays(-leadDays))} ; elle se termine le {FrenchDates.Format(closes)}.");
    }

    internal static RuleViolation CalendarFirstExamBeforeClosing(LocalDate firstExam, LocalDate filingCloses) => new(
        RuleViolationCodes.CalendarFirstExamBeforeClosing, "DEAD-05", $"La première épreuve ({FrenchDates.Format(firstExam)}) ne peut pas précéder la clôture des inscriptions ({FrenchDates.Format(filingCloses)}).");

    internal static RuleViolation ClosureDeadlinePassed(Deadline deadline) => new(
        RuleViolationCodes.ClosureDeadlinePassed, "LIFE-03", $"La date limite est dépassée : votre inscription devait être clôturée au plus tard {deadline.Describe()} ; elle n'a pas pu être prise en compte.");

    internal static RuleViolation FilingDeadlinePassed(Deadline deadline) => new(
        RuleViolationCodes.FilingDeadlinePassed, "LIFE-03", $"Les inscriptions sont closes : la date limite était {deadline.Describe()}. Vous ne pouvez plus ajouter ni supprimer de fichier.");

    internal static RuleViolation ClosurePiecesMissing(IEnumerable<PieceRequirement> missing) => new(
        RuleViolationCodes.ClosurePiecesMissing, "PIECE-05", $"Votre inscription ne peut pas encore être clôturée : ajoutez d'abord {Pieces(missing.Select(p => p.Label))}.");

    internal static RuleViolation CompletePiecesMissing(IEnumerable<PieceRequirement> missing) => new(
        RuleViolationCodes.CompletePiecesMissing, "LIFE-08", $"Le dossier ne peut pas être déclaré complet : il manque {Pieces(missing.Select(p => p.Label))}.");

    internal static RuleViolation PostmarkLate(LocalDate postmark, Deadline deadline) => new(
        RuleViolationCodes.PostmarkLate, "DEAD-04", $"Le cachet de la poste ({FrenchDates.Format(postmark)}) est postérieur à la date de clôture des inscriptions ({FrenchDates.Format(deadline.Date)}) : le dossier est hors délai.");

    internal static RuleViolation PostmarkBeforeOpening(LocalDate postmark, LocalDate opens) => new(
        RuleViolationCodes.PostmarkBeforeOpening, "DEAD-04", $"La date du cachet de la poste ({FrenchDates.Format(postmark)}) précède l'ouverture des inscriptions ({FrenchDates.Format(opens)}) : vérifiez-la.");

    internal static RuleViolation PostmarkAfterReception(LocalDate postmark, LocalDate received) => new(
        RuleViolationCodes.PostmarkAfterReception, "DEAD-04", $"La date du cachet de la poste ({FrenchDates.Format(postmark)}) ne peut pas être postérieure à la date de réception ({FrenchDates.Format(received)}).");

    internal static RuleViolation PieceNotRequested(PieceCode piece) => new(
        RuleViolationCodes.PieceNotRequested,
        "PIECE-01",
        StandardLabelOf(piece) is { } label ? $"La pièce « {label} » n'est pas demandée pour ce concours." : "Cette pièce n'est pas demandée pour ce concours.");

    internal static RuleViolation PieceNotApplicable(PieceRequirement piece) => new(
        RuleViolationCodes.PieceNotApplicable, "PIECE-04", $"La pièce « {piece.Label} » n'est pas demandée dans votre situation.");

    internal static RuleViolation DiplomaExemptionOnlyForExternalCompetitions() => new(
        RuleViolationCodes.DiplomaExemptionOnlyForExternalCompetitions,
        "PIECE-04",
        "La dispense de diplôme des parents de trois enfants ou plus ne concerne que les concours externes : elle ne peut pas être demandée pour ce concours ou examen.");

    internal static RuleViolation DiplomaExemptionRefusedForRegulatedProfession(string sessionTitle) => new(
        RuleViolationCodes.DiplomaExemptionRefusedForRegulatedProfession,
        "PIECE-04",
        $"La dispense de diplôme des parents de trois enfants ou plus ne s'applique pas au concours « {sessionTitle} », qui donne accès à une profession réglementée : le diplôme requis doit être fourni.");

    internal static RuleViolation IssueDateUnknown(PieceRequirement piece, string fileName) => new(
        RuleViolationCodes.IssueDateUnknown,
        "PIECE-04",
        $"La date de délivrance du document « {fileName} » (pièce « {piece.Label} ») n'est pas connue : elle est nécessaire pour vérifier qu'il est assez récent.");

    internal static RuleViolation IssuedOutsideValidity(PieceRequirement piece, string fileName, LocalDate issued, LocalDate earliest, LocalDate firstExam) => new(
        RuleViolationCodes.IssuedOutsideValidity,
        "PIECE-04",
        issued > firstExam
            ? $"La date de délivrance du document « {fileName} » (pièce « {piece.Label} »), le {FrenchDates.Format(issued)}, est postérieure à la première épreuve du {FrenchDates.Format(firstExam)} : vérifiez la date indiquée."
            : $"Le document « {fileName} » (pièce « {piece.Label} ») a été délivré le {FrenchDates.Format(issued)} : pour la première épreuve du {FrenchDates.Format(firstExam)}, il doit l'avoir été entre le {FrenchDates.Format(earliest)} et cette date. Merci d'en transmettre un plus récent.");

    internal static RuleViolation SameFileInSeveralPieces(string fileName, ExamSession session, IEnumerable<PieceCode> pieces)
    {
        var labels = pieces.Distinct().Select(p => LabelOf(session, p)).ToList();
        var known = labels.OfType<string>().Distinct().ToList();
        var unknown = labels.Count(l => l is null);
        var named = unknown == 0
            ? Pieces(known)
            : List(known.Select(l => $"la pièce « {l} »")
                .Append(unknown == 1 ? "une pièce qui n'est pas demandée pour ce concours" : $"{unknown} pièces qui ne sont pas demandées pour ce concours")
                .ToList());
        return new(
            RuleViolationCodes.SameFileInSeveralPieces,
            "PIECE-02",
            $"Le même fichier « {fileName} » a été déposé pour {named} : vérifiez que vous avez ajouté la bonne pièce à chaque endroit.");
    }

    internal static RuleViolation PieceNotDeferrable(PieceRequirement piece) => new(
        RuleViolationCodes.PieceNotDeferrable, "PIECE-03", $"Après la clôture, seules les pièces dont l'envoi peut être différé sont modifiables ; la pièce « {piece.Label} » n'en fait pas partie.");

    internal static RuleViolation PieceNotInRegularisation(PieceRequirement piece) => new(
        RuleViolationCodes.PieceNotInRegularisation, "LIFE-06", $"La demande de régularisation ne porte pas sur la pièce « {piece.Label} » : seules les pièces demandées peuvent être modifiées.");

    internal static RuleViolation PieceDueDatePassed(PieceRequirement piece, Deadline due) => new(
        RuleViolationCodes.PieceDueDatePassed, "DEAD-06", $"La pièce « {piece.Label} » devait être transmise au plus tard {due.Describe()}.");

    internal static RuleViolation FileNotFound() => new(
        RuleViolationCodes.FileNotFound, "PIECE-02", "Ce fichier ne figure pas (ou plus) dans votre dossier.");

    internal static RuleViolation FileAlreadyAttached(string displayName) => new(
        RuleViolationCodes.FileAlreadyAttached, "PIECE-02", $"Le fichier « {displayName} » figure déjà dans votre dossier.");

    internal static RuleViolation FileNameContradictsContent(string shownName, string extension, FileType contentType) => new(
        RuleViolationCodes.FileNameContradictsContent,
        "FILE-02",
        $"Le nom du fichier « {shownName} » annonce un fichier .{extension} alors que son contenu est {OfType(contentType)} : vérifiez que vous avez choisi le bon fichier, puis ajoutez-le de nouveau au format PDF ou JPEG.");

    internal static RuleViolation FileEmpty() => new(
        RuleViolationCodes.FileEmpty, "FILE-02", "Ce fichier est vide : vérifiez que vous avez choisi le bon fichier, puis ajoutez-le de nouveau.");

    internal static RuleViolation FileTooSmall(long size) => new(
        RuleViolationCodes.FileTooSmall, "FILE-02", $"Ce fichier ne fait que {size} octets, trop peu pour un document PDF ou une image JPEG complets : vérifiez que vous avez choisi le bon fichier, puis ajoutez-le de nouveau.");

    internal static RuleViolation FileTooLarge(long maxSize) => new(
        RuleViolationCodes.FileTooLarge, "FILE-02", $"Ce fichier dépasse la taille maximale de {FrenchSizes.Format(maxSize)} : réduisez-le (par exemple en numérisant la pièce en 150 ou 200 ppp, ou en noir et blanc pour un texte), puis ajoutez-le de nouveau.");

    internal static RuleViolation FileTypeNotAccepted(IEnumerable<FileType> accepted)
    {
        var types = accepted.ToList();
        return new(
            RuleViolationCodes.FileTypeNotAccepted,
            "FILE-01",
            types.Count == 2
                ? "Ce fichier n'est ni un document PDF ni une image JPEG, les deux seuls formats acceptés : enregistrez ou numérisez la pièce dans l'un de ces formats, puis ajoutez-la de nouveau."
                : $"Ce fichier n'est pas {OfType(types[0])}, le seul format accepté pour ce concours : enregistrez ou numérisez la pièce dans ce format, puis ajoutez-la de nouveau.");
    }

    internal static RuleViolation FileTypeNotAcceptedHere(FileType detected, FileType accepted) => new(
        RuleViolationCodes.FileTypeNotAccepted,
        "FILE-01",
        $"Ce fichier est {OfType(detected)}, mais seul le format {(accepted == FileType.Pdf ? "PDF" : "JPEG")} est accepté pour ce concours : enregistrez la pièce dans ce format, puis ajoutez-la de nouveau.");

    internal static RuleViolation FileDeclaredTypeContradictsContent(string declared, FileType contentType) => new(
        RuleViolationCodes.FileDeclaredTypeContradictsContent,
        "FILE-02",
        $"Ce fichier a été envoyé comme étant de type « {declared} » alors que son contenu est {OfType(contentType)} : vérifiez que vous avez choisi le bon fichier, puis ajoutez-le de nouveau.");

    internal static RuleViolation FileTruncated(FileType type) => new(
        RuleViolationCodes.FileTruncated,
        "FILE-02",
        $"Ce fichier est incomplet : il s'arrête avant la fin {(type == FileType.Pdf ? "du document" : "de l'image")}, sans doute parce que son enregistrement ou son envoi a été interrompu. Enregistrez-le de nouveau à partir de l'original, puis ajoutez-le.");

    internal static RuleViolation FileDamaged(FileType type) => new(
        RuleViolationCodes.FileDamaged,
        "FILE-02",
        $"Ce fichier est endommagé : sa structure n'est pas celle d'{OfType(type)} valide. Vérifiez qu'il s'ouvre correctement, enregistrez-le de nouveau (ou numérisez de nouveau la pièce), puis ajoutez-le.");

    internal static RuleViolation FileEncrypted() => new(
        RuleViolationCodes.FileEncrypted,
        "FILE-02",
        "Ce document PDF est protégé par un mot de passe ou chiffré : le centre de gestion ne pourrait pas l'examiner. Enregistrez-en une copie sans protection (par exemple avec la fonction « Imprimer en PDF »), puis ajoutez-la.");

    internal static RuleViolation FileDataAfterEnd(FileType type) => new(
        RuleViolationCodes.FileDataAfterEnd,
        "FILE-02",
        type == FileType.Pdf
            ? "Des données inconnues suivent la fin du document PDF : par sécurité, ce fichier n'est pas accepté. Enregistrez le document de nouveau (par exemple avec « Imprimer en PDF »), puis ajoutez-le."
            : "Des données inconnues suivent la fin de l'image JPEG : par sécurité, ce fichier n'est pas accepté. Enregistrez l'image de nouveau (par exemple en l'ouvrant puis en l'enregistrant au format JPEG), puis ajoutez-la.");

    internal static RuleViolation ImageFormatNotSupported() => new(
        RuleViolationCodes.ImageFormatNotSupported,
        "FILE-02",
        "Cette image JPEG est enregistrée dans une variante du format que le centre de gestion ne peut pas lire (codage arithmétique, sans perte, hiérarchique, ou autre que 8 bits) : enregistrez-la de nouveau en JPEG standard ou en PDF, puis ajoutez-la.");

    internal static RuleViolation ImageTooLarge(int width, int height, long maxPixels) => new(
        RuleViolationCodes.ImageTooLarge,
        "FILE-02",
        $"Cette image mesure {width} × {height} pixels, au-delà de la limite de {FrenchSizes.FormatPixels(maxPixels)} : réduisez sa résolution, puis ajoutez-la de nouveau.");

    internal static RuleViolation CompressionBomb() => new(
        RuleViolationCodes.CompressionBomb,
        "FILE-02",
        "Ce document PDF contient des données compressées qui deviennent anormalement volumineuses une fois décompressées : par sécurité, il n'est pas accepté. Enregistrez-le de nouveau (par exemple avec « Imprimer en PDF »), puis ajoutez-le.");

    internal static RuleViolation PdfJavaScript() => new(
        RuleViolationCodes.PdfJavaScript,
        "FILE-04",
        "Ce document PDF contient du code JavaScript, qui pourrait s'exécuter à son ouverture : par sécurité, il n'est pas accepté. Enregistrez-en une copie sans ce code (par exemple avec « Imprimer en PDF »), puis ajoutez-la.");

    internal static RuleViolation PdfLaunchAction() => new(
        RuleViolationCodes.PdfLaunchAction,
        "FILE-04",
        "Ce document PDF contient une action qui lance un programme à son ouverture : par sécurité, il n'est pas accepté. Enregistrez-en une copie sans cette action (par exemple avec « Imprimer en PDF »), puis ajoutez-la.");

    internal static RuleViolation PdfEmbeddedFile() => new(
        RuleViolationCodes.PdfEmbeddedFile,
        "FILE-04",
        "Ce document PDF contient un fichier joint : par sécurité, il n'est pas accepté. Ajoutez chaque pièce séparément, au format PDF ou JPEG, sans fichier joint.");

    internal static RuleViolation PdfRichMedia() => new(
        RuleViolationCodes.PdfRichMedia,
        "FILE-04",
        "Ce document PDF contient un contenu multimédia interactif (animation, vidéo ou objet 3D), qui pourrait exécuter du code à son ouverture : par sécurité, il n'est pas accepté. Enregistrez-en une copie sans ce contenu (par exemple avec « Imprimer en PDF »), puis ajoutez-la.");

    internal static RuleViolation RegularisationEmpty() => new(
        RuleViolationCodes.RegularisationEmpty, "LIFE-05", "Une demande de régularisation doit indiquer au moins une pièce à fournir et ce qui doit être corrigé.");

    internal static RuleViolation RegularisationReasonMissing(ExamSession session, PieceCode piece) => new(
        RuleViolationCodes.RegularisationReasonMissing,
        "LIFE-05",
        LabelOf(session, piece) is { } label ? $"Précisez ce qui doit être corrigé pour la pièce « {label} »." : "Précisez ce qui doit être corrigé pour la pièce demandée.");

    internal static RuleViolation RegularisationDueDateInPast(LocalDate dueDate) => new(
        RuleViolationCodes.RegularisationDueDateInPast, "LIFE-05", $"La date limite de régularisation ({FrenchDates.Format(dueDate)}) est déjà passée.");

    internal static RuleViolation ComplementsMissing(IEnumerable<string> missingLabels) => new(
        RuleViolationCodes.ComplementsMissing, "LIFE-06", $"Les compléments demandés ne sont pas tous fournis : ajoutez un nouveau fichier pour {Pieces(missingLabels)}.");

    internal static RuleViolation RegularisationDueDatePassed(Deadline due) => new(
        RuleViolationCodes.RegularisationDueDatePassed, "LIFE-06", $"Le délai de régularisation est expiré : les compléments devaient être transmis au plus tard {due.Describe()}.");

    internal static RuleViolation TextNotPrintable(string ruleId) => new(
        RuleViolationCodes.TextNotPrintable, ruleId, $"Le texte saisi est trop long (plus de {Text.DefaultMaxLength} caractères) ou contient des caractères non autorisés : merci de le corriger.");

    internal static RuleViolation NonComplianceReasonMissing() => new(
        RuleViolationCodes.NonComplianceReasonMissing, "LIFE-07", "Une décision « DOSSIER NON CONFORME » doit indiquer au moins un motif.");

    internal static RuleViolation ReopenReasonMissing() => new(
        RuleViolationCodes.ReopenReasonMissing, "LIFE-11", "La réouverture d'un dossier doit être motivée.");

    internal static RuleViolation ConvocationNeedsCompleteDossier(DossierStatus status) => new(
        RuleViolationCodes.ConvocationNeedsCompleteDossier, "SPACE-01", $"Une convocation ne peut être publiée que pour un dossier au statut « DOSSIER COMPLET » ; ce dossier est au statut « {DossierStatusLabels.Label(status)} ».");

    internal static RuleViolation PasswordResetNeedsEmail() => new(
        RuleViolationCodes.PasswordResetNeedsEmail, "SPACE-02", "La réinitialisation du mot de passe n'est pas possible : aucune adresse électronique n'est enregistrée dans votre dossier. Contactez le centre de gestion pour en ajouter une.");

    /// <summary>The French label of a piece: the session's, or the standard one; null for a piece that neither knows, which a message must not name by its code.</summary>
    private static string? LabelOf(ExamSession session, PieceCode piece) =>
        session.TryGetPiece(piece, out var requirement) ? requirement.Label : StandardLabelOf(piece);

    private static string? StandardLabelOf(PieceCode piece) => StandardPieces.All.FirstOrDefault(p => p.Code == piece)?.Label;

    /// <summary>"la pièce « A »", "les pièces « A », « B » et « C »".</summary>
    private static string Pieces(IEnumerable<string> labels)
    {
        var quoted = labels.Select(l => $"« {l} »").ToArray();
        return quoted.Length == 1 ? $"la pièce {quoted[0]}" : $"les pièces {List(quoted)}";
    }

    /// <summary>"A", "A et B", "A, B et C".</summary>
    private static string List(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Concat(items) : $"{string.Join(", ", items.Take(items.Count - 1))} et {items[items.Count - 1]}";

    /// <summary>"de" before an action, elided before a vowel: "d'ajouter", "de clôturer".</summary>
    private static string OfType(FileType type) => type == FileType.Pdf ? "un document PDF" : "une image JPEG";

    private static string Of(string action) => "aeiouyéèêh".IndexOf(action[0]) >= 0 ? $"d'{action}" : $"de {action}";

    private static string ActionOf(DossierTrigger trigger) => trigger switch
    {
        DossierTrigger.AddFile => "ajouter un fichier",
        DossierTrigger.RemoveFile => "supprimer un fichier",
        DossierTrigger.Close => "clôturer l'inscription",
        DossierTrigger.ReceivePostalDossier => "enregistrer un dossier reçu par courrier",
        DossierTrigger.RequestRegularisation => "demander une régularisation",
        DossierTrigger.SupplyComplements => "transmettre les compléments demandés",
        DossierTrigger.DeclareNonCompliant => "déclarer le dossier non conforme",
        DossierTrigger.DeclareComplete => "déclarer le dossier complet",
        DossierTrigger.RecordCancellation => "enregistrer l'annulation de l'inscription",
        DossierTrigger.Reopen => "rouvrir le dossier",
        DossierTrigger.PublishDocument => "publier un document",
        DossierTrigger.ChangeAddress => "modifier l'adresse postale",
        DossierTrigger.ChangeEmail => "modifier l'adresse électronique",
        DossierTrigger.ChangeSituation => "modifier la situation déclarée",
        _ => throw new ArgumentOutOfRangeException(nameof(trigger), trigger, null),
    };

    private static string HomeRuleOf(DossierTrigger trigger) => trigger switch
    {
        DossierTrigger.AddFile or DossierTrigger.RemoveFile => "PIECE-02",
        DossierTrigger.Close or DossierTrigger.ReceivePostalDossier => "LIFE-02",
        DossierTrigger.RequestRegularisation => "LIFE-05",
        DossierTrigger.SupplyComplements => "LIFE-06",
        DossierTrigger.DeclareNonCompliant => "LIFE-07",
        DossierTrigger.DeclareComplete => "LIFE-08",
        DossierTrigger.RecordCancellation => "LIFE-09",
        DossierTrigger.Reopen => "LIFE-11",
        DossierTrigger.PublishDocument => "SPACE-01",
        DossierTrigger.ChangeAddress => "SPACE-03",
        DossierTrigger.ChangeEmail => "SPACE-02",
        DossierTrigger.ChangeSituation => "PIECE-04",
        _ => throw new ArgumentOutOfRangeException(nameof(trigger), trigger, null),
    };
}

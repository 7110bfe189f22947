namespace Cdg.Inscription;

/// <summary>
/// The stable codes of <see cref="RuleViolation.Code"/>. A host can switch on them; their French
/// messages may be reworded between versions, the codes are not.
/// </summary>
public static class RuleViolationCodes
{
    /// <summary>The actor's role may not give this command (LIFE-10).</summary>
    public const string ActorNotAllowed = "actor.not-allowed";

    /// <summary>The command is not possible in the dossier's current status.</summary>
    public const string StatusNotAllowed = "status.not-allowed";

    /// <summary>A pre-registration outside the session's pre-registration window (DEAD-05).</summary>
    public const string PreRegistrationOutsideWindow = "preregistration.outside-window";

    /// <summary>A pre-registration window that closes before it opens (DEAD-05).</summary>
    public const string CalendarPreRegistrationWindowInverted = "calendar.preregistration-window-inverted";

    /// <summary>The pre-registration window closes less than the required delay before the closing date (DEAD-05).</summary>
    public const string CalendarPreRegistrationTooLate = "calendar.preregistration-too-late";

    /// <summary>The first exam is set before the closing date of filing.</summary>
    public const string CalendarFirstExamBeforeClosing = "calendar.first-exam-before-closing";

    /// <summary>An online closure after the filing deadline (LIFE-03, DEAD-01).</summary>
    public const string ClosureDeadlinePassed = "closure.deadline-passed";

    /// <summary>An online closure while a piece required at closure has no file (PIECE-05).</summary>
    public const string ClosurePiecesMissing = "closure.pieces-missing";

    /// <summary>A file added or removed before closure, after the filing deadline (LIFE-03).</summary>
    public const string FilingDeadlinePassed = "filing.deadline-passed";

    /// <summary>A paper dossier whose postmark is after the closing date (DEAD-04).</summary>
    public const string PostmarkLate = "postal.postmark-late";

    /// <summary>A postmark dated before the pre-registration opened, when no dossier could have been sent (DEAD-04).</summary>
    public const string PostmarkBeforeOpening = "postal.postmark-before-opening";

    /// <summary>A command dated outside <see cref="Time.SupportedRange"/>, with which no deadline can be computed (DEAD-01).</summary>
    public const string InstantOutOfRange = "time.out-of-range";

    /// <summary>A postmark dated after the day the dossier was received.</summary>
    public const string PostmarkAfterReception = "postal.postmark-after-reception";

    /// <summary>A piece that the session does not ask for (PIECE-01).</summary>
    public const string PieceNotRequested = "piece.not-requested";

    /// <summary>A piece that the session asks for, but not of a candidate in this situation (PIECE-04).</summary>
    public const string PieceNotApplicable = "piece.not-applicable";

    /// <summary>The diploma exemption of parents of three children claimed for another exam than a concours externe (PIECE-04).</summary>
    public const string DiplomaExemptionOnlyForExternalCompetitions = "situation.diploma-exemption-external-only";

    /// <summary>The diploma exemption of parents of three children claimed for a regulated profession (PIECE-04).</summary>
    public const string DiplomaExemptionRefusedForRegulatedProfession = "situation.diploma-exemption-regulated-profession";

    /// <summary>A finding, not a refusal: a document that must be recent, whose date of issue is not known (PIECE-04).</summary>
    public const string IssueDateUnknown = "piece.issue-date-unknown";

    /// <summary>A finding, not a refusal: a document issued outside its validity window (PIECE-04).</summary>
    public const string IssuedOutsideValidity = "piece.issued-outside-validity";

    /// <summary>A finding, not a refusal: the same content sent for several pieces (PIECE-02).</summary>
    public const string SameFileInSeveralPieces = "file.same-content-in-several-pieces";

    /// <summary>After closure, a piece that may not be sent later (PIECE-03).</summary>
    public const string PieceNotDeferrable = "piece.not-deferrable";

    /// <summary>During a regularisation, a piece that the request does not name (LIFE-06).</summary>
    public const string PieceNotInRegularisation = "piece.not-in-regularisation";

    /// <summary>A piece sent after its own due date (DEAD-06).</summary>
    public const string PieceDueDatePassed = "piece.due-date-passed";

    /// <summary>A file that the piece does not hold (PIECE-02).</summary>
    public const string FileNotFound = "file.not-found";

    /// <summary>A file whose ID the dossier already holds (PIECE-02).</summary>
    public const string FileAlreadyAttached = "file.already-attached";

    /// <summary>A file whose name announces another type than its content: a PDF named <c>.jpg</c> or <c>.exe</c> (FILE-02).</summary>
    public const string FileNameContradictsContent = "file.name-contradicts-content";

    /// <summary>A file of zero bytes (FILE-02).</summary>
    public const string FileEmpty = "file.empty";

    /// <summary>A file too small to be a whole PDF or JPEG (FILE-02).</summary>
    public const string FileTooSmall = "file.too-small";

    /// <summary>A file larger than the session's limit (FILE-02).</summary>
    public const string FileTooLarge = "file.too-large";

    /// <summary>A file whose content is neither a PDF nor a JPEG, or of a type that the session does not accept (FILE-01).</summary>
    public const string FileTypeNotAccepted = "file.type-not-accepted";

    /// <summary>A file that the browser declared of another type than its content: a PDF sent as <c>image/png</c> (FILE-02).</summary>
    public const string FileDeclaredTypeContradictsContent = "file.declared-type-contradicts-content";

    /// <summary>A file that ends before its structure does: no end marker, a part cut off (FILE-02).</summary>
    public const string FileTruncated = "file.truncated";

    /// <summary>A file whose structure is broken (FILE-02).</summary>
    public const string FileDamaged = "file.damaged";

    /// <summary>A PDF protected by a password or encrypted (FILE-02).</summary>
    public const string FileEncrypted = "file.encrypted";

    /// <summary>Data after the end of the document or image, as in a polyglot file (FILE-02).</summary>
    public const string FileDataAfterEnd = "file.data-after-end";

    /// <summary>A JPEG of a kind that is not supported: arithmetic coding, lossless or hierarchical, not 8-bit, not 1, 3 or 4 components (FILE-02).</summary>
    public const string ImageFormatNotSupported = "file.image-format-not-supported";

    /// <summary>A JPEG with more pixels than the session's limit (FILE-02).</summary>
    public const string ImageTooLarge = "file.image-too-large";

    /// <summary>A PDF whose compressed streams inflate past the limit, as a compression bomb does (FILE-02).</summary>
    public const string CompressionBomb = "file.compression-bomb";

    /// <summary>A PDF that holds JavaScript or a scripted (XFA) form (FILE-04).</summary>
    public const string PdfJavaScript = "file.pdf-javascript";

    /// <summary>A PDF that holds an action launching a program (FILE-04).</summary>
    public const string PdfLaunchAction = "file.pdf-launch-action";

    /// <summary>A PDF that holds an embedded file (FILE-04).</summary>
    public const string PdfEmbeddedFile = "file.pdf-embedded-file";

    /// <summary>A PDF that holds rich media (Flash, video or 3D content), which can run scripts (FILE-04).</summary>
    public const string PdfRichMedia = "file.pdf-rich-media";

    /// <summary>A regularisation request that names no piece (LIFE-05).</summary>
    public const string RegularisationEmpty = "regularisation.empty";

    /// <summary>A regularisation request item that does not say what is wrong (LIFE-05).</summary>
    public const string RegularisationReasonMissing = "regularisation.reason-missing";

    /// <summary>A regularisation request whose due date is before the day of the request (LIFE-05).</summary>
    public const string RegularisationDueDateInPast = "regularisation.due-date-in-past";

    /// <summary>Complements supplied while a named piece has no new file (LIFE-06).</summary>
    public const string ComplementsMissing = "regularisation.complements-missing";

    /// <summary>Complements supplied after the regularisation's due date (LIFE-06).</summary>
    public const string RegularisationDueDatePassed = "regularisation.due-date-passed";

    /// <summary>A reason too long, or holding control or bidirectional-override characters.</summary>
    public const string TextNotPrintable = "text.not-printable";

    /// <summary>A DOSSIER NON CONFORME decision without a reason (LIFE-07).</summary>
    public const string NonComplianceReasonMissing = "noncompliance.reason-missing";

    /// <summary>DOSSIER COMPLET while a required piece, deferrable ones included, has no file (LIFE-08, PIECE-05).</summary>
    public const string CompletePiecesMissing = "complete.pieces-missing";

    /// <summary>A reopening without a reason.</summary>
    public const string ReopenReasonMissing = "reopen.reason-missing";

    /// <summary>A convocation published to a dossier that is not complete (SPACE-01).</summary>
    public const string ConvocationNeedsCompleteDossier = "document.convocation-needs-complete-dossier";

    /// <summary>A password reset asked for while no e-mail address is on file (SPACE-02).</summary>
    public const string PasswordResetNeedsEmail = "space.password-reset-needs-email";

    /// <summary>A required form field left blank (LIFE-01, SPACE-02, SPACE-03); <see cref="RuleViolation.Field"/> says which.</summary>
    public const string InputMissing = "input.missing";

    /// <summary>A form field longer than its limit (LIFE-01, SPACE-03); <see cref="RuleViolation.Field"/> says which.</summary>
    public const string InputTooLong = "input.too-long";

    /// <summary>
    /// A form field holding a line break, a control character or a bidirectional override (LIFE-01,
    /// SPACE-03); <see cref="RuleViolation.Field"/> says which.
    /// </summary>
    public const string InputNotPrintable = "input.not-printable";

    /// <summary>An e-mail address that does not have the shape of one (SPACE-02).</summary>
    public const string EmailInvalid = "input.email-invalid";

    /// <summary>A dossier number that is not one: 1 to 32 letters, digits and single hyphens (SPACE-02).</summary>
    public const string DossierNumberInvalid = "input.dossier-number-invalid";
}

namespace Cdg.Inscription.AspNetCore.Problems;

/// <summary>The codes of an upload or a form that could not be read, beside the inspector's <see cref="RuleViolationCodes"/>, and their French messages.</summary>
public static class UploadCodes
{
    /// <summary>The request is not a form (<c>multipart/form-data</c>) or has no file in its <c>file</c> field (400).</summary>
    public const string FileMissing = "upload.file-missing";

    /// <summary>The form is malformed (400): <see cref="FormUnreadableMessage"/>.</summary>
    public const string FormUnreadable = "upload.form-unreadable";

    /// <summary>The form's antiforgery token is missing or expired (400): <see cref="FormExpiredMessage"/>.</summary>
    public const string FormExpired = "upload.form-expired";

    /// <summary>What a form whose antiforgery token is missing or expired is told.</summary>
    public const string FormExpiredMessage = "Ce formulaire a expiré : rechargez la page, puis envoyez-le de nouveau.";

    /// <summary>What a malformed form is told.</summary>
    public const string FormUnreadableMessage = "Le formulaire envoyé est incomplet ou mal formé : rechargez la page, puis envoyez-le de nouveau.";

    /// <summary>The date of issue typed with the file is not a date (400).</summary>
    public const string IssueDateInvalid = "upload.issue-date-invalid";
}

namespace Cdg.Inscription.AspNetCore.Problems;

/// <summary>The codes of an upload that could not be read as a form with a file, beside the inspector's <see cref="RuleViolationCodes"/>.</summary>
public static class UploadCodes
{
    /// <summary>The request is not a form (<c>multipart/form-data</c>) or has no file in its <c>file</c> field (400).</summary>
    public const string FileMissing = "upload.file-missing";

    /// <summary>The form is malformed (400).</summary>
    public const string FormUnreadable = "upload.form-unreadable";

    /// <summary>The form's antiforgery token is missing or expired (400).</summary>
    public const string FormExpired = "upload.form-expired";

    /// <summary>The date of issue typed with the file is not a date (400).</summary>
    public const string IssueDateInvalid = "upload.issue-date-invalid";
}

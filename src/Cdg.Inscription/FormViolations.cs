namespace Cdg.Inscription;

/// <summary>
/// The violations of the form fields that the <c>Check</c> methods of the value objects report
/// (<c>Candidate.Check</c>, <c>PostalAddress.Check</c>, <c>EmailAddress.Check</c>,
/// <c>DossierNumber.Check</c>), each naming its field in <see cref="RuleViolation.Field"/> and in
/// its French message. A message quotes what was typed only when it is short and printable.
/// </summary>
internal static class FormViolations
{
    /// <summary>
    /// Null when <see cref="Text.Require"/> would accept the value; otherwise the one violation of
    /// the field: blank, too long, a forbidden character, or a line break, in that order.
    /// </summary>
    internal static RuleViolation? Line(string? value, string field, int maxLength, string ruleId)
    {
        if (Text.IsBlank(value))
        {
            return Missing(field, ruleId);
        }

        if (value!.Length > maxLength)
        {
            return new(RuleViolationCodes.InputTooLong, ruleId, $"{Capitalised(Definite(field))} ne peut pas dépasser {maxLength} caractères.", field);
        }

        if (value.Any(Text.IsForbidden))
        {
            return new(
                RuleViolationCodes.InputNotPrintable,
                ruleId,
                $"{Capitalised(Definite(field))} contient un caractère qui ne peut pas être enregistré (caractère de contrôle ou d'inversion du sens d'écriture) : saisissez-{Pronoun(field)} de nouveau sans {Pronoun(field)} copier-coller.",
                field);
        }

        return value.Any(IsLineBreak)
            ? new(RuleViolationCodes.InputNotPrintable, ruleId, $"{Capitalised(Definite(field))} doit tenir sur une seule ligne : retirez les retours à la ligne.", field)
            : null;
    }

    /// <summary>A required field left blank: « Indiquez votre nom de famille. ».</summary>
    internal static RuleViolation Missing(string field, string ruleId) =>
        new(RuleViolationCodes.InputMissing, ruleId, $"Indiquez {Possessive(field)}.", field);

    internal static RuleViolation EmailInvalid(string text, int maxLength) => new(
        RuleViolationCodes.EmailInvalid,
        "SPACE-02",
        $"L'adresse électronique {Quoted(text, maxLength, "saisie")} n'est pas valide : vérifiez-la (par exemple prenom.nom@exemple.fr).",
        FormFields.Email);

    internal static RuleViolation DossierNumberInvalid(string text, int maxLength) => new(
        RuleViolationCodes.DossierNumberInvalid,
        "SPACE-02",
        $"Le numéro de dossier {Quoted(text, maxLength, "saisi")} n'est pas valide : il compte de 1 à {maxLength} lettres, chiffres et tirets, tel qu'il figure dans le message de confirmation de votre préinscription.",
        FormFields.DossierNumber);

    /// <summary>Whether a typed text may be quoted in a message: within the limit, without any control, line-break or bidirectional character.</summary>
    internal static bool MayQuote(string text, int maxLength) =>
        text.Length <= maxLength && !text.Any(c => char.IsControl(c) || Text.IsForbidden(c) || IsLineBreak(c));

    /// <summary>« « text » » for a text that may be quoted, trimmed; otherwise the participle ("saisie"), which names no input.</summary>
    private static string Quoted(string text, int maxLength, string participle)
    {
        var trimmed = text.Trim();
        return MayQuote(trimmed, maxLength) ? $"« {trimmed} »" : participle;
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029';

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text.Substring(1);

    /// <summary>The field with its article: "le nom de famille", "l'adresse (numéro et voie)".</summary>
    private static string Definite(string field) => field switch
    {
        FormFields.FamilyName => "le nom de famille",
        FormFields.GivenName => "le prénom",
        FormFields.Street => "l'adresse (numéro et voie)",
        FormFields.Complement => "le complément d'adresse",
        FormFields.PostalCode => "le code postal",
        FormFields.City => "la commune",
        FormFields.Country => "le pays",
        FormFields.Email => "l'adresse électronique",
        FormFields.DossierNumber => "le numéro de dossier",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    /// <summary>The field for the candidate: "votre nom de famille".</summary>
    private static string Possessive(string field)
    {
        var definite = Definite(field);
        return "votre " + definite.Substring(definite.StartsWith("l'", StringComparison.Ordinal) ? 2 : 3);
    }

    /// <summary>The pronoun that stands for the field: "le" or "la".</summary>
    private static string Pronoun(string field) => field is FormFields.Street or FormFields.City or FormFields.Email ? "la" : "le";
}

using System.Security.Cryptography;
using Cdg.Inscription.Dossiers;

namespace Cdg.Inscription.Web.Portal;

/// <summary>New dossier numbers: a letter and eight random digits, which a stored dossier never has already.</summary>
public sealed class DossierNumbering
{
    /// <summary>A fresh number, not guessable from the previous ones.</summary>
    /// <returns>A number such as <c>D48213907</c>.</returns>
    public DossierNumber Next() => DossierNumber.Parse($"D{RandomNumberGenerator.GetInt32(10_000_000, 100_000_000):D8}");
}

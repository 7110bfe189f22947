using Cdg.Inscription.Dossiers;

namespace Cdg.Inscription.AspNetCore.TestHost;

/// <summary>The host's numbering of new dossiers: D00000001, D00000002, …</summary>
public sealed class DossierNumbers
{
    private long _last;

    /// <summary>The next number.</summary>
    public DossierNumber Next() => DossierNumber.Parse($"D{Interlocked.Increment(ref _last):D8}");
}

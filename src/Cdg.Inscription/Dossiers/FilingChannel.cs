namespace Cdg.Inscription.Dossiers;

/// <summary>How the dossier reached the CDG (LIFE-02).</summary>
public enum FilingChannel
{
    /// <summary>Online: the candidate clicked "clôturer mon inscription".</summary>
    Online,

    /// <summary>By post: the CDG received the paper dossier.</summary>
    Post,
}

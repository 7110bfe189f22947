namespace Cdg.Inscription.Dossiers;

/// <summary>Who gives a command (LIFE-10).</summary>
public enum ActorRole
{
    /// <summary>The candidate, from the secure space.</summary>
    Candidate,

    /// <summary>A member of the CDG's staff ("gestionnaire").</summary>
    Staff,
}

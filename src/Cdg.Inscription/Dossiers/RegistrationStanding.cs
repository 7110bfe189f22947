namespace Cdg.Inscription.Dossiers;

/// <summary>
/// Whether a registration counts at a given instant (LIFE-03). Not a status: a dossier still
/// awaiting its dossier after the deadline keeps its status and is reported as not taken into account.
/// </summary>
public enum RegistrationStanding
{
    /// <summary>Awaiting the dossier, and the closing deadline has not passed.</summary>
    Pending,

    /// <summary>The dossier reached the CDG in time, online or by post.</summary>
    Filed,

    /// <summary>The closing deadline passed before the dossier reached the CDG: the registration is not taken into account.</summary>
    NotTakenIntoAccount,

    /// <summary>The registration was cancelled.</summary>
    Cancelled,
}

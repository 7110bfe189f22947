namespace Cdg.Inscription.Dossiers;

/// <summary>The documents that the CDG publishes in the candidate's space instead of sending them by post (SPACE-01).</summary>
public enum DocumentKind
{
    /// <summary>Convocation: only for a complete dossier.</summary>
    Convocation,

    /// <summary>Plan d'accès to the exam centre.</summary>
    AccessMap,

    /// <summary>Relevé de notes.</summary>
    Transcript,

    /// <summary>Attestation de présence.</summary>
    AttendanceCertificate,
}

namespace Cdg.Inscription.Serialization.SystemTextJson;

/// <summary>
/// The stable type names of the events of a dossier's history, as the storage contract writes them
/// in the <c>type</c> field: kebab-case words chosen once, never a CLR type name, so that renaming a
/// class does not change what is stored (docs/storage.md).
/// </summary>
/// <remarks>This type is immutable.</remarks>
public static class DossierEventTypes
{
    /// <summary><see cref="Dossiers.Events.PreRegistered"/>.</summary>
    public const string PreRegistered = "pre-registered";

    /// <summary><see cref="Dossiers.Events.SituationChanged"/>.</summary>
    public const string SituationChanged = "situation-changed";

    /// <summary><see cref="Dossiers.Events.FileAdded"/>.</summary>
    public const string FileAdded = "file-added";

    /// <summary><see cref="Dossiers.Events.FileRemoved"/>.</summary>
    public const string FileRemoved = "file-removed";

    /// <summary><see cref="Dossiers.Events.ClosedOnline"/>.</summary>
    public const string ClosedOnline = "closed-online";

    /// <summary><see cref="Dossiers.Events.PostalDossierReceived"/>.</summary>
    public const string PostalDossierReceived = "postal-dossier-received";

    /// <summary><see cref="Dossiers.Events.RegularisationRequested"/>.</summary>
    public const string RegularisationRequested = "regularisation-requested";

    /// <summary><see cref="Dossiers.Events.ComplementsSupplied"/>.</summary>
    public const string ComplementsSupplied = "complements-supplied";

    /// <summary><see cref="Dossiers.Events.DeclaredNonCompliant"/>.</summary>
    public const string DeclaredNonCompliant = "declared-non-compliant";

    /// <summary><see cref="Dossiers.Events.DeclaredComplete"/>.</summary>
    public const string DeclaredComplete = "declared-complete";

    /// <summary><see cref="Dossiers.Events.Reopened"/>.</summary>
    public const string Reopened = "reopened";

    /// <summary><see cref="Dossiers.Events.CancellationRecorded"/>.</summary>
    public const string CancellationRecorded = "cancellation-recorded";

    /// <summary><see cref="Dossiers.Events.DocumentPublished"/>.</summary>
    public const string DocumentPublished = "document-published";

    /// <summary><see cref="Dossiers.Events.AddressChanged"/>.</summary>
    public const string AddressChanged = "address-changed";

    /// <summary><see cref="Dossiers.Events.EmailChanged"/>.</summary>
    public const string EmailChanged = "email-changed";

    /// <summary>Every type name this version writes and reads, in the order of the documentation.</summary>
    public static IReadOnlyList<string> All { get; } = Array.AsReadOnly(new[]
    {
        PreRegistered, SituationChanged, FileAdded, FileRemoved, ClosedOnline, PostalDossierReceived, RegularisationRequested,
        ComplementsSupplied, DeclaredNonCompliant, DeclaredComplete, Reopened, CancellationRecorded, DocumentPublished,
        AddressChanged, EmailChanged,
    });

    /// <summary>The type name of an event, as it is stored.</summary>
    /// <param name="dossierEvent">An event of a dossier's history.</param>
    /// <returns>One of the constants of this class.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dossierEvent"/> is null.</exception>
    /// <exception cref="NotSupportedException">The event is of a type that this version of the package does not know.</exception>
    public static string Of(Dossiers.Events.DossierEvent dossierEvent) =>
        Writing.EventWriter.TypeNameOf(dossierEvent ?? throw new ArgumentNullException(nameof(dossierEvent)));
}

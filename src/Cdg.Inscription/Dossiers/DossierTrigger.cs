namespace Cdg.Inscription.Dossiers;

/// <summary>The triggers of the lifecycle machine; private to the library, which exposes typed methods instead.</summary>
internal enum DossierTrigger
{
    AddFile,
    RemoveFile,
    Close,
    ReceivePostalDossier,
    RequestRegularisation,
    SupplyComplements,
    DeclareNonCompliant,
    DeclareComplete,
    RecordCancellation,
    Reopen,
    PublishDocument,
    ChangeAddress,
    ChangeEmail,
    ChangeSituation,
}

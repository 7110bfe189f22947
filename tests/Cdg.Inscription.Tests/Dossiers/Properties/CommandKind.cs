namespace Cdg.Inscription.Tests.Dossiers.Properties;

/// <summary>The fourteen commands of a dossier, as the property drives them.</summary>
internal enum CommandKind
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

using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Files;

namespace Cdg.Inscription.Serialization.SystemTextJson.Contract;

/// <summary>The stable names of every enum that the contract stores (docs/storage.md, "Enumerations").</summary>
internal static class StableNames
{
    internal static readonly NameTable<DossierStatus> Status = new(
        (DossierStatus.AwaitingDossier, "awaiting-dossier"),
        (DossierStatus.UnderReview, "under-review"),
        (DossierStatus.Incomplete, "incomplete"),
        (DossierStatus.NonCompliant, "non-compliant"),
        (DossierStatus.Complete, "complete"),
        (DossierStatus.Cancelled, "cancelled"));

    internal static readonly NameTable<ActorRole> Role = new(
        (ActorRole.Candidate, "candidate"),
        (ActorRole.Staff, "staff"));

    internal static readonly NameTable<FileType> FileType = new(
        (Files.FileType.Pdf, "pdf"),
        (Files.FileType.Jpeg, "jpeg"));

    internal static readonly NameTable<CancellationChannel> Channel = new(
        (CancellationChannel.Email, "email"),
        (CancellationChannel.Post, "post"));

    internal static readonly NameTable<DocumentKind> Document = new(
        (DocumentKind.Convocation, "convocation"),
        (DocumentKind.AccessMap, "access-map"),
        (DocumentKind.Transcript, "transcript"),
        (DocumentKind.AttendanceCertificate, "attendance-certificate"));

    internal static readonly NameTable<FilingChannel> Filing = new(
        (FilingChannel.Online, "online"),
        (FilingChannel.Post, "post"));
}

using Cdg.Inscription.Dossiers;
using Cdg.Inscription.Dossiers.Events;
using NodaTime.Text;

namespace Cdg.Inscription.Benchmarks.Storage.Plain;

/// <summary>The library's history and snapshot copied into plain records, once, before the baseline runs.</summary>
internal static class PlainMapping
{
    internal static PlainEvent[] History(IEnumerable<DossierEvent> history) => history.Select(Event).ToArray();

    internal static PlainSnapshot Snapshot(DossierSnapshot s) => new(
        1, s.SessionCode, s.Number.Value, s.Version, Status(s.Status), Time(s.UpdatedAt), Time(s.StatusSince), Time(s.PreRegisteredAt),
        Candidate(s.Candidate), Situation(s.Situation), s.Filing?.ToString().ToLowerInvariant(), s.FiledAt is { } f ? Time(f) : null,
        s.Postmark is { } p ? LocalDatePattern.Iso.Format(p) : null, s.Files.Select(File).ToArray(), s.NonComplianceReasons.ToArray(), []);

    private static PlainEvent Event(DossierEvent e)
    {
        var plain = new PlainEvent(e.GetType().Name, 1, e.Sequence, Time(e.At), new PlainActor(e.Actor.Role.ToString().ToLowerInvariant(), e.Actor.Id), Status(e.Status));
        return e switch
        {
            PreRegistered p => plain with { SessionCode = p.SessionCode, Number = p.Number.Value, Candidate = Candidate(p.Candidate), Situation = Situation(p.Situation) },
            FileAdded f => plain with { File = File(f.File) },
            _ => plain,
        };
    }

    private static string Time(NodaTime.Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    private static string Status(DossierStatus status) => status.ToString().ToLowerInvariant();

    private static PlainCandidate Candidate(Candidate c) =>
        new(c.FamilyName, c.GivenName, new PlainAddress(c.Address.Street, c.Address.Complement, c.Address.PostalCode, c.Address.City, c.Address.Country), c.Email?.Value);

    private static PlainSituation Situation(Pieces.CandidateSituation s) => new(s.ClaimsParentOfThreeExemption, s.RequestsAdaptedExams, s.IsPublicEmployee);

    private static PlainFile File(AttachedFile a) =>
        new(a.Piece.Value, a.File.Id, a.File.DisplayName, a.File.Type.ToString().ToLowerInvariant(), a.File.Size, a.File.Sha256, Time(a.ReceivedAt), a.IssuedOn is { } d ? LocalDatePattern.Iso.Format(d) : null);
}

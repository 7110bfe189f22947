using Cdg.Inscription.Sessions;
using Cdg.Inscription.Time;
using NodaTime;

namespace Cdg.Inscription.Sample;

/// <summary>
/// The closing deadline as candidates read it: in metropolitan time, which binds everyone, and in
/// the local time of candidates overseas; and the time left at a given instant.
/// </summary>
internal static class DeadlineStory
{
    /// <summary>Shows the deadline and the time left.</summary>
    public static void Run(ExamSession session)
    {
        Narrator.Chapter("10. La date limite, en métropole et outre-mer");
        var deadline = session.Calendar.FilingDeadline;
        Narrator.Say($"En métropole : clôture {deadline.Describe()}.");
        Narrator.Say($"À La Réunion : clôture {deadline.DescribeIn(DateTimeZoneProviders.Tzdb["Indian/Reunion"])}.");
        Narrator.Say($"En Guadeloupe : clôture {deadline.DescribeIn(DateTimeZoneProviders.Tzdb["America/Guadeloupe"])}.");
        Narrator.Say($"Premier instant hors délai, en temps universel : {deadline.End}.");

        var askedAt = ParisTime.At(2023, 4, 20, 15, 30);
        Narrator.At(askedAt, $"Temps restant avant la clôture : {FrenchDates.Format(deadline.TimeLeftAt(askedAt))}.");
    }
}

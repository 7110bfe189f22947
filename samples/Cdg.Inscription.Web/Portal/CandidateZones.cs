using Cdg.Inscription.Dossiers;
using NodaTime;

namespace Cdg.Inscription.Web.Portal;

/// <summary>The candidate's own time zone, from the postal code of the address (DEAD-03): overseas departments and territories.</summary>
public static class CandidateZones
{
    private static readonly (string Prefix, string Zone)[] Overseas =
    [
        ("971", "America/Guadeloupe"), ("972", "America/Martinique"), ("973", "America/Cayenne"), ("974", "Indian/Reunion"),
        ("975", "America/Miquelon"), ("976", "Indian/Mayotte"), ("986", "Pacific/Wallis"), ("987", "Pacific/Tahiti"), ("988", "Pacific/Noumea"),
    ];

    /// <summary>The candidate's zone when it is not metropolitan time, or null.</summary>
    /// <param name="address">The candidate's address.</param>
    /// <returns>The zone, or null.</returns>
    public static DateTimeZone? ZoneOf(PostalAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        foreach (var (prefix, zone) in Overseas)
        {
            if (address.PostalCode.StartsWith(prefix, StringComparison.Ordinal))
            {
                return DateTimeZoneProviders.Tzdb[zone];
            }
        }

        return null;
    }
}

using System.Text.RegularExpressions;
using Cdg.Inscription.Web.Storage;
using Cdg.Inscription.Web.Storage.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace Cdg.Inscription.Web.Tests.Support;

/// <summary>The steps the page tests share: a candidate pre-registered, staff signed in, the real fixtures, the ids read from the pages.</summary>
public static partial class PortalSteps
{
    /// <summary>The session the tests pre-register to.</summary>
    public const string Session = "/Preinscription/ADJOINT-2027";

    /// <summary>The demo staff login.</summary>
    public const string StaffLogin = "gestionnaire";

    /// <summary>The demo staff password.</summary>
    public const string StaffPassword = "Concours-2027!";

    /// <summary>Pre-registers a candidate with this client (which then holds the candidate's cookie).</summary>
    /// <param name="client">The client.</param>
    /// <param name="fields">Fields that replace those of <see cref="WalkTests.Identity"/> by name.</param>
    /// <returns>The dossier number.</returns>
    public static async Task<string> PreRegisterAsync(this PortalClient client, params (string Name, string Value)[] fields)
    {
        ArgumentNullException.ThrowIfNull(client);
        var names = fields.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        var (_, html) = await client.PostAsync(Session, Session, [.. WalkTests.Identity().Where(f => !names.Contains(f.Name)), .. fields]);
        var number = NumberOf(html);
        number.Should().NotBeEmpty("the pre-registration shows its dossier number");
        return number;
    }

    /// <summary>A client signed in as staff.</summary>
    /// <param name="factory">The portal.</param>
    /// <returns>The client.</returns>
    public static async Task<PortalClient> StaffAsync(this PortalFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var staff = factory.NewClient();
        await staff.PostAsync("/Gestion/Connexion", "/Gestion/Connexion", ("login", StaffLogin), ("password", StaffPassword));
        return staff;
    }

    /// <summary>The memory store of the portal.</summary>
    /// <param name="factory">The portal.</param>
    /// <returns>The store.</returns>
    public static MemoryPortalStore Store(this PortalFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return (MemoryPortalStore)factory.Services.GetRequiredService<IPortalStore>();
    }

    /// <summary>A real file of the library's corpus.</summary>
    /// <param name="name">Its name under <c>Fixtures/</c>.</param>
    /// <returns>Its content.</returns>
    public static StreamContent Fixture(string name) => new(File.OpenRead(FixturePath(name)));

    /// <summary>The path of a real file of the library's corpus.</summary>
    /// <param name="name">Its name under <c>Fixtures/</c>.</param>
    /// <returns>The path.</returns>
    public static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    /// <summary>The dossier number shown on a page.</summary>
    /// <param name="html">The page.</param>
    /// <returns>The number, or empty.</returns>
    public static string NumberOf(string html) => Number().Match(html).Groups[1].Value;

    /// <summary>The IDs of the files listed under a piece of the dossier page.</summary>
    /// <param name="html">The dossier page.</param>
    /// <param name="piece">The piece's code.</param>
    /// <returns>The IDs, in page order.</returns>
    public static IReadOnlyList<Guid> FileIdsOf(string html, string piece)
    {
        ArgumentNullException.ThrowIfNull(html);
        var start = html.IndexOf($"id=\"piece-{piece}\"", StringComparison.Ordinal);
        if (start < 0)
        {
            return [];
        }

        var end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        var section = html[start..(end < 0 ? html.Length : end)];
        return [.. ViewLink().Matches(section).Select(m => Guid.Parse(m.Groups[1].Value))];
    }

    /// <summary>The text of the element with an id, tags removed and HTML decoded.</summary>
    /// <param name="html">The page.</param>
    /// <param name="id">The id.</param>
    /// <returns>The text, or null when absent.</returns>
    public static string? TextOf(string html, string id)
    {
        ArgumentNullException.ThrowIfNull(html);
        var match = Regex.Match(html, $"<(\\w+)[^>]*\\bid=\"{Regex.Escape(id)}\"[^>]*>(.*?)</\\1>", RegexOptions.Singleline, TimeSpan.FromSeconds(1));
        return match.Success ? System.Net.WebUtility.HtmlDecode(Tags().Replace(match.Groups[2].Value, string.Empty)).Trim() : null;
    }

    [GeneratedRegex("id=\"dossier-number\">([^<]+)<")]
    private static partial Regex Number();

    [GeneratedRegex("id=\"view-([0-9a-f-]{36})\"")]
    private static partial Regex ViewLink();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}

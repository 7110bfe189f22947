using System.Reflection;
using System.Xml.Linq;

namespace Cdg.Inscription.Tests.Api;

/// <summary>
/// The XML documentation file that the compiler writes for <c>Cdg.Inscription</c> and that the
/// build copies next to the test assembly: each member's ID and the exceptions that its
/// <c>&lt;exception cref="…"/&gt;</c> tags list.
/// </summary>
internal sealed class ApiDocumentation
{
    private readonly Dictionary<string, XElement> _members;

    private ApiDocumentation(Dictionary<string, XElement> members)
    {
        _members = members;
    }

    /// <summary>The path of the file: the library's assembly with the extension <c>.xml</c>.</summary>
    public static string PathOf(Assembly assembly) => Path.ChangeExtension(assembly.Location, ".xml");

    /// <summary>Reads the documentation of <c>Cdg.Inscription</c>.</summary>
    public static ApiDocumentation Load()
    {
        var path = PathOf(typeof(RuleViolation).Assembly);
        File.Exists(path).Should().BeTrue($"the compiler writes the library's documentation to {path}, and the build copies it there");
        var members = XDocument.Load(path).Descendants("member")
            .Where(m => m.Attribute("name") is not null)
            .GroupBy(m => m.Attribute("name")!.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return new ApiDocumentation(members);
    }

    /// <summary>Whether the member with this ID has an entry.</summary>
    public bool Has(string id) => _members.ContainsKey(id);

    /// <summary>
    /// The IDs (<c>T:System.ArgumentException</c>) of the exceptions that the member's entry lists,
    /// following <c>&lt;inheritdoc cref="…"/&gt;</c>; empty when the entry lists none.
    /// </summary>
    public IReadOnlyCollection<string> ExceptionsOf(string id)
    {
        var listed = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Collect(id, listed, seen);
        return listed;
    }

    /// <summary>Whether the member documents <paramref name="thrown"/>: its type, or a base type other than <see cref="Exception"/> and <see cref="SystemException"/>.</summary>
    public static bool Covers(IReadOnlyCollection<string> documented, Type thrown)
    {
        for (var type = thrown; type is not null && type != typeof(Exception) && type != typeof(SystemException); type = type.BaseType)
        {
            if (documented.Contains(DocIds.Of(type)))
            {
                return true;
            }
        }

        return thrown == typeof(Exception) && documented.Contains(DocIds.Of(typeof(Exception)))
            || thrown == typeof(SystemException) && documented.Contains(DocIds.Of(typeof(SystemException)));
    }

    private void Collect(string id, HashSet<string> listed, HashSet<string> seen)
    {
        if (!seen.Add(id) || !_members.TryGetValue(id, out var entry))
        {
            return;
        }

        foreach (var exception in entry.Elements("exception"))
        {
            if (exception.Attribute("cref")?.Value is { } cref)
            {
                listed.Add(cref);
            }
        }

        foreach (var inherited in entry.Elements("inheritdoc"))
        {
            if (inherited.Attribute("cref")?.Value is { } cref)
            {
                Collect(cref, listed, seen);
            }
        }
    }
}

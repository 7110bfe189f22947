using System.Text;

namespace Cdg.Inscription.Serialization.SystemTextJson.Tests.Support;

/// <summary>
/// The golden files: what this version writes for one event of each kind and for one snapshot,
/// committed under Golden/v1/, read and compared byte for byte. <c>CDG_UPDATE_GOLDEN=1</c> rewrites them.
/// </summary>
internal static class GoldenFiles
{
    internal const string Folder = "tests/Cdg.Inscription.Serialization.SystemTextJson.Tests/Golden/v1";

    internal const string SnapshotName = "snapshot";

    internal static string PathOf(string name) => RepositoryPath.Of($"{Folder}/{name}.json");

    /// <summary>The golden file's text, exactly as committed (UTF-8, no final line break).</summary>
    internal static string Read(string name) => Encoding.UTF8.GetString(File.ReadAllBytes(PathOf(name)));

    internal static void Write(string name, string json) => File.WriteAllBytes(PathOf(name), new UTF8Encoding(false).GetBytes(json));

    internal static IEnumerable<string> Names() =>
        Directory.GetFiles(RepositoryPath.Of(Folder), "*.json").Select(Path.GetFileNameWithoutExtension).OfType<string>().OrderBy(n => n, StringComparer.Ordinal);
}

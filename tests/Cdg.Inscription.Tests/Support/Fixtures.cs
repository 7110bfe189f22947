using System.Collections.Concurrent;
using System.Globalization;
using Cdg.Inscription.Files;

namespace Cdg.Inscription.Tests.Support;

/// <summary>The corpus of real and hostile files under <c>Files/Fixtures</c>, copied next to the tests.</summary>
internal static class Fixtures
{
    private static readonly ConcurrentDictionary<(string, string, string?, FileInspectionOptions), Lazy<Task<FileInspection>>> Verdicts = new();

    /// <summary>The folder that holds the corpus.</summary>
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "Files", "Fixtures");

    /// <summary>The corpus's manifest, <c>fixtures.tsv</c>: each file with <c>accepted</c> or the code that refuses it.</summary>
    public static IReadOnlyList<(string File, string Expected, string Description)> Manifest { get; } =
        File.ReadAllLines(Path.Combine(Folder, "fixtures.tsv"))
            .Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split('\t'))
            .Select(parts => (parts[0], parts[1], parts.Length > 2 ? parts[2] : string.Empty))
            .ToList();

    /// <summary>The content of a fixture.</summary>
    /// <param name="name">The fixture's file name.</param>
    /// <returns>Its bytes.</returns>
    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(Folder, name));

    /// <summary>A fixture, opened for reading.</summary>
    /// <param name="name">The fixture's file name.</param>
    /// <returns>A seekable stream.</returns>
    public static FileStream Open(string name) => File.OpenRead(Path.Combine(Folder, name));

    /// <summary>The fixtures that the manifest expects to be accepted, or refused with <paramref name="expected"/>.</summary>
    /// <param name="expected"><c>accepted</c> or a refusal code.</param>
    /// <returns>Their names.</returns>
    public static IEnumerable<string> Expecting(string expected) =>
        Manifest.Where(f => string.Equals(f.Expected, expected, StringComparison.Ordinal)).Select(f => f.File);

    /// <summary>A size in bytes, for messages.</summary>
    /// <param name="bytes">The size.</param>
    /// <returns>The size with its unit.</returns>
    public static string Describe(long bytes) => bytes.ToString("N0", CultureInfo.InvariantCulture) + " bytes";

    /// <summary>
    /// The verdict on a fixture, inspected once per test run for each way of sending it: the
    /// corpus tests and the generated documentation ask for the same files, and the compression
    /// bomb alone costs 64 Mio of inflating each time (far more under Stryker's instrumentation).
    /// </summary>
    /// <param name="name">The fixture's file name.</param>
    /// <param name="browserName">The name it is sent under; the fixture's own name when null.</param>
    /// <param name="declared">The content type declared with it, if any.</param>
    /// <param name="options">The inspector's settings; the defaults when null.</param>
    /// <returns>The verdict, shared by every caller that sends the file the same way.</returns>
    public static Task<FileInspection> InspectAsync(string name, string? browserName = null, string? declared = null, FileInspectionOptions? options = null)
    {
        var key = (name, browserName ?? name, declared, options ?? FileInspectionOptions.Default);
        return Verdicts.GetOrAdd(key, k => new Lazy<Task<FileInspection>>(() => Inspect(k.Item1, k.Item2, k.Item3, k.Item4))).Value;
    }

    private static async Task<FileInspection> Inspect(string name, string browserName, string? declared, FileInspectionOptions options)
    {
        await using var content = Open(name);
        return await new FileInspector(options).InspectAsync(content, browserName, declared).ConfigureAwait(false);
    }
}

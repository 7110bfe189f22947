namespace Cdg.Inscription.Tests.Docs;

/// <summary>
/// The repository's own files, found from the test binaries by walking up to the solution file,
/// and a way to regenerate the generated parts of the docs: run the tests with
/// <c>CDG_UPDATE_DOCS=1</c>.
/// </summary>
internal static class RepositoryFiles
{
    internal const string UpdateVariable = "CDG_UPDATE_DOCS";

    internal static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    internal static string PathOf(string relativePath)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Cdg.Inscription.sln")))
        {
            directory = directory.Parent;
        }

        if (directory is null)
        {
            throw new InvalidOperationException("The repository root (Cdg.Inscription.sln) is not above the test binaries.");
        }

        return Path.Combine(directory.FullName, relativePath);
    }

    internal static string Read(string relativePath) => Normalise(File.ReadAllText(PathOf(relativePath)));

    internal static void Write(string relativePath, string content) => File.WriteAllText(PathOf(relativePath), content);

    internal static string Normalise(string text) => text.Replace("\r\n", "\n");

    /// <summary>
    /// Checks that a doc holds what the code generates for it: <paramref name="generate"/> gives the
    /// expected text from the current one; with <c>CDG_UPDATE_DOCS=1</c> the file is rewritten instead.
    /// </summary>
    internal static void ShouldHoldGenerated(string relativePath, Func<string, string> generate)
    {
        var current = Read(relativePath);
        var expected = generate(current);
        if (Updating && expected != current)
        {
            Write(relativePath, expected);
            return;
        }

        current.Should().Be(expected, $"{relativePath} is out of date: run `{UpdateVariable}=1 dotnet test`, review the change and commit it");
    }
}

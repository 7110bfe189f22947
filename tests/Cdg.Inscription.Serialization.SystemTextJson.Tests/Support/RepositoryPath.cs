namespace Cdg.Inscription.Serialization.SystemTextJson.Tests.Support;

/// <summary>The repository's files, found from the test binaries by walking up to the solution file.</summary>
internal static class RepositoryPath
{
    /// <summary>Set to 1 to rewrite the golden files from what the code writes (docs/storage.md, "Golden files").</summary>
    internal const string UpdateGoldenVariable = "CDG_UPDATE_GOLDEN";

    internal static bool UpdatingGolden => Environment.GetEnvironmentVariable(UpdateGoldenVariable) == "1";

    internal static string Of(string relativePath)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Cdg.Inscription.sln")))
        {
            directory = directory.Parent;
        }

        return directory is null
            ? throw new InvalidOperationException("The repository root (Cdg.Inscription.sln) is not above the test binaries.")
            : Path.Combine(directory.FullName, relativePath);
    }
}

namespace Cdg.Inscription.Web.Browser.Tests.Support;

/// <summary>The repository, found by walking up from the test's folder to <c>Cdg.Inscription.sln</c>.</summary>
public static class Repository
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Cdg.Inscription.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Cdg.Inscription.sln is not in any folder above " + AppContext.BaseDirectory);
    });

    /// <summary>The repository's root folder.</summary>
    public static string Root => RootPath.Value;
}

using Cdg.Inscription.Files;

namespace Cdg.Inscription.Sample;

/// <summary>
/// The files that the sample's candidates upload: real PDFs and JPEGs shipped in the sample's
/// <c>Files</c> folder (made by <c>Files/make-sample-files.py</c>), inspected as a host inspects an
/// upload. Each inspection gives the file a new ID, under which a host would store the content.
/// </summary>
internal static class SampleFiles
{
    /// <summary>The inspector, with the default limits: PDF or JPEG, 10 Mio, nothing relaxed.</summary>
    private static readonly FileInspector Inspector = new();

    /// <summary>Inspects a shipped file, sent by the browser under <paramref name="browserName"/>.</summary>
    /// <param name="file">The file's name in the <c>Files</c> folder.</param>
    /// <param name="browserName">The name that the browser sent; the file's own name when null.</param>
    /// <returns>The inspector's verdict.</returns>
    public static FileInspection Inspect(string file, string? browserName = null)
    {
        using var content = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Files", file));
        return Inspector.InspectAsync(content, browserName ?? file).GetAwaiter().GetResult();
    }

    /// <summary>Inspects a shipped file that the inspector must accept.</summary>
    /// <param name="file">The file's name in the <c>Files</c> folder.</param>
    /// <param name="browserName">The name that the browser sent; the file's own name when null.</param>
    /// <returns>The accepted file, to add to a dossier.</returns>
    public static InspectedFile Accepted(string file, string? browserName = null)
    {
        var verdict = Inspect(file, browserName);
        Expect.That(verdict.IsAccepted, $"the inspector accepts {file} ({verdict})");
        return verdict.File!;
    }
}

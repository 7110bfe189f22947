using System.Diagnostics;
using System.Text.Json;

namespace Cdg.Inscription.Tests.Files.Pdf.Differential;

/// <summary>
/// qpdf, the reference reader of the differential test: it resolves a PDF as a reader does (the
/// cross-reference, object streams, their filters, with its own recovery of damaged files) and
/// lists every object in JSON, where a name is a string that starts with a slash.
/// </summary>
internal static class Qpdf
{
    /// <summary>The names that, wherever qpdf shows them, make a file active (FILE-04); <c>/XFA</c> counts as a dictionary key.</summary>
    internal static readonly string[] ActiveNames = ["/JavaScript", "/JS", "/Launch", "/EmbeddedFile", "/EmbeddedFiles", "/RichMedia"];

    /// <summary>The program; the differential test fails, with this message, when it is missing.</summary>
    internal const string Missing = "qpdf is needed by the differential test of FILE-04: install the Debian package qpdf (apt-get install qpdf); .ci/run does.";

    /// <summary>Whether qpdf can be run here.</summary>
    internal static bool IsInstalled() => Run("--version") is { ExitCode: 0 };

    /// <summary>The active names that qpdf finds in the objects of a file, after resolving it; null when qpdf could not read it at all.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The active names found, empty when none.</returns>
    internal static IReadOnlySet<string>? ActiveNamesIn(string path)
    {
        var result = Run("--json", "--json-key=qpdf", "--json-stream-data=none", path);
        if (result is not { Output: { Length: > 0 } output })
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(output, new JsonDocumentOptions { MaxDepth = 4096 });
            var found = new HashSet<string>(StringComparer.Ordinal);
            if (document.RootElement.TryGetProperty("qpdf", out var qpdf) && qpdf.GetArrayLength() > 1)
            {
                Walk(qpdf[1], found, key: false);
            }

            return found;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void Walk(JsonElement value, HashSet<string> found, bool key)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                {
                    Note(property.Name, found, isKey: true);
                    Walk(property.Value, found, key: false);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    Walk(item, found, key: false);
                }

                break;
            case JsonValueKind.String:
                Note(value.GetString()!, found, key);
                break;
            default:
                break;
        }
    }

    private static void Note(string name, HashSet<string> found, bool isKey)
    {
        if (Array.IndexOf(ActiveNames, name) >= 0 || (isKey && name == "/XFA"))
        {
            found.Add(name);
        }
    }

    private static (int ExitCode, string Output)? Run(params string[] arguments)
    {
        var start = new ProcessStartInfo("qpdf")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(30_000))
            {
                process.Kill(entireProcessTree: true);
                return null;
            }

            _ = error.Result;
            return (process.ExitCode, output);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}

using System.Collections.Concurrent;
using System.Globalization;
using Cdg.Inscription.Files;
using Cdg.Inscription.Tests.Support;

namespace Cdg.Inscription.Tests.Files.Pdf.Differential;

/// <summary>
/// The differential test of FILE-04 against a reader that is not ours: qpdf resolves every PDF of
/// the corpus and thousands of mutants of them (made from a fixed seed), and whenever it finds
/// active content in any object, the inspector must refuse the file. <c>CDG_QPDF_MUTANTS</c> sets
/// the number of mutants (the long campaign of <c>docs/quality.md</c> sets tens of thousands),
/// <c>CDG_QPDF_SEED</c> the seed, and <c>CDG_QPDF_FINDINGS</c> a folder where each disagreement is
/// written, to become a fixture, with the campaign's counts in <c>summary.txt</c>.
/// </summary>
public sealed class QpdfDifferentialTests
{
    private const int DefaultMutants = 2000;
    private const int DefaultSeed = 20261203;

    /// <summary>The fixture whose inflating is the point of it: mutants of it would only measure its 64 Mio.</summary>
    private const string Bomb = "pdf-compression-bomb-object-stream.pdf";

    private static readonly FileInspector Inspector = new();

    [Fact]
    [Trait("Rule", "FILE-04")]
    public async Task Whenever_qpdf_finds_active_content_in_a_PDF_or_a_mutant_of_it_the_inspector_refuses_the_file()
    {
        Qpdf.IsInstalled().Should().BeTrue(Qpdf.Missing);
        var count = Setting("CDG_QPDF_MUTANTS", DefaultMutants);
        var seed = Setting("CDG_QPDF_SEED", DefaultSeed);
        var sources = Fixtures.Manifest
            .Where(f => f.File.EndsWith(".pdf", StringComparison.Ordinal) && f.File != Bomb && Fixtures.Bytes(f.File).Length >= FileInspector.MinSize)
            .Select(f => (f.File, Bytes: Fixtures.Bytes(f.File)))
            .ToList();
        var mutator = new PdfMutator(seed);
        var random = new Random(seed);
        var inputs = sources.Select(s => (Name: s.File, s.Bytes)).ToList();
        for (var k = 0; k < count; k++)
        {
            var source = sources[random.Next(sources.Count)];
            var (bytes, description) = mutator.Mutate(source.Bytes);
            inputs.Add(($"mutant {k} of {source.File}: {description}", bytes));
        }

        var disagreements = new ConcurrentBag<string>();
        var active = new ConcurrentDictionary<string, byte>();
        var unreadable = 0;
        var accepted = 0;
        var started = DateTime.UtcNow;
        var folder = Directory.CreateTempSubdirectory("cdg-qpdf-");
        try
        {
            await Parallel.ForEachAsync(
                inputs.Select((input, index) => (input.Name, input.Bytes, Index: index)),
                new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                async (input, cancellationToken) =>
                {
                    var path = Path.Combine(folder.FullName, $"{input.Index}.pdf");
                    await File.WriteAllBytesAsync(path, input.Bytes, cancellationToken);
                    var names = Qpdf.ActiveNamesIn(path);
                    File.Delete(path);
                    if (names is null)
                    {
                        Interlocked.Increment(ref unreadable);
                    }

                    using var content = new MemoryStream(input.Bytes, writable: false);
                    var verdict = await Inspector.InspectAsync(content, "piece.pdf", null, cancellationToken);
                    if (verdict.IsAccepted)
                    {
                        Interlocked.Increment(ref accepted);
                    }

                    if (names is not { Count: > 0 })
                    {
                        return;
                    }

                    active[input.Name] = 0;
                    if (verdict.IsAccepted)
                    {
                        disagreements.Add($"{input.Name}: qpdf finds {string.Join(" ", names.Order(StringComparer.Ordinal))}, the inspector accepts it");
                        Keep(input.Index, input.Bytes);
                    }
                });
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        Summarize($"seed {seed}: {inputs.Count} files ({sources.Count} of the corpus, {count} mutants), {active.Count} with active content that qpdf finds, {unreadable} that qpdf cannot read at all, {accepted} accepted by the inspector; of those with active content, {disagreements.Count} accepted all the same; {(DateTime.UtcNow - started).TotalSeconds:F0} s");
        var expectedActive = sources.Where(s => Fixtures.Manifest.Single(f => f.File == s.File).Expected
            is RuleViolationCodes.PdfJavaScript or RuleViolationCodes.PdfLaunchAction or RuleViolationCodes.PdfEmbeddedFile or RuleViolationCodes.PdfRichMedia);
        active.Keys.Should().Contain(expectedActive.Select(s => s.File), "qpdf must see the active content of the corpus, or the test proves nothing");
        active.Count.Should().BeGreaterThan(count / 10, "a tenth of the mutants at least keep active content that qpdf finds");
        disagreements.Should().BeEmpty();
    }

    private static int Setting(string name, int byDefault) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : byDefault;

    /// <summary>Writes the campaign's counts to <c>summary.txt</c> in the findings folder, when one is given.</summary>
    private static void Summarize(string summary)
    {
        var findings = Environment.GetEnvironmentVariable("CDG_QPDF_FINDINGS");
        if (!string.IsNullOrEmpty(findings))
        {
            Directory.CreateDirectory(findings);
            File.AppendAllText(Path.Combine(findings, "summary.txt"), summary + Environment.NewLine);
        }
    }

    private static void Keep(int index, byte[] bytes)
    {
        var findings = Environment.GetEnvironmentVariable("CDG_QPDF_FINDINGS");
        if (!string.IsNullOrEmpty(findings))
        {
            Directory.CreateDirectory(findings);
            File.WriteAllBytes(Path.Combine(findings, $"finding-{index}.pdf"), bytes);
        }
    }
}

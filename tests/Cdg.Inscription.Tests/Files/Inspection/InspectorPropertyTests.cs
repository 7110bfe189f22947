using Cdg.Inscription.Files;
using Cdg.Inscription.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Cdg.Inscription.Tests.Files.Inspection;

/// <summary>
/// Random bytes and mutated valid files: the inspector never throws and always gives a verdict;
/// random bytes, truncated files and files with bytes prepended are always refused (FILE-01, FILE-02).
/// </summary>
public sealed class InspectorPropertyTests
{
    private static readonly FileInspector Inspector = new();

    /// <summary>The valid files of the corpus, each a single revision that ends at its end marker.</summary>
    private static readonly string[] ValidFiles = Fixtures.Expecting("accepted")
        .Where(f => f is not ("pdf-incremental-update.pdf" or "pdf-linearized.pdf"))
        .ToArray();

    [CappedProperty(1000)]
    [Trait("Rule", "FILE-01")]
    public Property Random_bytes_are_always_refused() =>
        Prop.ForAll(RandomBytes(), bytes =>
        {
            var verdict = Inspect(bytes);

            verdict.IsAccepted.Should().BeFalse(verdict.ToString());
            verdict.Refusals.Should().NotBeEmpty();
        });

    [CappedProperty(1000)]
    [Trait("Rule", "FILE-02")]
    public Property A_valid_file_cut_before_its_end_marker_is_always_refused() =>
        Prop.ForAll(ValidFile().ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (file, seed) =>
        {
            var bytes = Fixtures.Bytes(file);
            var end = EndOfDocument(bytes, file);
            var cut = bytes.Take(seed % end).ToArray();

            var verdict = Inspect(cut);

            verdict.IsAccepted.Should().BeFalse($"{file} cut to {cut.Length} of {bytes.Length} bytes: {verdict}");
        });

    [CappedProperty(1000)]
    [Trait("Rule", "FILE-01")]
    public Property A_valid_file_with_bytes_prepended_is_always_refused() =>
        Prop.ForAll(ValidFile().ToArbitrary(), RandomBytes(1, 64), (file, prefix) =>
        {
            var verdict = Inspect([.. prefix, .. Fixtures.Bytes(file)]);

            verdict.IsAccepted.Should().BeFalse($"{file} with {prefix.Length} bytes prepended: {verdict}");
        });

    [CappedProperty(1000)]
    [Trait("Rule", "FILE-02")]
    public Property A_valid_file_with_bits_flipped_or_bytes_appended_always_gets_a_verdict() =>
        Prop.ForAll(ValidFile().ToArbitrary(), Gen.ArrayOf(Gen.Choose(0, int.MaxValue)).ToArbitrary(), RandomBytes(0, 256), (file, flips, suffix) =>
        {
            var bytes = Fixtures.Bytes(file);
            foreach (var flip in flips)
            {
                bytes[flip % bytes.Length] ^= (byte)(1 << (flip % 8));
            }

            var verdict = Inspect([.. bytes, .. suffix]);

            (verdict.IsAccepted ^ verdict.Refusals.Count > 0).Should().BeTrue("a verdict is either accepted or refused with reasons");
            if (verdict.IsAccepted)
            {
                verdict.File!.Size.Should().Be(bytes.Length + suffix.Length);
            }
        });

    /// <summary>Where the document really ends: after a PDF's last <c>%%EOF</c>, or a JPEG's last end-of-image marker.</summary>
    private static int EndOfDocument(byte[] bytes, string file)
    {
        if (file.EndsWith(".pdf", StringComparison.Ordinal))
        {
            return LastIndexOf(bytes, "%%EOF"u8.ToArray()) + "%%EOF".Length;
        }

        return LastIndexOf(bytes, [0xFF, 0xD9]) + 2;
    }

    private static int LastIndexOf(byte[] bytes, byte[] pattern)
    {
        for (var i = bytes.Length - pattern.Length; i >= 0; i--)
        {
            if (bytes.AsSpan(i, pattern.Length).SequenceEqual(pattern))
            {
                return i;
            }
        }

        throw new InvalidOperationException("The valid file has no end marker.");
    }

    private static Gen<string> ValidFile() => Gen.Elements(ValidFiles);

    private static Arbitrary<byte[]> RandomBytes(int min = 0, int max = 8192) =>
        Gen.Choose(min, max).SelectMany(length => Gen.Choose(0, 255).Select(b => (byte)b).ArrayOf(length)).ToArbitrary();

    private static FileInspection Inspect(byte[] bytes) =>
        Inspector.InspectAsync(new MemoryStream(bytes), "piece").GetAwaiter().GetResult();
}

using FsCheck;
using FsCheck.Fluent;

namespace Cdg.Inscription.Tests.Files.Jpeg;

/// <summary>
/// Generators of JPEG-like files for the properties: well-formed files with bytes changed, cut or
/// appended, and files made of the pieces that the checks are about (markers, short lengths,
/// stuffed bytes, fill), all starting with <c>FF D8 FF</c> as the inspector requires.
/// </summary>
internal static class JpegFragments
{
    private static readonly byte[][] Pieces =
    [
        [0xFF], [0xFF], [0xFF, 0xFF], [0x00], [0x01], [0x08], [0x03], [0xD0], [0xD8], [0xD9], [0xDA], [0xC0], [0xC2], [0xC3], [0xC4],
        [0xC9], [0xCC], [0xDB], [0xDC], [0xDD], [0xDE], [0xE0], [0xE1], [0xFE], [0xF7],
        [0x00, 0x00], [0x00, 0x01], [0x00, 0x02], [0x00, 0x04], [0x00, 0x08], [0x00, 0x0B], [0x00, 0x11], [0x00, 0x0C], [0xFF, 0xFF],
        [0xFF, 0x00], [0xFF, 0xD0], [0xFF, 0xD9], [0xFF, 0xDA], [0xFF, 0xC4], [0x08, 0x01, 0xE0, 0x02, 0x80, 0x03],
        [0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01], [0x01, 0x01, 0x00, 0x00, 0x3F, 0x00], [0x12, 0x34, 0x56, 0x78],
    ];

    private static readonly byte[][] WellFormed =
    [
        JpegBuilder.Baseline(entropyBytes: 300).ToArray(),
        JpegBuilder.Header(components: 1).RestartInterval(4).Scan(1).EntropyCoded(300, seed: 3, restartInterval: 40).EndOfImage().ToArray(),
        JpegBuilder.Progressive().ToArray(),
    ];

    /// <summary>Files of any kind, well formed or not, starting with <c>FF D8 FF</c>.</summary>
    public static Arbitrary<byte[]> AnyFile() => Gen.OneOf(Pieced(), Mutated(), Mutated()).ToArbitrary();

    /// <summary>A file and the sizes of the chunks that feed it, at least 1 each.</summary>
    public static Arbitrary<(byte[] File, int[] Chunks)> AnyFileInChunks() =>
        Gen.OneOf(Pieced(), Mutated())
            .SelectMany(file => Gen.Choose(1, 40).ArrayOf().Select(chunks => (file, chunks)))
            .ToArbitrary();

    private static Gen<byte[]> Pieced() =>
        Gen.Elements(Pieces).ListOf().Select(parts => (byte[])[0xFF, 0xD8, 0xFF, .. parts.SelectMany(p => p)]);

    private static Gen<byte[]> Mutated() =>
        from file in Gen.Elements(WellFormed)
        from changes in Gen.Choose(0, 4)
        from positions in Gen.Choose(3, file.Length - 1).ArrayOf(changes)
        from values in Gen.Elements<byte>(0x00, 0x01, 0x02, 0xFF, 0xD9, 0xDA, 0xC4, 0xD8, 0x7F).ArrayOf(changes)
        from cut in Gen.Frequency((3, Gen.Constant(file.Length)), (1, Gen.Choose(3, file.Length)))
        from tail in Gen.Elements(Pieces).ListOf()
        select Mutate(file, positions, values, cut, [.. tail.SelectMany(p => p)]);

    private static byte[] Mutate(byte[] file, int[] positions, byte[] values, int cut, byte[] tail)
    {
        var copy = (byte[])file.Clone();
        for (var i = 0; i < positions.Length; i++)
        {
            copy[positions[i]] = values[i];
        }

        return [.. copy.Take(cut), .. tail];
    }
}

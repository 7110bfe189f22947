namespace Cdg.Inscription.Fuzzing;

/// <summary>
/// The sizes of the chunks in which the harness feeds an input to a scanner, drawn from a generator
/// seeded with a hash of the input: the same input is always cut the same way, so that AFL++ sees a
/// deterministic target, and a crash replays.
/// </summary>
/// <remarks>
/// Most chunks are tiny (1 to 8 bytes) to put boundaries inside every kind of token; some are
/// around the PDF scanner's stream tolerance (up to 80 bytes, past its 64-byte tail and 73-byte
/// check window); a few are pages or the inspector's whole 64 KiB chunk.
/// </remarks>
internal sealed class ChunkPlan
{
    /// <summary>The state of the SplitMix64 generator.</summary>
    private ulong _state;

    /// <summary>Creates the plan of an input.</summary>
    /// <param name="input">The input whose hash seeds the generator.</param>
    internal ChunkPlan(byte[] input)
    {
        // FNV-1a, 64 bits.
        var hash = 14695981039346656037UL;
        foreach (var value in input)
        {
            hash = (hash ^ value) * 1099511628211UL;
        }

        _state = hash ^ (ulong)input.Length;
    }

    /// <summary>The size of the next chunk, at least 1.</summary>
    /// <returns>A size in bytes.</returns>
    internal int Next()
    {
        var kind = Draw() % 20;
        var range = kind switch
        {
            < 10 => 8UL,
            < 16 => 80UL,
            < 19 => 4096UL,
            _ => 70_000UL,
        };
        return (int)(1 + (Draw() % range));
    }

    /// <summary>The next 64 random bits (SplitMix64).</summary>
    private ulong Draw()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}

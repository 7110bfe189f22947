using Cdg.Inscription.Files.Inspection;
using Cdg.Inscription.Tests.Support;

namespace Cdg.Inscription.Tests.Files.Inspection;

/// <summary>
/// How a stream that cannot seek is copied before it is inspected (FILE-02): whole and in order,
/// in memory up to 1 Mio, beyond it in a temporary file that closing deletes, and not at all
/// when it passes the size limit.
/// </summary>
public sealed class SpoolTests
{
    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task A_copy_of_up_to_1_Mio_stays_in_memory()
    {
        var bytes = Pattern(Spool.MemoryLimit);

        await using var copy = await Spool.CopyAsync(new NonSeekableStream(new MemoryStream(bytes)), 10 * 1024 * 1024, TestContext.Current.CancellationToken);

        copy.Should().BeOfType<MemoryStream>();
        copy!.Position.Should().Be(0);
        ReadAll(copy).Should().Equal(bytes);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task A_larger_copy_moves_to_a_temporary_file_that_closing_deletes()
    {
        var bytes = Pattern(Spool.MemoryLimit + 1);

        var copy = await Spool.CopyAsync(new NonSeekableStream(new MemoryStream(bytes)), 10 * 1024 * 1024, TestContext.Current.CancellationToken);

        var file = copy.Should().BeOfType<FileStream>().Subject;
        Path.GetFileName(file.Name).Should().StartWith("cdg-inscription-");
        File.Exists(file.Name).Should().BeTrue();
        file.Position.Should().Be(0);
        ReadAll(file).Should().Equal(bytes);
        await file.DisposeAsync();
        File.Exists(file.Name).Should().BeFalse();
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task Content_over_the_limit_is_not_copied()
    {
        var copy = await Spool.CopyAsync(new NonSeekableStream(new MemoryStream(Pattern(1001))), 1000, TestContext.Current.CancellationToken);

        copy.Should().BeNull();
    }

    private static byte[] Pattern(int length)
    {
        var bytes = new byte[length];
        for (var i = 0; i < length; i++)
        {
            bytes[i] = (byte)(i * 7);
        }

        return bytes;
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}

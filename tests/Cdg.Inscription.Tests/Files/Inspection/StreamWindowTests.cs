using Cdg.Inscription.Files.Inspection;
using Cdg.Inscription.Tests.Support;

namespace Cdg.Inscription.Tests.Files.Inspection;

/// <summary>The bounded reads of the structural checks (FILE-02): a window never reads past the end, even one that moves.</summary>
public sealed class StreamWindowTests
{
    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task A_window_past_the_end_is_clamped_to_the_length()
    {
        var window = await StreamWindow.ReadAsync(new MemoryStream([1, 2, 3, 4, 5]), 3, 10, TestContext.Current.CancellationToken);

        window.Should().Equal(4, 5);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task A_stream_that_ends_before_its_length_gives_the_bytes_it_has()
    {
        var window = await StreamWindow.ReadAsync(new ShrunkStream([1, 2, 3, 4, 5], 100), 2, 50, TestContext.Current.CancellationToken);

        window.Should().Equal(3, 4, 5);
    }
}

using System.Text;
using Cdg.Inscription.Files.Inspection;
using Cdg.Inscription.Files.Jpeg;
using Cdg.Inscription.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Cdg.Inscription.Tests.Files.Jpeg;

/// <summary>
/// Where a JPEG ends (FILE-02): segments walked by their lengths, scans searched for the next
/// marker, the end of image found; a file cut before it is truncated, and anything but NUL padding
/// after it is data after the end. The report does not depend on how the file is cut into chunks.
/// </summary>
[Trait("Area", "Jpeg")]
public sealed class JpegScannerTests
{
    /// <summary>The sizes of chunk that every file is fed in, besides one chunk.</summary>
    public static TheoryData<int> ChunkSizes => new(1, 3, 4096);

    [Theory]
    [Trait("Rule", "FILE-02")]
    [MemberData(nameof(ChunkSizes))]
    public void A_complete_baseline_JPEG_has_no_fault(int chunkSize)
    {
        var report = Scan(JpegBuilder.Baseline(entropyBytes: 20_000).ToArray(), chunkSize);

        report.Faults.Should().Be(FileFaults.None);
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [MemberData(nameof(ChunkSizes))]
    public void An_extended_sequential_JPEG_has_no_fault(int chunkSize)
    {
        var report = Scan(JpegBuilder.Baseline(frame: JpegBuilder.Sof1).ToArray(), chunkSize);

        report.Faults.Should().Be(FileFaults.None);
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [MemberData(nameof(ChunkSizes))]
    public void A_progressive_JPEG_with_several_scans_ends_at_its_end_of_image(int chunkSize)
    {
        var file = JpegBuilder.Progressive().ToArray();

        Scan(file, chunkSize).Faults.Should().Be(FileFaults.None);
        Scan(file[..^2], chunkSize).Faults.Should().Be(FileFaults.Truncated);
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    public void One_three_or_four_components_have_no_fault(int components)
    {
        var report = Scan(JpegBuilder.Baseline(components: components).ToArray(), 1);

        report.Faults.Should().Be(FileFaults.None);
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [MemberData(nameof(ChunkSizes))]
    public void Stuffed_bytes_restart_markers_and_fill_stay_in_the_scan(int chunkSize)
    {
        var file = JpegBuilder.Header().RestartInterval(16).Scan().EntropyCoded(3000, restartInterval: 64)
            .Raw(0x12, 0xFF, 0x00, 0xFF, 0xD7, 0xFF, 0xFF, 0xFF, 0xD0, 0xFF, 0x00, 0x34).EntropyCoded(100, seed: 9).EndOfImage().ToArray();

        var report = Scan(file, chunkSize);

        report.Faults.Should().Be(FileFaults.None);
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [MemberData(nameof(ChunkSizes))]
    public void An_end_of_image_inside_a_segment_does_not_end_the_image(int chunkSize)
    {
        // An Exif thumbnail: a whole JPEG, its end of image included, inside an APP1 segment.
        var thumbnail = JpegBuilder.Baseline(entropyBytes: 500).ToArray();
        var file = new JpegBuilder().StartOfImage().Segment(JpegBuilder.App1, [.. "Exif\0\0"u8.ToArray(), .. thumbnail])
            .QuantisationTable().Frame().HuffmanTable().Scan().EntropyCoded(1000).EndOfImage().ToArray();

        Scan(file, chunkSize).Faults.Should().Be(FileFaults.None);
        Scan(file[..^2], chunkSize).Faults.Should().Be(FileFaults.Truncated);
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [MemberData(nameof(ChunkSizes))]
    public void NUL_padding_after_the_end_of_image_is_accepted(int chunkSize)
    {
        var file = JpegBuilder.Baseline().Raw(new byte[10_000]).ToArray();

        var report = Scan(file, chunkSize);

        report.Faults.Should().Be(FileFaults.None);
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData("zip")]
    [InlineData("html")]
    [InlineData("newline")]
    [InlineData("padded zip")]
    [InlineData("second image")]
    public void Anything_but_NUL_padding_after_the_end_of_image_is_data_after_the_end(string appended)
    {
        byte[] tail = appended switch
        {
            "zip" => [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, .. new byte[30]],
            "html" => Encoding.ASCII.GetBytes("<html><script>alert(1)</script></html>"),
            "newline" => [0x0A],
            "padded zip" => [.. new byte[5000], 0x50, 0x4B, 0x05, 0x06, .. new byte[18]],
            _ => JpegBuilder.Baseline().ToArray(),
        };
        var file = JpegBuilder.Baseline().Raw(tail).ToArray();

        foreach (var chunkSize in new[] { 1, 3, 4096 })
        {
            Scan(file, chunkSize).Faults.Should().Be(FileFaults.DataAfterEnd, $"{appended} follows, in chunks of {chunkSize}");
        }
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [MemberData(nameof(ChunkSizes))]
    public void A_file_without_an_end_of_image_is_truncated(int chunkSize)
    {
        var file = JpegBuilder.Header().Scan().EntropyCoded(10_000).ToArray();

        var report = Scan(file, chunkSize);

        report.Faults.Should().Be(FileFaults.Truncated);
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(50)]
    [InlineData(160)]
    [InlineData(1000)]
    public void A_file_cut_anywhere_is_truncated(int kept)
    {
        var file = JpegBuilder.Baseline(entropyBytes: 2000).ToArray();

        foreach (var chunkSize in new[] { 1, 3, 4096 })
        {
            Scan(file[..kept], chunkSize).Faults.Should().Be(FileFaults.Truncated, $"the file is cut after {kept} bytes, in chunks of {chunkSize}");
        }
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [MemberData(nameof(ChunkSizes))]
    public void A_file_that_ends_in_a_segment_is_truncated(int chunkSize)
    {
        var file = JpegBuilder.Header().Scan().EntropyCoded(500).Marker(JpegBuilder.Dht).Raw(0x10, 0x00, 0x01, 0x02).ToArray();

        var report = Scan(file, chunkSize);

        report.Faults.Should().Be(FileFaults.Truncated);
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [MemberData(nameof(ChunkSizes))]
    public void A_file_that_ends_in_a_marker_is_truncated(int chunkSize)
    {
        var file = JpegBuilder.Baseline().ToArray();

        Scan(file[..^1], chunkSize).Faults.Should().Be(FileFaults.Truncated);
        Scan([.. JpegBuilder.Header().ToArray(), 0xFF], chunkSize).Faults.Should().Be(FileFaults.Truncated);
        Scan([.. JpegBuilder.Header().ToArray(), 0xFF, JpegBuilder.Sos, 0x00], chunkSize).Faults.Should().Be(FileFaults.Truncated);
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData(0, false)]
    [InlineData(1, false)]
    [InlineData(0, true)]
    [InlineData(1, true)]
    public void A_segment_length_below_2_is_damaged(int length, bool afterAScan)
    {
        var builder = afterAScan ? JpegBuilder.Header().Scan().EntropyCoded(500) : new JpegBuilder().StartOfImage();
        var file = builder.SegmentWithLength(JpegBuilder.Dht, length).Raw(new byte[100]).EndOfImage().ToArray();

        foreach (var chunkSize in new[] { 1, 3, 4096 })
        {
            Scan(file, chunkSize).Faults.Should().Be(FileFaults.Damaged);
        }
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData(0x00)]
    [InlineData(0x4A)]
    public void A_stray_byte_where_a_marker_is_expected_is_damaged(byte stray)
    {
        var file = JpegBuilder.Header().Raw(stray).Scan().EntropyCoded(100).EndOfImage().ToArray();

        Scan(file, 1).Faults.Should().Be(FileFaults.Damaged);
        Scan(file, 4096).Faults.Should().Be(FileFaults.Damaged);
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData(false)]
    [InlineData(true)]
    public void A_second_start_of_image_is_damaged(bool inAScan)
    {
        var builder = inAScan ? JpegBuilder.Header().Scan().EntropyCoded(100) : JpegBuilder.Header();
        var file = builder.Raw(0xFF, JpegBuilder.Soi).Raw(JpegBuilder.Baseline().ToArray()[2..]).ToArray();

        Scan(file, 1).Faults.Should().Be(FileFaults.Damaged);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public void A_file_that_does_not_start_with_a_start_of_image_is_damaged()
    {
        Scan([0xFF, 0xD9, 0x00], 1).Faults.Should().Be(FileFaults.Damaged);
        Scan([0x89, 0x50, 0x4E, 0x47], 1).Faults.Should().Be(FileFaults.Damaged);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public void An_empty_file_is_truncated()
    {
        var report = new FormatReport();
        new JpegScanner().Complete(report);

        report.Faults.Should().Be(FileFaults.Truncated);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public void Chunks_at_an_offset_in_a_larger_buffer_are_scanned_from_that_offset()
    {
        var file = JpegBuilder.Baseline().ToArray();
        var buffer = new byte[file.Length + 20];
        buffer.AsSpan().Fill(0x4A);
        file.CopyTo(buffer, 10);
        var scanner = new JpegScanner();
        var report = new FormatReport();

        scanner.Scan(buffer, 10, 100);
        scanner.Scan(buffer, 110, file.Length - 100);
        scanner.Complete(report);

        report.Faults.Should().Be(FileFaults.None);
    }

    [CappedProperty(1000)]
    [Trait("Rule", "FILE-02")]
    public Property The_report_does_not_depend_on_how_the_file_is_cut_into_chunks() =>
        Prop.ForAll(JpegFragments.AnyFileInChunks(), input =>
        {
            var whole = Scan(input.File, input.File.Length).Faults;

            ScanInChunks(input.File, input.Chunks).Faults.Should().Be(whole);
            Scan(input.File, 1).Faults.Should().Be(whole);
        });

    [CappedProperty(2000)]
    [Trait("Rule", "FILE-02")]
    public Property Any_content_is_scanned_without_throwing() =>
        Prop.ForAll(JpegFragments.AnyFile(), file =>
        {
            var act = () => Scan(file, 7);

            act.Should().NotThrow();
        });

    /// <summary>Feeds <paramref name="file"/> to a new scanner in chunks of <paramref name="chunkSize"/> bytes.</summary>
    internal static FormatReport Scan(byte[] file, int chunkSize) =>
        ScanInChunks(file, [Math.Max(1, chunkSize)]);

    /// <summary>
    /// Feeds <paramref name="file"/> to a new scanner in chunks of the sizes given, the last size
    /// repeated to the end; each chunk at a different offset of a larger buffer.
    /// </summary>
    private static FormatReport ScanInChunks(byte[] file, int[] sizes)
    {
        var scanner = new JpegScanner();
        var buffer = new byte[file.Length + 16];
        var position = 0;
        var turn = 0;
        while (position < file.Length)
        {
            var size = sizes.Length == 0 ? file.Length : sizes[Math.Min(turn, sizes.Length - 1)];
            var count = Math.Min(size, file.Length - position);
            var offset = turn % 16;
            Array.Copy(file, position, buffer, offset, count);
            scanner.Scan(buffer, offset, count);
            position += count;
            turn++;
        }

        var report = new FormatReport();
        scanner.Complete(report);
        return report;
    }
}

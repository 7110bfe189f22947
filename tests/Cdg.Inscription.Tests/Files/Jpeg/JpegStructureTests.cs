using Cdg.Inscription.Files.Inspection;
using Cdg.Inscription.Files.Jpeg;
using Cdg.Inscription.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Cdg.Inscription.Tests.Files.Jpeg;

/// <summary>
/// The structure of a JPEG up to its first scan (FILE-02): one frame header of a supported kind
/// (Huffman-coded baseline, extended or progressive, 8 bits, 1, 3 or 4 components) with non-zero
/// dimensions, segments whose lengths hold, and a bounded read whatever the file's size.
/// </summary>
[Trait("Area", "Jpeg")]
public sealed class JpegStructureTests
{
    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task A_baseline_JPEG_has_no_fault_and_gives_its_pixel_dimensions()
    {
        var file = JpegBuilder.Header(width: 1234, height: 567).Scan().EntropyCoded(100).EndOfImage().ToArray();

        var report = await CheckAsync(file);

        report.Faults.Should().Be(FileFaults.None);
        report.PixelWidth.Should().Be(1234);
        report.PixelHeight.Should().Be(567);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task The_largest_dimensions_are_read()
    {
        var report = await CheckAsync(JpegBuilder.Header(width: 65535, height: 65535).Scan().EntropyCoded(10).EndOfImage().ToArray());

        report.Faults.Should().Be(FileFaults.None);
        report.PixelWidth.Should().Be(65535);
        report.PixelHeight.Should().Be(65535);
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData(JpegBuilder.Sof1)]
    [InlineData(JpegBuilder.Sof2)]
    public async Task Extended_sequential_and_progressive_frames_are_supported(byte frame)
    {
        var report = await CheckAsync(JpegBuilder.Baseline(frame: frame).ToArray());

        report.Faults.Should().Be(FileFaults.None);
        report.PixelWidth.Should().Be(640);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task A_progressive_JPEG_with_several_scans_is_supported()
    {
        var report = await CheckAsync(JpegBuilder.Progressive().ToArray());

        report.Faults.Should().Be(FileFaults.None);
        report.PixelHeight.Should().Be(480);
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task One_three_or_four_components_are_supported(int components)
    {
        var report = await CheckAsync(JpegBuilder.Baseline(components: components).ToArray());

        report.Faults.Should().Be(FileFaults.None);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task Application_comment_and_restart_interval_segments_are_skipped()
    {
        var file = new JpegBuilder().StartOfImage().Jfif().Segment(JpegBuilder.App1, [.. new byte[60000]]).Comment("Made by hand")
            .QuantisationTable().RestartInterval(8).Frame().HuffmanTable().Scan().EntropyCoded(5000, restartInterval: 100).EndOfImage().ToArray();

        var report = await CheckAsync(file);

        report.Faults.Should().Be(FileFaults.None);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task Fill_bytes_before_a_marker_are_allowed()
    {
        var file = new JpegBuilder().StartOfImage().Raw(0xFF, 0xFF, 0xFF).Jfif().QuantisationTable().Raw(0xFF).Frame()
            .HuffmanTable().Raw(0xFF, 0xFF).Scan().EntropyCoded(100).EndOfImage().ToArray();

        var report = await CheckAsync(file);

        report.Faults.Should().Be(FileFaults.None);
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData(0xC9)]
    [InlineData(0xCA)]
    [InlineData(0xCB)]
    [InlineData(0xCD)]
    [InlineData(0xCE)]
    [InlineData(0xCF)]
    public async Task Arithmetic_coding_is_not_supported(byte frame)
    {
        var report = await CheckAsync(JpegBuilder.Baseline(frame: frame).ToArray());

        report.Faults.Should().Be(FileFaults.UnsupportedImage);
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData(0xC3)]
    [InlineData(0xC5)]
    [InlineData(0xC6)]
    [InlineData(0xC7)]
    public async Task Lossless_and_hierarchical_frames_are_not_supported(byte frame)
    {
        var report = await CheckAsync(JpegBuilder.Baseline(frame: frame).ToArray());

        report.Faults.Should().Be(FileFaults.UnsupportedImage);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task An_arithmetic_conditioning_segment_is_not_supported()
    {
        var file = JpegBuilder.Header().Segment(JpegBuilder.Dac, 0x00, 0x10).Scan().EntropyCoded(100).EndOfImage().ToArray();

        var report = await CheckAsync(file);

        report.Faults.Should().Be(FileFaults.UnsupportedImage);
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData(JpegBuilder.Dhp)]
    [InlineData(0xDF)]
    [InlineData(0xF7)]
    public async Task Hierarchical_progression_and_extension_segments_are_not_supported(byte marker)
    {
        var file = new JpegBuilder().StartOfImage().Segment(marker, 0x08, 0x00, 0x10, 0x00, 0x10, 0x01, 0x01, 0x11, 0x00).QuantisationTable()
            .Frame().HuffmanTable().Scan().EntropyCoded(100).EndOfImage().ToArray();

        var report = await CheckAsync(file);

        report.Faults.Should().Be(FileFaults.UnsupportedImage);
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData(12)]
    [InlineData(16)]
    [InlineData(0)]
    public async Task A_precision_other_than_8_bits_is_not_supported(int precision)
    {
        var file = new JpegBuilder().StartOfImage().QuantisationTable().Frame(precision: precision).HuffmanTable().Scan().EntropyCoded(100).EndOfImage().ToArray();

        var report = await CheckAsync(file);

        report.Faults.Should().Be(FileFaults.UnsupportedImage);
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(5)]
    public async Task Components_other_than_one_three_or_four_are_not_supported(int components)
    {
        var report = await CheckAsync(JpegBuilder.Header(components: components).Scan(1).EntropyCoded(100).EndOfImage().ToArray());

        report.Faults.Should().Be(FileFaults.UnsupportedImage);
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData(0, 480)]
    [InlineData(640, 0)]
    [InlineData(0, 0)]
    public async Task A_zero_width_or_height_is_damaged(int width, int height)
    {
        var report = await CheckAsync(JpegBuilder.Header(width: width, height: height).Scan().EntropyCoded(100).EndOfImage().ToArray());

        report.Faults.Should().Be(FileFaults.Damaged);
        report.PixelWidth.Should().BeNull();
        report.PixelHeight.Should().BeNull();
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task Two_frames_are_damaged()
    {
        var file = JpegBuilder.Header().Frame(JpegBuilder.Sof2).Scan().EntropyCoded(100).EndOfImage().ToArray();

        var report = await CheckAsync(file);

        report.Faults.Should().Be(FileFaults.Damaged);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task No_frame_before_the_scan_is_damaged()
    {
        var file = new JpegBuilder().StartOfImage().Jfif().QuantisationTable().HuffmanTable().Scan().EntropyCoded(100).EndOfImage().ToArray();

        var report = await CheckAsync(file);

        report.Faults.Should().Be(FileFaults.Damaged);
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData(0)]
    [InlineData(1)]
    public async Task A_segment_length_below_2_is_damaged(int length)
    {
        var file = new JpegBuilder().StartOfImage().SegmentWithLength(JpegBuilder.App0, length).Raw(new byte[100]).ToArray();

        var report = await CheckAsync(file);

        report.Faults.Should().Be(FileFaults.Damaged);
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData(1, 10)]
    [InlineData(3, 14)]
    [InlineData(3, 18)]
    [InlineData(4, 17)]
    public async Task A_frame_length_that_does_not_match_its_components_is_damaged(int components, int length)
    {
        var file = new JpegBuilder().StartOfImage()
            .SegmentWithLength(JpegBuilder.Sof0, length, [8, 0x01, 0xE0, 0x02, 0x80, (byte)components, .. new byte[length - 8]])
            .HuffmanTable().Scan().EntropyCoded(100).EndOfImage().ToArray();

        var report = await CheckAsync(file);

        report.Faults.Should().Be(FileFaults.Damaged);
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData(0x00, 0x11)]
    [InlineData(0x51, 0x11)]
    [InlineData(0x10, 0x11)]
    [InlineData(0x11, 0x04)]
    public async Task Sampling_factors_outside_1_to_4_or_a_quantisation_table_above_3_are_damaged(byte sampling, byte table)
    {
        var file = new JpegBuilder().StartOfImage().Segment(JpegBuilder.Sof0, 8, 0x01, 0xE0, 0x02, 0x80, 1, 1, sampling, table)
            .HuffmanTable().Scan(1).EntropyCoded(100).EndOfImage().ToArray();

        var report = await CheckAsync(file);

        report.Faults.Should().Be(FileFaults.Damaged);
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData(0)]
    [InlineData(5)]
    public async Task A_scan_of_no_component_or_more_than_four_is_damaged(int components)
    {
        var report = await CheckAsync(JpegBuilder.Header().Scan(components).EntropyCoded(100).EndOfImage().ToArray());

        report.Faults.Should().Be(FileFaults.Damaged);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task A_scan_header_whose_length_does_not_match_its_components_is_damaged()
    {
        var file = JpegBuilder.Header().Segment(JpegBuilder.Sos, 3, 1, 0, 2, 0x11, 0, 63, 0).EntropyCoded(100).EndOfImage().ToArray();

        var report = await CheckAsync(file);

        report.Faults.Should().Be(FileFaults.Damaged);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task A_segment_that_runs_past_the_end_of_the_file_is_truncated()
    {
        var file = new JpegBuilder().StartOfImage().Jfif().SegmentWithLength(JpegBuilder.App1, 5000, new byte[4000]).ToArray();

        var report = await CheckAsync(file);

        report.Faults.Should().Be(FileFaults.Truncated);
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(10)]
    public async Task A_file_cut_in_its_frame_header_is_truncated(int cut)
    {
        var header = new JpegBuilder().StartOfImage().QuantisationTable();
        var frameStart = (int)header.Length;
        var file = header.Frame().ToArray().AsSpan(0, frameStart + cut).ToArray();

        var report = await CheckAsync(file);

        report.Faults.Should().Be(FileFaults.Truncated);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task A_file_that_ends_before_any_scan_is_truncated()
    {
        var report = await CheckAsync(JpegBuilder.Header().ToArray());

        report.Faults.Should().Be(FileFaults.Truncated);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task An_end_of_image_before_any_scan_is_damaged()
    {
        var report = await CheckAsync(JpegBuilder.Header().EndOfImage().ToArray());

        report.Faults.Should().Be(FileFaults.Damaged);
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData(0x00)]
    [InlineData(0x4A)]
    [InlineData(0xD8)]
    public async Task A_stray_byte_where_a_marker_is_expected_is_damaged(byte stray)
    {
        var file = JpegBuilder.Header().Raw(stray).Scan().EntropyCoded(100).EndOfImage().ToArray();

        var report = await CheckAsync(file);

        report.Faults.Should().Be(FileFaults.Damaged);
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData(0x00)]
    [InlineData(JpegBuilder.Soi)]
    [InlineData(0x02)]
    [InlineData(0xBF)]
    public async Task A_stuffed_byte_a_second_start_of_image_or_a_reserved_marker_before_the_scan_is_damaged(byte code)
    {
        var file = JpegBuilder.Header().Raw(0xFF, code, 0x00, 0x04, 0x00, 0x00).Scan().EntropyCoded(100).EndOfImage().ToArray();

        var report = await CheckAsync(file);

        report.Faults.Should().Be(FileFaults.Damaged);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task As_many_segments_as_allowed_before_the_scan_are_accepted_and_one_more_is_damaged()
    {
        var header = JpegBuilder.Header();
        var segments = 4;
        while (segments < JpegStructure.MaxSegments)
        {
            header.Comment("x");
            segments++;
        }

        var enough = await CheckAsync(Copy(header).Scan().EntropyCoded(100).EndOfImage().ToArray());
        var tooMany = await CheckAsync(header.Comment("x").Scan().EntropyCoded(100).EndOfImage().ToArray());

        enough.Faults.Should().Be(FileFaults.None);
        tooMany.Faults.Should().Be(FileFaults.Damaged);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task More_fill_bytes_than_allowed_before_the_scan_are_damaged()
    {
        var enough = await CheckAsync(JpegBuilder.Header().Raw(new byte[JpegStructure.MaxFillBytes].Select(_ => (byte)0xFF).ToArray())
            .Scan().EntropyCoded(100).EndOfImage().ToArray());
        var tooMany = await CheckAsync(JpegBuilder.Header().Raw(new byte[JpegStructure.MaxFillBytes + 1].Select(_ => (byte)0xFF).ToArray())
            .Scan().EntropyCoded(100).EndOfImage().ToArray());

        enough.Faults.Should().Be(FileFaults.None);
        tooMany.Faults.Should().Be(FileFaults.Damaged);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task The_check_reads_as_many_bytes_of_a_50_MB_file_as_of_a_50_KB_one_and_at_most_MaxBytesRead()
    {
        var small = JpegBuilder.Baseline(entropyBytes: 50_000).ToArray();
        var large = JpegBuilder.Baseline(entropyBytes: 50_000_000).ToArray();

        var smallRead = await BytesReadAsync(small);
        var largeRead = await BytesReadAsync(large);

        largeRead.Should().Be(smallRead);
        largeRead.Should().BeLessThanOrEqualTo(JpegStructure.MaxBytesRead);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task The_headers_of_a_file_are_read_in_one_read_when_they_are_within_the_first_window()
    {
        var file = JpegBuilder.Baseline(entropyBytes: 50_000).ToArray();
        using var content = new ReadCountingStream(new MemoryStream(file, writable: false));

        await JpegStructure.CheckAsync(content, new FormatReport(), CancellationToken.None);

        content.ReadCalls.Should().Be(1);
        content.BytesRead.Should().Be(JpegHeaderWindow.WindowBytes);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task The_worst_header_is_read_in_at_most_MaxBytesRead_bytes()
    {
        var header = new JpegBuilder().StartOfImage().Raw([.. Enumerable.Repeat((byte)0xFF, JpegStructure.MaxFillBytes)]).QuantisationTable()
            .Frame(components: 4).HuffmanTable();
        for (var segments = 3; segments < JpegStructure.MaxSegments; segments++)
        {
            header.Segment(JpegBuilder.App1, [.. new byte[1000]]);
        }

        var file = header.Scan(4).EntropyCoded(1000).EndOfImage().ToArray();
        var bytesRead = await BytesReadAsync(file);

        (await CheckAsync(file)).Faults.Should().Be(FileFaults.None);
        bytesRead.Should().BeLessThanOrEqualTo(JpegStructure.MaxBytesRead);
        JpegStructure.MaxBytesRead.Should().BeLessThanOrEqualTo(16 * 1024);
    }

    [CappedProperty(2000)]
    [Trait("Rule", "FILE-02")]
    public Property Any_content_is_checked_without_throwing() =>
        Prop.ForAll(JpegFragments.AnyFile(), file =>
        {
            var act = () => CheckAsync(file).GetAwaiter().GetResult();

            act.Should().NotThrow();
        });

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task A_cancelled_check_throws_OperationCanceledException()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        using var content = new MemoryStream(JpegBuilder.Baseline().ToArray());

        var act = () => JpegStructure.CheckAsync(content, new FormatReport(), cancelled.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Theory]
    [Trait("Rule", "FILE-02")]
    [InlineData(0x01)]
    [InlineData(0xD0)]
    [InlineData(0xD7)]
    public async Task A_restart_or_TEM_marker_before_the_scan_is_skipped_as_decoders_do(byte code)
    {
        var file = JpegBuilder.Header().Marker(code).Marker(code).Scan().EntropyCoded(100).EndOfImage().ToArray();

        var report = await CheckAsync(file);

        report.Faults.Should().Be(FileFaults.None);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task A_file_that_ends_inside_the_length_of_a_segment_is_truncated()
    {
        var report = await CheckAsync(JpegBuilder.Header().Raw(0xFF, JpegBuilder.Dqt, 0x00).ToArray());

        report.Faults.Should().Be(FileFaults.Truncated);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task A_frame_header_too_short_for_its_fields_is_damaged()
    {
        var file = new JpegBuilder().StartOfImage().Segment(JpegBuilder.Sof0, 8, 0x01, 0xE0, 0x02, 0x80).QuantisationTable()
            .HuffmanTable().Scan().EntropyCoded(100).EndOfImage().ToArray();

        var report = await CheckAsync(file);

        report.Faults.Should().Be(FileFaults.Damaged);
    }

    [Fact]
    [Trait("Rule", "FILE-02")]
    public async Task A_start_of_scan_without_its_component_count_is_damaged()
    {
        var file = JpegBuilder.Header().SegmentWithLength(JpegBuilder.Sos, 2).EntropyCoded(100).EndOfImage().ToArray();

        var report = await CheckAsync(file);

        report.Faults.Should().Be(FileFaults.Damaged);
    }

    private static async Task<FormatReport> CheckAsync(byte[] file)
    {
        var report = new FormatReport();
        using var content = new MemoryStream(file, writable: false);
        await JpegStructure.CheckAsync(content, report, CancellationToken.None);
        return report;
    }

    private static async Task<long> BytesReadAsync(byte[] file)
    {
        using var content = new ReadCountingStream(new MemoryStream(file, writable: false));
        await JpegStructure.CheckAsync(content, new FormatReport(), CancellationToken.None);
        return content.BytesRead;
    }

    private static JpegBuilder Copy(JpegBuilder builder) => new JpegBuilder().Raw(builder.ToArray());
}

namespace Cdg.Inscription.Tests.Files.Jpeg;

/// <summary>
/// Builds JPEG files in memory, segment after segment: structurally right where the tests do not
/// say otherwise, with entropy-coded data that no decoder would make sense of.
/// </summary>
internal sealed class JpegBuilder
{
    public const byte Sof0 = 0xC0;
    public const byte Sof1 = 0xC1;
    public const byte Sof2 = 0xC2;
    public const byte Dht = 0xC4;
    public const byte Dac = 0xCC;
    public const byte Soi = 0xD8;
    public const byte Eoi = 0xD9;
    public const byte Sos = 0xDA;
    public const byte Dqt = 0xDB;
    public const byte Dri = 0xDD;
    public const byte Dhp = 0xDE;
    public const byte App0 = 0xE0;
    public const byte App1 = 0xE1;
    public const byte Com = 0xFE;

    private readonly MemoryStream _bytes = new();

    /// <summary>The bytes so far.</summary>
    public long Length => _bytes.Length;

    /// <summary>
    /// A baseline file up to its first scan: SOI, APP0 (JFIF), DQT, the frame header, DHT. The
    /// frame is 640 × 480 with 3 components unless said otherwise.
    /// </summary>
    public static JpegBuilder Header(byte frame = Sof0, int width = 640, int height = 480, int components = 3) =>
        new JpegBuilder().StartOfImage().Jfif().QuantisationTable().Frame(frame, width, height, components).HuffmanTable();

    /// <summary>A whole baseline file: <see cref="Header"/>, one scan of <paramref name="entropyBytes"/> bytes, EOI.</summary>
    public static JpegBuilder Baseline(int entropyBytes = 2000, byte frame = Sof0, int components = 3) =>
        Header(frame, components: components).Scan(components).EntropyCoded(entropyBytes).EndOfImage();

    /// <summary>
    /// A progressive file of 3 components: a DC scan of all of them, then AC scans of each, with a
    /// Huffman table before each scan, and EOI.
    /// </summary>
    public static JpegBuilder Progressive()
    {
        var builder = Header(Sof2).Scan(3, spectralEnd: 0).EntropyCoded(700, seed: 1);
        for (var component = 1; component <= 3; component++)
        {
            builder.HuffmanTable().ScanOf(component, spectralStart: 1, spectralEnd: 63).EntropyCoded(900, seed: component + 1);
        }

        return builder.EndOfImage();
    }

    public JpegBuilder Raw(params byte[] bytes)
    {
        _bytes.Write(bytes, 0, bytes.Length);
        return this;
    }

    public JpegBuilder Marker(byte code) => Raw(0xFF, code);

    /// <summary>A segment: its marker, its length (the data's plus 2) and its data.</summary>
    public JpegBuilder Segment(byte code, params byte[] data) => SegmentWithLength(code, data.Length + 2, data);

    /// <summary>A segment whose length says <paramref name="length"/>, whatever its data.</summary>
    public JpegBuilder SegmentWithLength(byte code, int length, params byte[] data) =>
        Marker(code).Raw((byte)(length >> 8), (byte)length).Raw(data);

    public JpegBuilder StartOfImage() => Marker(Soi);

    public JpegBuilder EndOfImage() => Marker(Eoi);

    public JpegBuilder Jfif() => Segment(App0, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00);

    public JpegBuilder Comment(string text) => Segment(Com, [.. text.Select(c => (byte)c)]);

    public JpegBuilder QuantisationTable() => Segment(Dqt, [0x00, .. Enumerable.Repeat((byte)1, 64)]);

    /// <summary>A Huffman table with one code of length 1.</summary>
    public JpegBuilder HuffmanTable() => Segment(Dht, [0x00, 0x01, .. new byte[15], 0x00]);

    public JpegBuilder RestartInterval(int interval) => Segment(Dri, (byte)(interval >> 8), (byte)interval);

    /// <summary>
    /// A frame header whose length matches its components; the first of several is sampled 2 × 2,
    /// the others 1 × 1.
    /// </summary>
    public JpegBuilder Frame(byte code = Sof0, int width = 640, int height = 480, int components = 3, int precision = 8)
    {
        var data = new List<byte> { (byte)precision, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, (byte)components };
        for (var i = 1; i <= components; i++)
        {
            data.AddRange([(byte)i, (byte)(i == 1 && components > 1 ? 0x22 : 0x11), (byte)(i == 1 ? 0 : 1)]);
        }

        return Segment(code, [.. data]);
    }

    /// <summary>A start of scan of the first <paramref name="components"/> components.</summary>
    public JpegBuilder Scan(int components = 3, int spectralStart = 0, int spectralEnd = 63)
    {
        var data = new List<byte> { (byte)components };
        for (var i = 1; i <= components; i++)
        {
            data.AddRange([(byte)i, 0x00]);
        }

        data.AddRange([(byte)spectralStart, (byte)spectralEnd, 0x00]);
        return Segment(Sos, [.. data]);
    }

    /// <summary>A start of scan of one component.</summary>
    public JpegBuilder ScanOf(int component, int spectralStart, int spectralEnd) =>
        Segment(Sos, 1, (byte)component, 0x00, (byte)spectralStart, (byte)spectralEnd, 0x00);

    /// <summary>
    /// <paramref name="length"/> bytes of entropy-coded data: pseudo-random bytes in which every
    /// <c>FF</c> is stuffed with <c>00</c>, and, with a <paramref name="restartInterval"/>, a restart
    /// marker every that many bytes.
    /// </summary>
    public JpegBuilder EntropyCoded(int length, int seed = 0, int restartInterval = 0)
    {
        var data = EntropyData(length, seed, restartInterval);
        _bytes.Write(data, 0, data.Length);
        return this;
    }

    public byte[] ToArray() => _bytes.ToArray();

    /// <summary>The bytes of <see cref="EntropyCoded"/>.</summary>
    public static byte[] EntropyData(int length, int seed = 0, int restartInterval = 0)
    {
        var data = new byte[length];
        var state = (uint)seed * 2654435761u + 1;
        var restart = 0;
        for (var i = 0; i < length; i++)
        {
            if (restartInterval > 0 && i > 0 && i % restartInterval == 0 && i + 1 < length)
            {
                data[i++] = 0xFF;
                data[i] = (byte)(0xD0 + (restart++ % 8));
                continue;
            }

            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            var value = (byte)(state >> 24);
            if (value == 0xFF)
            {
                if (i + 1 < length)
                {
                    data[i++] = 0xFF;
                    data[i] = 0x00;
                }
                else
                {
                    data[i] = 0x7F;
                }

                continue;
            }

            data[i] = value;
        }

        return data;
    }
}

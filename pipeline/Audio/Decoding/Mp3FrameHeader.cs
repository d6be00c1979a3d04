using NLayer;

namespace QualityAnalytics.Pipeline.Audio.Decoding;

/// <summary>The 4-byte header of one MPEG audio frame (ISO 11172-3 / 13818-3), with the values derived from it.</summary>
internal readonly record struct Mp3FrameHeader(int Bits, MpegVersion Version, MpegLayer Layer, int SampleRate, int BitRate, int SampleCount, int Length)
{
    // Kilobits per second by bitrate index 1–14: MPEG-1 layers I, II, III, then MPEG-2/2.5 layer I and layers II/III.
    private static readonly int[][] Rates =
    [
        [32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448],
        [32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384],
        [32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
        [32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256],
        [8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
    ];

    public int Channels => ((Bits >> 6) & 3) == 3 ? 1 : 2;

    /// <summary>Parses a header at the start of <paramref name="bytes"/>; null for anything that is not a frame this
    /// decoder can size (reserved fields, and free-format bitrate, whose length is not in the header).</summary>
    public static Mp3FrameHeader? TryParse(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4 || bytes[0] != 0xFF || (bytes[1] & 0xE0) != 0xE0)
        {
            return null;
        }

        var bits = (bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3];
        var versionBits = (bits >> 19) & 3;
        var layerBits = (bits >> 17) & 3;
        var rateIndex = (bits >> 12) & 0xF;
        var rateCode = (bits >> 10) & 3;
        if (versionBits == 1 || layerBits == 0 || rateIndex is 0 or 15 || rateCode == 3 || (bits & 3) == 2)
        {
            return null;
        }

        var version = versionBits switch { 3 => MpegVersion.Version1, 2 => MpegVersion.Version2, _ => MpegVersion.Version25 };
        var layer = (MpegLayer)(4 - layerBits);
        var sampleRate = (rateCode switch { 0 => 44100, 1 => 48000, _ => 32000 }) >> (version switch { MpegVersion.Version1 => 0, MpegVersion.Version2 => 1, _ => 2 });
        var table = version == MpegVersion.Version1 ? (int)layer - 1 : layer == MpegLayer.LayerI ? 3 : 4;
        var bitRate = Rates[table][rateIndex - 1] * 1000;
        var padding = (bits >> 9) & 1;
        var samples = layer switch
        {
            MpegLayer.LayerI => 384,
            MpegLayer.LayerIII when version != MpegVersion.Version1 => 576,
            _ => 1152,
        };
        var length = layer == MpegLayer.LayerI
            ? ((12 * bitRate / sampleRate) + padding) * 4
            : (samples / 8 * bitRate / sampleRate) + padding;
        return new Mp3FrameHeader(bits, version, layer, sampleRate, bitRate, samples, length);
    }

    /// <summary>True when <paramref name="other"/> can follow this frame in one stream (same version, layer, rate).</summary>
    public bool Matches(Mp3FrameHeader other) => Version == other.Version && Layer == other.Layer && SampleRate == other.SampleRate;
}

using System.Buffers.Binary;
using Concentus;

namespace QualityAnalytics.Pipeline.Audio.Decoding;

/// <summary>Ogg Opus through Concentus, pre-skip dropped, end trimmed to the final granule.</summary>
/// <remarks>Opus decodes natively at 16 kHz (the codec's own band-limited output path), so no resampling is needed;
/// granule positions and pre-skip are counted at 48 kHz by the spec and divided by 3.
/// <para>A decoder joining mid-file starts at a page <see cref="PreRollFrames"/> before its first sample, as RFC 7845
/// §4.6 prescribes for seeking (at least 80 ms of pre-roll so the decoder state converges). Opus state converges
/// rather than resets, so that is not always bit-exact; <see cref="HalvesDecoding"/> checks and falls back.</para></remarks>
internal sealed class OpusPcmSource : ISplittablePcmSource
{
    private const int DecodeRate = AudioLimits.TargetSampleRate;
    private const int GranuleRatio = 48000 / DecodeRate;
    private const int MaxFrame = 1920; // 120 ms at 16 kHz, the largest Opus packet.
    private const int PreRollFrames = 2 * DecodeRate;
    private readonly FileStream stream;
    private readonly OggPacketReader packets;
    private readonly IOpusDecoder decoder;
    private readonly PendingSamples pending;
    private readonly int preSkip;
    private readonly long emitFrom;
    private List<OggPageEntry>? pages;
    private long position;
    private bool ended;

    /// <param name="stream">Positioned at the page the packet reader starts on.</param>
    /// <param name="packets">Packet reader over <paramref name="stream"/>, past the headers.</param>
    /// <param name="channels">Output channels.</param>
    /// <param name="preSkip">The header's pre-skip, in 48 kHz samples.</param>
    /// <param name="firstSample">Index of the first decoded sample (0 is the first after the pre-skip).</param>
    /// <param name="emitFrom">Samples before this index are decoded but not returned.</param>
    private OpusPcmSource(FileStream stream, OggPacketReader packets, int channels, int preSkip, long firstSample, long emitFrom)
    {
        this.stream = stream;
        this.packets = packets;
        Channels = channels;
        this.preSkip = preSkip;
        this.emitFrom = Math.Max(0, emitFrom);
        position = firstSample;
        decoder = OpusCodecFactory.CreateDecoder(DecodeRate, channels);
        pending = new PendingSamples(MaxFrame * channels);
    }

    public int SampleRate => DecodeRate;

    public int Channels { get; }

    public long? DeclaredFrames => null;

    public static OpusPcmSource Open(FileStream stream)
    {
        var packets = new OggPacketReader(stream);
        var head = packets.Next();
        if (head is null || head.Data.Length < 19 || !head.Data.AsSpan(0, 8).SequenceEqual("OpusHead"u8))
        {
            throw AudioRejections.Unreadable("Ogg Opus: нет заголовка OpusHead");
        }

        int channels = head.Data[9];
        var preSkip = BinaryPrimitives.ReadUInt16LittleEndian(head.Data.AsSpan(10));
        var mapping = head.Data[18];
        if (channels is < 1 or > 2 || mapping != 0)
        {
            throw AudioRejections.BadChannels(channels);
        }

        _ = packets.Next(); // OpusTags
        return new OpusPcmSource(stream, packets, channels, preSkip, -(preSkip / GranuleRatio), 0);
    }

    public int Read(Span<float> buffer) => pending.Read(buffer, Channels, DecodeNext);

    public long? FramesIfKnown() =>
        Pages().LastOrDefault(p => p.Granule > 0) is { Granule: > 0 } last ? (last.Granule - preSkip) / GranuleRatio : null;

    public IPcmSource OpenFrom(long startFrame)
    {
        // Start on a page that opens with a whole packet; the page before it ends where that packet begins.
        var all = Pages();
        var other = new FileStream(stream.Name, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        for (var i = all.Count - 1; i >= 2; i--)
        {
            var before = all[i - 1].Granule;
            if (!all[i].Continued && before >= 0 && ((before - preSkip) / GranuleRatio) <= startFrame - PreRollFrames)
            {
                other.Position = all[i].Position;
                return new OpusPcmSource(other, new OggPacketReader(other), Channels, preSkip, (before - preSkip) / GranuleRatio, startFrame);
            }
        }

        // Too near the start for a pre-roll: decode from the beginning, as a single pass does.
        var packets = new OggPacketReader(other);
        _ = packets.Next();
        _ = packets.Next();
        return new OpusPcmSource(other, packets, Channels, preSkip, -(preSkip / GranuleRatio), startFrame);
    }

    public void Dispose() => stream.Dispose();

    private List<OggPageEntry> Pages() => pages ??= OggPageIndex.Scan(stream.Name);

    private bool DecodeNext()
    {
        while (!ended)
        {
            var packet = packets.Next();
            if (packet is null)
            {
                ended = true;
                return false;
            }

            int samples;
            try
            {
                samples = decoder.Decode(packet.Data, pending.Frame, MaxFrame, false);
            }
            catch (Exception e) when (e is OpusException or ArgumentException or IndexOutOfRangeException)
            {
                // A damaged packet: skip it, as a player would.
                continue;
            }

            var start = position;
            position += samples;
            var from = Math.Max(start, emitFrom);
            var to = position;
            if (packet.OnLastPage)
            {
                // The final page's granule marks the true end; the rest of the last packet is padding.
                to = Math.Min(to, (packet.PageGranule - preSkip) / GranuleRatio);
            }

            if (to <= from)
            {
                continue;
            }

            pending.Set((int)(from - start) * Channels, (int)(to - from) * Channels);
            return true;
        }

        return false;
    }
}

using System.Buffers.Binary;
using Concentus;

namespace QualityAnalytics.Pipeline.Audio.Decoding;

/// <summary>Ogg Opus through Concentus, pre-skip dropped, end trimmed to the final granule.</summary>
/// <remarks>Opus decodes natively at 16 kHz (the codec's own band-limited output path), so no resampling is needed;
/// granule positions and pre-skip are counted at 48 kHz by the spec and divided by 3.</remarks>
internal sealed class OpusPcmSource : IPcmSource
{
    private const int DecodeRate = AudioLimits.TargetSampleRate;
    private const int GranuleRatio = 48000 / DecodeRate;
    private const int MaxFrame = 1920; // 120 ms at 16 kHz, the largest Opus packet.
    private readonly Stream stream;
    private readonly OggPacketReader packets;
    private readonly IOpusDecoder decoder;
    private readonly float[] frame;
    private int preSkipLeft;
    private long emitted;
    private readonly int preSkip;
    private float[] pending = [];
    private int pendingOffset;
    private int pendingCount;
    private bool ended;

    private OpusPcmSource(Stream stream, OggPacketReader packets, int channels, int preSkip)
    {
        this.stream = stream;
        this.packets = packets;
        Channels = channels;
        this.preSkip = preSkip;
        preSkipLeft = preSkip / GranuleRatio;
        decoder = OpusCodecFactory.CreateDecoder(DecodeRate, channels);
        frame = new float[MaxFrame * channels];
    }

    public int SampleRate => DecodeRate;

    public int Channels { get; }

    public long? DeclaredFrames => null;

    public static OpusPcmSource Open(Stream stream)
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
        return new OpusPcmSource(stream, packets, channels, preSkip);
    }

    public int Read(Span<float> buffer)
    {
        var written = 0;
        var room = buffer.Length - (buffer.Length % Channels);
        while (written < room)
        {
            if (pendingCount == 0 && !DecodeNext())
            {
                break;
            }

            var n = Math.Min(room - written, pendingCount);
            pending.AsSpan(pendingOffset, n).CopyTo(buffer[written..]);
            pendingOffset += n;
            pendingCount -= n;
            written += n;
        }

        return written;
    }

    public void Dispose() => stream.Dispose();

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
                samples = decoder.Decode(packet.Data, frame, MaxFrame, false);
            }
            catch (Exception e) when (e is OpusException or ArgumentException or IndexOutOfRangeException)
            {
                // A damaged packet: skip it, as a player would.
                continue;
            }

            var start = Math.Min(preSkipLeft, samples);
            preSkipLeft -= start;
            var count = samples - start;
            if (packet.OnLastPage)
            {
                // The final page's granule marks the true end; the rest of the last packet is padding.
                var limit = Math.Max(0, ((packet.PageGranule - preSkip) / GranuleRatio) - emitted);
                count = (int)Math.Min(count, limit);
            }

            if (count <= 0)
            {
                continue;
            }

            pending = frame;
            pendingOffset = start * Channels;
            pendingCount = count * Channels;
            emitted += count;
            return true;
        }

        return false;
    }
}

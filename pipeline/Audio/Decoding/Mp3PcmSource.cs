using NLayer;

namespace QualityAnalytics.Pipeline.Audio.Decoding;

/// <summary>MP3 (MPEG 1/2/2.5 layers I–III): frames found by <see cref="Mp3FrameReader"/>, decoded by NLayer's frame
/// decoder.</summary>
/// <remarks>
/// Encoder delay and padding from a LAME/Xing header are trimmed so durations match the source audio (gapless),
/// otherwise an 8 kHz MP3 would gain ~0.2 s of silence and shift every interval by ~0.14 s. As in ffmpeg: skip delay +
/// 529 samples, keep frames · samples-per-frame − delay − padding. Every frame counts for its full length even when it
/// cannot be decoded (damaged, or its bit reservoir lies before the first frame read): it then plays as silence, so
/// timing never slips and a decoder started mid-file lines up sample for sample with one started at the beginning.
/// </remarks>
internal sealed class Mp3PcmSource : ISplittablePcmSource
{
    // Every layer III decoder adds this many samples of delay before the encoder's own delay.
    private const int DecoderDelay = 529;

    // A decoder joining mid-file decodes this many frames first: the bit reservoir reaches at most 511 bytes back (two
    // or three frames) and the overlap and synthesis filter state one frame; their output is dropped.
    private const int WarmUpFrames = 8;

    private readonly FileStream stream;
    private readonly Mp3FrameReader frames;
    private readonly Mp3FrameHeader first;
    private readonly long firstAudioPosition;
    private readonly long startSkip;
    private readonly long? totalFrames;
    private readonly long emitFrom;
    private readonly Mp3Frame frame = new();
    private readonly MpegFrameDecoder decoder = new();
    private readonly PendingSamples pending = new(2 * 1152);
    private List<long>? framePositions;
    private long nextSample;

    /// <param name="stream">Positioned on the first frame to decode.</param>
    /// <param name="first">The stream's first audio frame header (rate, channels, frame size).</param>
    /// <param name="firstAudioPosition">Where the first audio frame lies in the file.</param>
    /// <param name="startSkip">Samples before the recording's own first sample (encoder and decoder delay).</param>
    /// <param name="totalFrames">The recording's length in frames after the trim, when the header says.</param>
    /// <param name="firstSample">Index of the first decoded sample (negative within the delay).</param>
    /// <param name="emitFrom">Samples before this index are decoded but not returned.</param>
    private Mp3PcmSource(FileStream stream, Mp3FrameHeader first, long firstAudioPosition, long startSkip, long? totalFrames, long firstSample, long emitFrom)
    {
        this.stream = stream;
        this.first = first;
        this.firstAudioPosition = firstAudioPosition;
        this.startSkip = startSkip;
        this.totalFrames = totalFrames;
        this.emitFrom = Math.Max(0, emitFrom);
        frames = new Mp3FrameReader(stream, first);
        nextSample = firstSample;
    }

    public int SampleRate => first.SampleRate;

    public int Channels => first.Channels;

    public long? DeclaredFrames => totalFrames;

    public static Mp3PcmSource Open(FileStream stream)
    {
        var gapless = Mp3Gapless.TryRead(stream);
        stream.Position = 0;
        Mp3FrameReader.SkipId3(stream);
        var reader = new Mp3FrameReader(stream);
        var header = reader.Next() ?? throw AudioRejections.Unreadable("MP3: в файле нет ни одного целого кадра MPEG");
        if (IsInfoFrame(reader.Buffer.AsSpan(reader.FrameOffset, header.Length), header))
        {
            // The Xing/Info/VBRI frame carries the header, not audio: decoders (and the frame count in it) skip it.
            header = reader.Next() ?? throw AudioRejections.Empty("MP3: в файле только заголовок, без звука");
        }

        var position = reader.FramePosition;
        stream.Position = position;
        long skip = 0;
        long? total = null;
        if (gapless is { } g)
        {
            skip = g.EncoderDelay + DecoderDelay;
            total = (g.Frames * (long)g.SamplesPerFrame) - g.EncoderDelay - g.EncoderPadding;
        }

        return new Mp3PcmSource(stream, header, position, skip, total, -skip, 0);
    }

    public int Read(Span<float> buffer) => pending.Read(buffer, Channels, DecodeNext);

    public long? FramesIfKnown()
    {
        var all = (FramePositions().Count * (long)first.SampleCount) - startSkip;
        return Math.Max(0, Math.Min(all, totalFrames ?? all));
    }

    public IPcmSource OpenFrom(long startFrame)
    {
        var positions = FramePositions();
        var target = (int)Math.Min(positions.Count, (startFrame + startSkip) / first.SampleCount);
        var begin = Math.Max(0, target - WarmUpFrames);
        var other = new FileStream(stream.Name, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        other.Position = begin < positions.Count ? positions[begin] : other.Length;
        return new Mp3PcmSource(other, first, firstAudioPosition, startSkip, totalFrames, (begin * (long)first.SampleCount) - startSkip, startFrame);
    }

    public void Dispose() => stream.Dispose();

    private static bool IsInfoFrame(ReadOnlySpan<byte> bytes, Mp3FrameHeader header)
    {
        var sideInfo = header.Version == MpegVersion.Version1 ? (header.Channels == 1 ? 17 : 32) : (header.Channels == 1 ? 9 : 17);
        var tag = 4 + sideInfo;
        return (bytes.Length >= tag + 4 && (bytes.Slice(tag, 4).SequenceEqual("Xing"u8) || bytes.Slice(tag, 4).SequenceEqual("Info"u8)))
            || (bytes.Length >= 40 && bytes.Slice(36, 4).SequenceEqual("VBRI"u8));
    }

    /// <summary>Frames of a different rate or layer (a spliced stream) would play at the wrong speed: skipped.</summary>
    private bool Belongs(Mp3FrameHeader header) => header.Matches(first);

    /// <summary>File positions of every audio frame, found once by a pass over the file that decodes nothing.</summary>
    private List<long> FramePositions()
    {
        if (framePositions is null)
        {
            using var scan = new FileStream(stream.Name, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            scan.Position = firstAudioPosition;
            var reader = new Mp3FrameReader(scan, first);
            framePositions = [];
            while (reader.Next() is { } header)
            {
                if (Belongs(header))
                {
                    framePositions.Add(reader.FramePosition);
                }
            }
        }

        return framePositions;
    }

    private bool DecodeNext()
    {
        while (true)
        {
            if (totalFrames is { } total && nextSample >= total)
            {
                return false;
            }

            if (frames.Next() is not { } header)
            {
                return false;
            }

            if (!Belongs(header))
            {
                continue;
            }

            var start = nextSample;
            nextSample += header.SampleCount;
            if (nextSample <= emitFrom)
            {
                // Before the first sample wanted, only frames that feed the decoder's state need decoding.
                if (nextSample + (WarmUpFrames * (long)header.SampleCount) > emitFrom)
                {
                    DecodeFrame(header);
                }

                continue;
            }

            DecodeFrame(header);
            var from = Math.Max(start, emitFrom);
            var to = Math.Min(nextSample, totalFrames ?? long.MaxValue);
            if (to <= from)
            {
                continue;
            }

            pending.Set((int)(from - start) * Channels, (int)(to - from) * Channels);
            return true;
        }
    }

    /// <summary>Decodes one frame into <see cref="PendingSamples.Frame"/>: interleaved, the stream's channel count, full length.</summary>
    private void DecodeFrame(Mp3FrameHeader header)
    {
        frame.Load(frames.Buffer, frames.FrameOffset, header);
        var length = header.SampleCount * Channels;
        int got;
        try
        {
            got = decoder.DecodeFrame(frame, pending.Frame.AsSpan());
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IndexOutOfRangeException or ArgumentException)
        {
            // A damaged frame plays as silence; the decoder starts afresh (its reservoir and overlap are suspect).
            decoder.Reset();
            got = 0;
        }

        if (got > 0 && header.Channels != Channels)
        {
            got = Remix(got, header.Channels);
        }

        pending.Frame.AsSpan(Math.Min(got, length), length - Math.Min(got, length)).Clear();
    }

    /// <summary>A mono frame in a stereo stream goes to both channels; a stereo frame in a mono stream keeps the left.</summary>
    private int Remix(int got, int frameChannels)
    {
        var count = got / frameChannels;
        var decoded = pending.Frame;
        if (frameChannels == 1)
        {
            for (var i = count - 1; i >= 0; i--)
            {
                decoded[(2 * i) + 1] = decoded[i];
                decoded[2 * i] = decoded[i];
            }
        }
        else
        {
            for (var i = 0; i < count; i++)
            {
                decoded[i] = decoded[2 * i];
            }
        }

        return count * Channels;
    }
}

using NLayer;

namespace QualityAnalytics.Pipeline.Audio.Decoding;

/// <summary>MP3 through NLayer (managed MPEG 1/2/2.5 layer III decoder).</summary>
/// <remarks>Encoder delay and padding from a LAME/Xing header are trimmed so durations match the source audio
/// (gapless), otherwise an 8 kHz MP3 would gain ~0.2 s of silence and shift every interval by ~0.14 s. As in ffmpeg:
/// skip delay + 529 samples, keep frames · samples-per-frame − delay − padding.</remarks>
internal sealed class Mp3PcmSource : IPcmSource
{
    // Every layer III decoder adds this many samples of delay before the encoder's own delay.
    private const int DecoderDelay = 529;
    private readonly MpegFile file;
    private readonly long startSkip;
    private readonly long? totalFrames;
    private long position;
    private bool delaySkipped;
    private float[] scratch = [];

    private Mp3PcmSource(MpegFile file, Mp3Gapless? gapless)
    {
        this.file = file;
        SampleRate = file.SampleRate;
        Channels = file.Channels;
        if (gapless is { } g)
        {
            // NLayer does not emit the Xing/Info frame itself, so only the two delays precede the first real sample.
            startSkip = g.EncoderDelay + DecoderDelay;
            totalFrames = (g.Frames * (long)g.SamplesPerFrame) - g.EncoderDelay - g.EncoderPadding;
        }
    }

    public int SampleRate { get; }

    public int Channels { get; }

    public long? DeclaredFrames => totalFrames;

    public static Mp3PcmSource Open(Stream stream)
    {
        var gapless = Mp3Gapless.TryRead(stream);
        stream.Position = 0;
        MpegFile file;
        try
        {
            file = new MpegFile(stream);
            _ = file.SampleRate;
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IndexOutOfRangeException or ArgumentException or InvalidOperationException)
        {
            throw AudioRejections.Unreadable($"MP3 не читается: {e.Message}", e);
        }

        return new Mp3PcmSource(file, gapless);
    }

    public int Read(Span<float> buffer)
    {
        var frames = buffer.Length / Channels;
        if (totalFrames is { } total)
        {
            frames = (int)Math.Min(frames, Math.Max(0, total - position));
        }

        if (frames == 0)
        {
            return 0;
        }

        SkipDelay();
        var wanted = frames * Channels;
        if (scratch.Length < wanted)
        {
            scratch = new float[wanted];
        }

        int got;
        try
        {
            got = file.ReadSamples(scratch, 0, wanted);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IndexOutOfRangeException or ArgumentException)
        {
            // A cut-off tail: keep what decoded so far.
            got = 0;
        }

        got -= got % Channels;
        scratch.AsSpan(0, got).CopyTo(buffer);
        position += got / Channels;
        return got;
    }

    public void Dispose() => file.Dispose();

    private void SkipDelay()
    {
        if (delaySkipped)
        {
            return;
        }

        delaySkipped = true;
        if (startSkip > 0)
        {
            var skip = new float[startSkip * Channels];
            _ = file.ReadSamples(skip, 0, skip.Length);
        }
    }
}

namespace QualityAnalytics.Pipeline.Audio.Decoding;

/// <summary>Takes interleaved blocks at the file's rate, splits them into channels and resamples each channel into its
/// spool at 16 kHz.</summary>
internal sealed class ResamplingSink
{
    private readonly SampleSpool[] spools;
    private readonly Resampler[] resamplers;
    private float[] planar = new float[8192];

    /// <param name="inputRate">The file's sample rate.</param>
    /// <param name="spools">One per channel.</param>
    /// <param name="preceding">Per channel, input just before this piece of the recording (see <see cref="Resampler"/>).</param>
    public ResamplingSink(int inputRate, SampleSpool[] spools, float[][]? preceding = null)
    {
        this.spools = spools;
        resamplers = [.. spools.Select((_, c) => new Resampler(inputRate, AudioLimits.TargetSampleRate, preceding is null ? default : preceding[c]))];
    }

    /// <summary>Input samples per output grid period (see <see cref="Resampler.InputStep"/>).</summary>
    public int InputStep => resamplers[0].InputStep;

    /// <summary>Input samples of context the filter needs on each side (see <see cref="Resampler.Reach"/>).</summary>
    public int Reach => resamplers[0].Reach;

    public void Write(ReadOnlySpan<float> interleaved)
    {
        var channels = spools.Length;
        var frames = interleaved.Length / channels;
        if (channels == 1)
        {
            spools[0].Append(resamplers[0].Process(interleaved));
            return;
        }

        if (planar.Length < frames)
        {
            planar = new float[frames];
        }

        var channel = planar.AsSpan(0, frames);
        for (var c = 0; c < channels; c++)
        {
            // Unchecked (the build checks arithmetic): j stays below interleaved.Length, and a check per sample made
            // this copy (most of the sink's work for a 16 kHz source, which needs no resampling) nearly twice as slow.
            for (int i = 0, j = c; i < channel.Length; i++, j = unchecked(j + channels))
            {
                channel[i] = interleaved[j];
            }

            spools[c].Append(resamplers[c].Process(channel));
        }
    }

    /// <param name="following">Per channel, input just after this piece of the recording; null at its true end.</param>
    public void Finish(float[][]? following = null)
    {
        for (var c = 0; c < spools.Length; c++)
        {
            spools[c].Append(resamplers[c].Flush(following is null ? default : following[c]));
        }
    }

    /// <summary>Reads the rest of <paramref name="source"/> through <paramref name="buffer"/> into the spools and
    /// finishes; the frames read.</summary>
    public long Drain(IPcmSource source, float[] buffer, CancellationToken cancellationToken)
    {
        long frames = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var samples = source.Read(buffer);
            if (samples <= 0)
            {
                break;
            }

            Write(buffer.AsSpan(0, samples));
            frames += samples / source.Channels;
        }

        Finish();
        return frames;
    }

    /// <summary>Splits <paramref name="interleaved"/> frames into one array per channel.</summary>
    public static float[][] Deinterleave(ReadOnlySpan<float> interleaved, int channels)
    {
        var frames = interleaved.Length / channels;
        var result = new float[channels][];
        for (var c = 0; c < channels; c++)
        {
            result[c] = new float[frames];
            for (var i = 0; i < frames; i++)
            {
                result[c][i] = interleaved[(i * channels) + c];
            }
        }

        return result;
    }
}

using System.Globalization;

namespace QualityAnalytics.Pipeline.Audio.Decoding;

/// <summary>Decodes any supported recording to 16 kHz float per channel, streaming block by block.</summary>
public sealed class RecordingDecoder(FfmpegTools ffmpeg, long memoryLimitSamplesPerChannel)
{
    private const int BlockFrames = 8192;
    private const int MinSplitSeconds = 20;

    public DecodedRecording Decode(string path, CancellationToken cancellationToken)
    {
        using var decoding = SpareCore.Enter();
        using var source = Open(path);

        var channels = source.Channels;
        var spools = Enumerable.Range(0, channels).Select(_ => new SampleSpool(memoryLimitSamplesPerChannel)).ToArray();
        try
        {
            var frames = TwoCores(source) is { } halves
                ? InHalves(halves.Source, halves.Frames, spools, cancellationToken)
                : Pump(source, spools, cancellationToken);
            if (frames == 0)
            {
                throw AudioRejections.Empty("в записи нет ни одного звукового отсчёта");
            }

            var notes = new List<string>();
            if (source.DeclaredFrames is { } declared && declared > frames + (source.SampleRate / 100))
            {
                notes.Add(string.Create(CultureInfo.InvariantCulture,
                    $"заголовок записи обещает {declared / (double)source.SampleRate:0.0} с, в файле {frames / (double)source.SampleRate:0.0} с: запись обрезана, обработана доступная часть"));
            }

            return new DecodedRecording(frames / (double)source.SampleRate, source.SampleRate, spools, notes);
        }
        catch
        {
            foreach (var spool in spools)
            {
                spool.Dispose();
            }

            throw;
        }
    }

    /// <summary>The real duration only: decodes and counts frames (no resampling, nothing kept), so a header that
    /// lies about the length does not decide the handle time.</summary>
    public double MeasureDuration(string path, CancellationToken cancellationToken)
    {
        using var source = Open(path);
        var buffer = new float[BlockFrames * source.Channels];
        long frames = 0;
        int samples;
        while ((samples = source.Read(buffer)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            frames += samples / source.Channels;
        }

        return frames > 0 ? frames / (double)source.SampleRate : throw AudioRejections.Empty("в записи нет ни одного звукового отсчёта");
    }

    private IPcmSource Open(string path)
    {
        var source = PcmSourceOpener.Open(path, ffmpeg);
        if (source.Channels is < 1 or > 2)
        {
            source.Dispose();
            throw AudioRejections.BadChannels(source.Channels);
        }

        if (source.SampleRate is < AudioLimits.MinSampleRate or > AudioLimits.MaxSampleRate)
        {
            source.Dispose();
            throw AudioRejections.BadSampleRate(source.SampleRate);
        }

        return source;
    }

    /// <summary>The source and its length when it is worth decoding in two halves at once: a spare core, a decoder
    /// that can join mid-file, a length known up front, long enough to pay for the second decoder's start, and short
    /// enough that both halves stay in memory (longer recordings stream through one pass, spilling to disk).</summary>
    private (ISplittablePcmSource Source, long Frames)? TwoCores(IPcmSource source)
    {
        if (source is not ISplittablePcmSource splittable || !SpareCore.Available())
        {
            return null;
        }

        var frames = splittable.FramesIfKnown();
        var outputSamples = frames * (double)AudioLimits.TargetSampleRate / source.SampleRate;
        return frames >= Math.Max(MinSplitSeconds * source.SampleRate, HalvesDecoding.MinFrames) && outputSamples < memoryLimitSamplesPerChannel
            ? (splittable, frames.Value)
            : null;
    }

    /// <summary>Two halves at once; when they do not line up (see <see cref="HalvesDecoding"/>), one pass after all.</summary>
    private long InHalves(ISplittablePcmSource source, long frames, SampleSpool[] spools, CancellationToken cancellationToken)
    {
        if (HalvesDecoding.Run(source, frames, spools, memoryLimitSamplesPerChannel, cancellationToken) is { } decoded)
        {
            return decoded;
        }

        for (var c = 0; c < spools.Length; c++)
        {
            spools[c].Dispose();
            spools[c] = new SampleSpool(memoryLimitSamplesPerChannel);
        }

        using var again = source.OpenFrom(0);
        return Pump(again, spools, cancellationToken);
    }

    private static long Pump(IPcmSource source, SampleSpool[] spools, CancellationToken cancellationToken) =>
        new ResamplingSink(source.SampleRate, spools).Drain(source, new float[BlockFrames * source.Channels], cancellationToken);
}

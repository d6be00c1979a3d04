using QualityAnalytics.Pipeline.Audio.Decoding;
using Whisper.net;

namespace QualityAnalytics.Pipeline.Audio;

/// <summary>Silero VAD (through Whisper.net) over one channel, in windows, so a 3-hour channel never sits in memory.</summary>
/// <remarks>
/// Streaming: the spool is read one minute at a time; <c>DetectSpeechNoReset</c> keeps Silero's LSTM state across
/// windows (carry-over), window lengths are multiples of Silero's 512-sample frame, and an interval cut by a window
/// edge is rejoined by the final merge of intervals closer than the minimum silence.
/// </remarks>
public sealed class VoiceActivityDetector : IDisposable
{
    private const int WindowSamples = 512 * 1875; // 60 s at 16 kHz, whole Silero frames.
    private readonly AudioOptions options;
    private readonly Lazy<WhisperVadFactory> factory;

    public VoiceActivityDetector(AudioOptions options)
    {
        this.options = options;
        factory = new Lazy<WhisperVadFactory>(() => LoadFactory(options.ResolvedVadModelPath));
    }

    public IReadOnlyList<SpeechInterval> Detect(SampleSpool channel, CancellationToken cancellationToken)
    {
        using var processor = factory.Value.CreateBuilder()
            .WithThreads(1)
            .WithThreshold(options.VadThreshold)
            .WithMinSpeechDuration(TimeSpan.FromMilliseconds(options.VadMinSpeechMs))
            .WithMinSilenceDuration(TimeSpan.FromMilliseconds(options.VadMinSilenceMs))
            .WithSpeechPadding(TimeSpan.FromMilliseconds(options.VadSpeechPadMs))
            .Build();

        var raw = new List<SpeechInterval>();
        var window = new float[WindowSamples];
        var duration = channel.Length / (double)AudioLimits.TargetSampleRate;
        for (long start = 0; start < channel.Length; start += WindowSamples)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var n = channel.Read(start, window);
            if (n < AudioLimits.TargetSampleRate / 10)
            {
                // Less than 100 ms left: too short for Silero to call speech on its own.
                break;
            }

            var offset = start / (double)AudioLimits.TargetSampleRate;
            // The first window resets Silero's LSTM state: a fresh context's state is not initialised (Whisper.net 1.9.1
            // gave random empty results without it). Later windows carry the state over.
            var samples = window.AsSpan(0, n);
            var segments = start == 0 ? processor.DetectSpeech(samples) : processor.DetectSpeechNoReset(samples);
            foreach (var segment in segments)
            {
                var s = offset + segment.Start.TotalSeconds;
                var e = Math.Min(duration, offset + segment.End.TotalSeconds);
                if (e > s)
                {
                    raw.Add(new SpeechInterval(s, e));
                }
            }
        }

        return SpeechIntervals.Merge(raw, options.VadMinSilenceMs / 1000.0);
    }

    public void Dispose()
    {
        if (factory.IsValueCreated)
        {
            factory.Value.Dispose();
        }
    }

    private static WhisperVadFactory LoadFactory(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Silero VAD model not found at {path} (expected models/vad/ beside the application)", path);
        }

        return WhisperVadFactory.FromPath(path);
    }
}

using QualityAnalytics.Pipeline.Audio;
using QualityAnalytics.Pipeline.Audio.Decoding;
using Whisper.net;

namespace QualityAnalytics.Pipeline.Transcription;

/// <summary>Whisper.net over the VAD speech of one channel; the model is loaded once and shared by all calls.</summary>
public sealed class WhisperTranscriber : IDisposable
{
    private readonly AudioOptions options;
    private readonly Lazy<WhisperFactory> factory;
    private readonly SemaphoreSlim slots;
    private readonly HallucinationGuard guard;
    private readonly int threadsPerJob;

    public WhisperTranscriber(AudioOptions options)
    {
        this.options = options;
        var modelPath = options.WhisperModelPath ?? throw new InvalidOperationException("No Whisper model configured");
        factory = new Lazy<WhisperFactory>(() => LoadFactory(modelPath));
        threadsPerJob = Math.Clamp(options.ThreadsPerTranscription, 1, Math.Max(1, options.TranscriptionThreadBudget));

        // The thread budget is shared: budget / threads-per-job transcriptions run at once, the rest wait.
        slots = new SemaphoreSlim(Math.Max(1, options.TranscriptionThreadBudget / threadsPerJob));
        guard = new HallucinationGuard(options.MaxNoSpeechProbability, options.MinAverageLogProbability);
    }

    /// <summary>Loads the model now, so that a broken model file fails the run once, up front.</summary>
    public void EnsureLoaded()
    {
        // The factory reads the file lazily; building one processor forces the load and its errors.
        using var probe = factory.Value.CreateBuilder().WithLanguage(options.Language).Build();
    }

    public async Task<ChannelTranscript> TranscribeAsync(SampleSpool channel, IReadOnlyList<SpeechInterval> speech, CancellationToken cancellationToken)
    {
        var duration = channel.Length / (double)AudioLimits.TargetSampleRate;
        var kept = new List<TimedText>();
        var dropped = new Dictionary<DropReason, int>();
        if (speech.Count == 0)
        {
            return new ChannelTranscript(kept, dropped);
        }

        await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var processor = factory.Value.CreateBuilder()
                .WithLanguage(options.Language)
                .WithThreads(threadsPerJob)
                .WithProbabilities()
                .WithNoContext()
                .WithNoSpeechThreshold(options.MaxNoSpeechProbability)
                .WithLogProbThreshold(options.MinAverageLogProbability)
                .Build();

            foreach (var window in SpeechWindows.Build(speech, duration))
            {
                var samples = ReadWindow(channel, window);
                await foreach (var segment in processor.ProcessAsync(samples, cancellationToken).ConfigureAwait(false))
                {
                    var recognized = ToRecognized(segment, window.Start);
                    if (string.IsNullOrWhiteSpace(recognized.Text))
                    {
                        continue;
                    }

                    if (guard.Judge(recognized, speech, kept.Count > 0 ? kept[^1].Text : null) is { } reason)
                    {
                        dropped[reason] = dropped.GetValueOrDefault(reason) + 1;
                        continue;
                    }

                    kept.Add(new TimedText(recognized.Start, recognized.End, recognized.Text.Trim()));
                }
            }
        }
        finally
        {
            slots.Release();
        }

        return new ChannelTranscript(kept, dropped);
    }

    public void Dispose()
    {
        if (factory.IsValueCreated)
        {
            factory.Value.Dispose();
        }

        slots.Dispose();
    }

    private static float[] ReadWindow(SampleSpool channel, SpeechInterval window)
    {
        var start = (long)(window.Start * AudioLimits.TargetSampleRate);
        var samples = new float[(int)((window.End - window.Start) * AudioLimits.TargetSampleRate)];
        var n = channel.Read(start, samples);
        return n == samples.Length ? samples : samples[..n];
    }

    private static RecognizedSegment ToRecognized(SegmentData segment, double offset)
    {
        // Special tokens ([_BEG_], <|ru|>, timestamps) say nothing about how sure the words are.
        var textTokens = (segment.Tokens ?? []).Where(t => t.Text is { Length: > 0 } s && !s.StartsWith("[_", StringComparison.Ordinal) && !s.StartsWith("<|", StringComparison.Ordinal)).ToArray();
        float? logProbability = textTokens.Length > 0 ? textTokens.Average(t => t.ProbabilityLog) : null;
        return new RecognizedSegment(
            offset + segment.Start.TotalSeconds,
            offset + segment.End.TotalSeconds,
            segment.Text,
            segment.NoSpeechProbability,
            logProbability);
    }

    private static WhisperFactory LoadFactory(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Whisper model not found at {path} (QA_WHISPER_MODEL or AudioOptions:WhisperModelPath)", path);
        }

        return WhisperFactory.FromPath(path);
    }
}

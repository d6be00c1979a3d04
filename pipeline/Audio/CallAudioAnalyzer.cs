using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QualityAnalytics.Models.Calls;
using QualityAnalytics.Pipeline.Audio.Decoding;
using QualityAnalytics.Pipeline.Ingest;
using QualityAnalytics.Pipeline.Transcription;

namespace QualityAnalytics.Pipeline.Audio;

/// <summary>Decode, find speech per channel, transcribe when a model is configured, and give each stretch a speaker.</summary>
public sealed class CallAudioAnalyzer : ICallAudioAnalyzer, IDisposable
{
    private readonly AudioOptions options;
    private readonly RecordingDecoder decoder;
    private readonly VoiceActivityDetector vad;
    private readonly ILogger<CallAudioAnalyzer> logger;
    private readonly Lazy<(WhisperTranscriber? Transcriber, string? Problem)> transcriber;

    public CallAudioAnalyzer(IOptions<AudioOptions> options, ILogger<CallAudioAnalyzer> logger)
    {
        this.options = options.Value;
        this.logger = logger;
        decoder = new RecordingDecoder(new FfmpegTools(this.options.FfmpegPath, this.options.FfprobePath), this.options.MemorySamplesPerChannel);
        vad = new VoiceActivityDetector(this.options);
        transcriber = new Lazy<(WhisperTranscriber?, string?)>(LoadTranscriber);
        if (!File.Exists(this.options.ResolvedVadModelPath))
        {
            // A deployment error, not a bad recording: stop the run instead of quarantining every call.
            throw new InvalidOperationException($"Silero VAD model missing: {this.options.ResolvedVadModelPath}");
        }
    }

    public async Task<CallAudio> AnalyzeAsync(CallRecord call, string recordingPath, CancellationToken cancellationToken)
    {
        try
        {
            return await AnalyzeCoreAsync(call, recordingPath, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not InputRejectedException and not OperationCanceledException)
        {
            // Third-party decoders throw whatever they like on damaged files; the batch only needs to know it is unusable.
            logger.LogWarning(e, "Recording of call {CallId} could not be processed", call.CallId);
            throw AudioRejections.Unreadable($"запись не обработана: {e.GetType().Name}: {e.Message}", e);
        }
    }

    public void Dispose()
    {
        vad.Dispose();
        if (transcriber.IsValueCreated)
        {
            transcriber.Value.Transcriber?.Dispose();
        }
    }

    private async Task<CallAudio> AnalyzeCoreAsync(CallRecord call, string recordingPath, CancellationToken cancellationToken)
    {
        using var decoded = await Task.Run(() => decoder.Decode(recordingPath, cancellationToken), cancellationToken).ConfigureAwait(false);
        var notes = new List<string>(decoded.Notes);
        var plan = ChannelPlan.Choose(call.ChannelLayout, decoded.Channels.Count, notes);
        using var mixed = plan.MixToMono ? SampleSpoolMixer.Mix(decoded.Channels, options.MemorySamplesPerChannel) : null;
        IReadOnlyList<SampleSpool> channels = mixed is null ? decoded.Channels : [mixed];

        var speech = await Task.WhenAll(channels.Select(c => Task.Run(() => vad.Detect(c, cancellationToken), cancellationToken))).ConfigureAwait(false);
        var text = await TranscribeAsync(channels, speech, notes, cancellationToken).ConfigureAwait(false);

        var segments = new List<Segment>();
        var roleConfidence = 1.0;
        if (plan.IsStereo)
        {
            for (var c = 0; c < channels.Count; c++)
            {
                var speaker = c == plan.OperatorChannel ? Speaker.Operator : Speaker.Customer;
                segments.AddRange(SpeechAssembler.Assemble(speech[c], [.. speech[c].Select(_ => speaker)], text[c]));
            }
        }
        else
        {
            var roles = MonoRoleInference.Infer(speech[0], text[0]);
            roleConfidence = roles.Confidence;
            segments.AddRange(SpeechAssembler.Assemble(speech[0], roles.Speakers, text[0]));
            if (speech[0].Count > 0)
            {
                var confidence = roles.Confidence.ToString("0.0", CultureInfo.InvariantCulture);
                notes.Add(roles.FromText
                    ? $"моно-запись: роли определены по очерёдности реплик и фразам оператора (уверенность {confidence})"
                    : $"моно-запись: роли не удалось определить надёжно, назначены по очерёдности реплик (уверенность {confidence})");
            }
        }

        if (speech.All(s => s.Count == 0))
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"речь в записи не обнаружена ({decoded.DurationS:0} с тишины или шума)"));
        }

        segments.Sort((a, b) => a.Start.CompareTo(b.Start));
        var source = segments.Any(s => s.Text.Length > 0) ? TranscriptSource.Asr : TranscriptSource.None;
        return new CallAudio(Math.Round(decoded.DurationS, 3), segments, source, roleConfidence, notes);
    }

    private async Task<IReadOnlyList<TimedText>[]> TranscribeAsync(
        IReadOnlyList<SampleSpool> channels, IReadOnlyList<SpeechInterval>[] speech, List<string> notes, CancellationToken cancellationToken)
    {
        var empty = channels.Select(_ => (IReadOnlyList<TimedText>)Array.Empty<TimedText>()).ToArray();
        if (!options.TranscriptionEnabled)
        {
            notes.Add("транскрибация пропущена: модель Whisper не задана (QA_WHISPER_MODEL)");
            return empty;
        }

        var (whisper, problem) = transcriber.Value;
        if (whisper is null)
        {
            notes.Add($"транскрибация пропущена: {problem}");
            return empty;
        }

        var results = await Task.WhenAll(channels.Select((c, i) => whisper.TranscribeAsync(c, speech[i], cancellationToken))).ConfigureAwait(false);
        var dropped = results.SelectMany(r => r.Dropped).GroupBy(d => d.Key).ToDictionary(g => g.Key, g => g.Sum(d => d.Value));
        if (dropped.Count > 0)
        {
            var detail = string.Join(", ", dropped.OrderByDescending(d => d.Value).Select(d => $"{d.Key.ToRussian()}: {d.Value}"));
            notes.Add($"отброшено сегментов распознавания: {dropped.Values.Sum()} ({detail})");
        }

        if (results.All(r => r.Segments.Count == 0) && speech.Any(s => s.Count > 0))
        {
            notes.Add("распознавание не дало текста: сохранены только интервалы речи");
        }

        return results.Select(r => r.Segments).ToArray();
    }

    private (WhisperTranscriber?, string?) LoadTranscriber()
    {
        try
        {
            var whisper = new WhisperTranscriber(options);
            whisper.EnsureLoaded();
            return (whisper, null);
        }
        catch (Exception e)
        {
            // A broken model must not quarantine the whole batch: timings still flow, the summary says why there is no text.
            logger.LogError(e, "Whisper model {Path} could not be loaded; continuing without transcription", options.WhisperModelPath);
            return (null, $"модель Whisper не загрузилась ({Path.GetFileName(options.WhisperModelPath)}: {e.Message})");
        }
    }
}

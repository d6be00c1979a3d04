using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using QualityAnalytics.Models.Calls;
using QualityAnalytics.Pipeline.Audio;

namespace QualityAnalytics.Pipeline.Tests.Audio.Fixtures;

/// <summary>Builders for the analyzer and call rows the audio tests use.</summary>
internal static class Analyzers
{
    public const string FakeWhisperModel = "/work/shared/models/for-tests-ggml-tiny.bin";

    public static CallAudioAnalyzer Create(Action<AudioOptions>? configure = null)
    {
        // Tests decide about Whisper explicitly; the developer's QA_WHISPER_MODEL must not leak in.
        var options = new AudioOptions { WhisperModelPath = null };
        configure?.Invoke(options);
        return new CallAudioAnalyzer(Options.Create(options), NullLogger<CallAudioAnalyzer>.Instance);
    }

    public static CallRecord Call(ChannelLayout? layout = null) => new()
    {
        CallId = "c-test",
        StartedAt = new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(3)),
        OperatorId = "op-1",
        Recording = "audio/c-test.wav",
        ChannelLayout = layout,
    };

    /// <summary>The fake tiny model from shared/, or the copy a developer or CI keeps beside the repository.</summary>
    public static string? FindFakeWhisperModel()
    {
        var candidates = new[]
        {
            FakeWhisperModel,
            Path.Combine(AppContext.BaseDirectory, "../../../../../../shared/models/for-tests-ggml-tiny.bin"),
        };
        return candidates.Select(Path.GetFullPath).FirstOrDefault(File.Exists);
    }
}

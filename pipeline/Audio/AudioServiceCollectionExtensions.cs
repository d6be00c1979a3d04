using Microsoft.Extensions.DependencyInjection;

namespace QualityAnalytics.Pipeline.Audio;

public static class AudioServiceCollectionExtensions
{
    /// <summary>Registers the audio stage: <see cref="ICallAudioAnalyzer"/> (decoding, Silero VAD, Whisper when
    /// <see cref="AudioOptions.WhisperModelPath"/> or <c>QA_WHISPER_MODEL</c> is set) and
    /// <see cref="IRecordingDurationProbe"/>. One analyzer per process: it holds the loaded models.</summary>
    public static IServiceCollection AddAudioStage(this IServiceCollection services, Action<AudioOptions>? configure = null)
    {
        var builder = services.AddOptions<AudioOptions>();
        if (configure is not null)
        {
            builder.Configure(configure);
        }

        services.AddSingleton<ICallAudioAnalyzer, CallAudioAnalyzer>();
        services.AddSingleton<IRecordingDurationProbe, RecordingDurationProbe>();
        return services;
    }
}

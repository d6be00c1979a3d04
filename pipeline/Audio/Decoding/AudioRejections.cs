using QualityAnalytics.Pipeline.Ingest;

namespace QualityAnalytics.Pipeline.Audio.Decoding;

/// <summary>The reason codes the audio stage quarantines a recording with; messages are read by users (Russian).</summary>
public static class AudioRejections
{
    public const string UnreadableCode = "audio_unreadable";
    public const string UnsupportedCodecCode = "audio_unsupported_codec";
    public const string EmptyCode = "audio_empty";
    public const string BadChannelsCode = "audio_bad_channels";
    public const string BadSampleRateCode = "audio_bad_sample_rate";
    public const string FfmpegMissingCode = "audio_ffmpeg_missing";
    public const string MissingCode = "audio_missing";

    internal static InputRejectedException Unreadable(string message, Exception? inner = null) =>
        new(UnreadableCode, message, inner);

    internal static InputRejectedException UnsupportedCodec(string message) => new(UnsupportedCodecCode, message);

    internal static InputRejectedException Empty(string message) => new(EmptyCode, message);

    internal static InputRejectedException BadChannels(int channels) =>
        new(BadChannelsCode, $"в записи {channels} каналов: поддерживаются моно и стерео");

    internal static InputRejectedException BadSampleRate(int rate) =>
        new(BadSampleRateCode, $"частота дискретизации {rate} Гц вне допустимого диапазона {AudioLimits.MinSampleRate}–{AudioLimits.MaxSampleRate} Гц");

    internal static InputRejectedException FfmpegMissing(string format) =>
        new(FfmpegMissingCode, $"формат {format} декодируется через ffmpeg, а ffmpeg не установлен (apt-get install ffmpeg)");
}

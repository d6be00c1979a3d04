namespace QualityAnalytics.Pipeline.Audio;

/// <summary>Audio decoding, voice activity and transcription settings. Bound from the <c>AudioOptions</c> section.</summary>
public sealed class AudioOptions
{
    /// <summary>Path to a Whisper GGML model; null or empty means no transcription (timings only).
    /// Default: the <c>QA_WHISPER_MODEL</c> environment variable.</summary>
    public string? WhisperModelPath { get; set; } = Environment.GetEnvironmentVariable("QA_WHISPER_MODEL");

    /// <summary>Silero VAD weights. Default <c>models/vad/silero-v6.2.0-ggml.bin</c>, relative to the application folder.</summary>
    public string VadModelPath { get; set; } = Path.Combine("models", "vad", "silero-v6.2.0-ggml.bin");

    /// <summary>Recognition language. Default <c>ru</c>.</summary>
    public string Language { get; set; } = "ru";

    /// <summary>CPU threads all concurrent transcriptions may use together. Default: the processor count.</summary>
    public int TranscriptionThreadBudget { get; set; } = Environment.ProcessorCount;

    /// <summary>Threads one transcription uses; budget / this = calls transcribed at once. Default 2.</summary>
    public int ThreadsPerTranscription { get; set; } = 2;

    /// <summary>Silero speech probability above which a frame is speech. Default 0.5.</summary>
    public float VadThreshold { get; set; } = 0.5f;

    /// <summary>Shorter bursts are not speech (clicks, coughs). Default 250 ms.</summary>
    public int VadMinSpeechMs { get; set; } = 250;

    /// <summary>Pauses shorter than this stay inside one interval. Default 300 ms: a breath, not a turn.</summary>
    public int VadMinSilenceMs { get; set; } = 300;

    /// <summary>Padding added to each side of an interval. Default 30 ms.</summary>
    public int VadSpeechPadMs { get; set; } = 30;

    /// <summary>Whisper segments more likely silence than this are dropped. Default 0.6.</summary>
    public float MaxNoSpeechProbability { get; set; } = 0.6f;

    /// <summary>Whisper segments with a lower mean token log-probability are dropped. Default -1.0.</summary>
    public float MinAverageLogProbability { get; set; } = -1.0f;

    /// <summary>Samples per channel kept in memory before spilling to a temporary file. Default 10 minutes at 16 kHz
    /// (38 MB per channel): ordinary calls never touch the disk, a 3-hour one does.</summary>
    public long MemorySamplesPerChannel { get; set; } = 16000L * 60 * 10;

    /// <summary>ffmpeg executable for formats without a managed decoder. Default <c>ffmpeg</c> on the PATH.</summary>
    public string FfmpegPath { get; set; } = "ffmpeg";

    /// <summary>ffprobe executable. Default <c>ffprobe</c> on the PATH.</summary>
    public string FfprobePath { get; set; } = "ffprobe";

    public bool TranscriptionEnabled => !string.IsNullOrWhiteSpace(WhisperModelPath);

    /// <summary>The VAD model path made absolute against the application folder, where the build copies models/.</summary>
    public string ResolvedVadModelPath => Path.IsPathRooted(VadModelPath)
        ? VadModelPath
        : Path.Combine(AppContext.BaseDirectory, VadModelPath);
}

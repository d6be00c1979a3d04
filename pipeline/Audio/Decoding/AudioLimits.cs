namespace QualityAnalytics.Pipeline.Audio.Decoding;

/// <summary>What the decoder accepts and produces.</summary>
public static class AudioLimits
{
    /// <summary>Whisper and Silero both take 16 kHz mono.</summary>
    public const int TargetSampleRate = 16000;

    /// <summary>Telephony goes down to 8 kHz; below 4 kHz nothing intelligible survives.</summary>
    public const int MinSampleRate = 4000;

    /// <summary>Studio rates top out at 192 kHz; anything above is a broken header.</summary>
    public const int MaxSampleRate = 192000;
}

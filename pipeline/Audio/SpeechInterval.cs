namespace QualityAnalytics.Pipeline.Audio;

/// <summary>A stretch of detected speech, seconds from the recording start.</summary>
public readonly record struct SpeechInterval(double Start, double End)
{
    public double Duration => End - Start;
}

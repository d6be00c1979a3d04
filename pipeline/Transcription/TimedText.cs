namespace QualityAnalytics.Pipeline.Transcription;

/// <summary>Recognised text with absolute times (seconds from the recording start).</summary>
public sealed record TimedText(double Start, double End, string Text);

namespace QualityAnalytics.Pipeline.Transcription;

/// <summary>What Whisper returned for one stretch, before the hallucination guards judged it.</summary>
/// <param name="AverageLogProbability">Mean log-probability of the text tokens; null when Whisper gave no tokens.</param>
public sealed record RecognizedSegment(double Start, double End, string Text, float NoSpeechProbability, float? AverageLogProbability);

namespace QualityAnalytics.Pipeline.Transcription;

/// <summary>The kept text of one channel and how many segments each guard dropped.</summary>
public sealed record ChannelTranscript(IReadOnlyList<TimedText> Segments, IReadOnlyDictionary<DropReason, int> Dropped);

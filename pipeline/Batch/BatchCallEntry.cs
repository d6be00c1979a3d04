namespace QualityAnalytics.Pipeline.Batch;

/// <summary>One call of a tracked batch and the queue its job goes to.</summary>
public sealed record BatchCallEntry(string CallId, string Queue);

namespace QualityAnalytics.Pipeline.Batch;

/// <summary>How far an inline batch is: calls finished (scored or quarantined) out of the total.</summary>
public sealed record BatchProgress(int Done, int Total, string Stage);

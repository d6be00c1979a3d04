namespace QualityAnalytics.Pipeline.Batch;

/// <summary>What a finished batch touched.</summary>
/// <param name="Dates">Call dates (in each call's own offset) with stored results in this batch.</param>
public sealed record BatchCompletionContext(IReadOnlyCollection<DateOnly> Dates);

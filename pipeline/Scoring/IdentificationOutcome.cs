namespace QualityAnalytics.Pipeline.Scoring;

/// <summary>What happened to identification in a call.</summary>
/// <param name="RequestedAt">First operator segment asking for identification data; null when never asked.</param>
/// <param name="CompletedAt">Segment from which the caller counts as identified; null when never.</param>
public sealed record IdentificationOutcome(SegmentView? RequestedAt, int? CompletedAt)
{
    public bool Done => CompletedAt is not null;
}

namespace QualityAnalytics.Reports.Data;

/// <summary>One stored (masked) operator line, as evidence for a skipped stage.</summary>
public sealed record SegmentLine
{
    public required string CallId { get; init; }
    public int Seq { get; init; }
    public double Start { get; init; }
    public string Text { get; init; } = "";
}

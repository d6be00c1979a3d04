namespace QualityAnalytics.Reports.Data;

/// <summary>One stored (masked) transcript line, as evidence.</summary>
public sealed record SegmentLine
{
    public double Start { get; init; }
    public string Text { get; init; } = "";
}

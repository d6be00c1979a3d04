namespace QualityAnalytics.Pipeline.Aggregation;

/// <summary>A row of <c>agg_daily_stages</c>: in how many calls a stage was required, and done.</summary>
public sealed record DailyStageAggregate
{
    public required string CallDate { get; init; }
    public required string Dimension { get; init; }
    public required string DimKey { get; init; }
    public required string StageId { get; init; }
    public int RequiredCalls { get; init; }
    public int DoneCalls { get; init; }
}

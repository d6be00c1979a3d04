namespace QualityAnalytics.Pipeline.Aggregation;

/// <summary>A row of <c>agg_daily_violations</c>: how often a rule was broken, and in how many calls.</summary>
public sealed record DailyViolationAggregate
{
    public required string CallDate { get; init; }
    public required string Dimension { get; init; }
    public required string DimKey { get; init; }
    public required string Rule { get; init; }
    public bool Critical { get; init; }
    public int Violations { get; init; }
    public int Calls { get; init; }
}

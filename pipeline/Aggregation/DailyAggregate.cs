namespace QualityAnalytics.Pipeline.Aggregation;

/// <summary>A row of <c>agg_daily</c>: one day and one dimension value. Means carry their counts (*N) so that
/// days combine into periods exactly.</summary>
public sealed record DailyAggregate
{
    public required string CallDate { get; init; }
    public required string Dimension { get; init; }
    public required string DimKey { get; init; }
    public string? DimLabel { get; init; }
    public string? ParentKey { get; init; }
    public int Calls { get; init; }
    public double OverallMean { get; init; }
    public double AdherenceMean { get; init; }
    public double SpeedMean { get; init; }
    public double ResolutionMean { get; init; }
    public int PassCalls { get; init; }
    public int CoachCalls { get; init; }
    public int FailCalls { get; init; }
    public int CallsWithCritical { get; init; }
    public int CriticalViolations { get; init; }
    public int Violations { get; init; }
    public int ResponseN { get; init; }
    public double? MeanResponseS { get; init; }
    public double? P95ResponseS { get; init; }
    public int DeadAirN { get; init; }
    public double? DeadAirRatio { get; init; }
    public int HandleN { get; init; }
    public double? AhtS { get; init; }
    public int QueueN { get; init; }
    public double? AsaS { get; init; }
    public int Answered20s { get; init; }
    public double? ServiceLevel { get; init; }
    public int HoldN { get; init; }
    public double? HoldS { get; init; }
    public int Resolved { get; init; }
    public int Transferred { get; init; }
    public int Callback { get; init; }
    public int Unresolved { get; init; }
    public int CallerKnownCalls { get; init; }
    public int FcrCalls { get; init; }
    public double? FcrRate { get; init; }
    public int NoCallerCalls { get; init; }
}

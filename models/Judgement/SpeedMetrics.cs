namespace QualityAnalytics.Models.Judgement;

/// <summary>Response-speed figures of one call, in seconds or ratios; null where undefined (contract: speed definitions).</summary>
public sealed record SpeedMetrics
{
    public double? QueueWaitS { get; init; }
    public double? FirstResponseS { get; init; }
    public double? MeanResponseS { get; init; }
    public double? P95ResponseS { get; init; }
    public double? MaxSilenceS { get; init; }
    public double? DeadAirRatio { get; init; }
    public double? OvertalkRatio { get; init; }
    public double? HandleS { get; init; }
    public double? HoldS { get; init; }
}

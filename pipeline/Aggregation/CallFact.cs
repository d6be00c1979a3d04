namespace QualityAnalytics.Pipeline.Aggregation;

/// <summary>One call with its current judgement, as aggregation reads it (a Dapper row).</summary>
public sealed record CallFact
{
    public required string CallId { get; init; }

    /// <summary>yyyy-MM-dd, the call's local day.</summary>
    public required string CallDate { get; init; }

    /// <summary>ISO-8601 with offset, as given in calls.csv.</summary>
    public required string StartedAt { get; init; }
    public required string OperatorId { get; init; }
    public string? OperatorName { get; init; }
    public string? Team { get; init; }
    public string? CallerId { get; init; }
    public string? ServiceCategory { get; init; }
    public required string Topic { get; init; }
    public required string Resolution { get; init; }
    public required string Verdict { get; init; }
    public double Overall { get; init; }
    public double Adherence { get; init; }
    public double Speed { get; init; }
    public double ResolutionScore { get; init; }
    public double? QueueWaitS { get; init; }
    public double? MeanResponseS { get; init; }
    public double? P95ResponseS { get; init; }
    public double? DeadAirRatio { get; init; }
    public double? HandleS { get; init; }
    public double? HoldS { get; init; }
}

namespace QualityAnalytics.Pipeline.Aggregation;

/// <summary>One violation of a current judgement.</summary>
public sealed record ViolationFact
{
    public required string CallId { get; init; }
    public required string Rule { get; init; }
    public bool Critical { get; init; }
}

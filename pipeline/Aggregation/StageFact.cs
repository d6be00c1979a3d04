namespace QualityAnalytics.Pipeline.Aggregation;

/// <summary>A script stage the script required in a call, and whether the operator did it.</summary>
public sealed record StageFact
{
    public required string CallId { get; init; }
    public required string StageId { get; init; }
    public bool Done { get; init; }
}

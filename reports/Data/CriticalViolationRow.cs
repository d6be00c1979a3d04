namespace QualityAnalytics.Reports.Data;

/// <summary>One critical violation with the call it happened in (a Dapper row).</summary>
public sealed record CriticalViolationRow
{
    public required string CallId { get; init; }
    public required string CallDate { get; init; }
    public required string StartedAt { get; init; }
    public required string OperatorId { get; init; }
    public string? OperatorName { get; init; }
    public string? Team { get; init; }
    public string? ServiceCategory { get; init; }
    public required string Rule { get; init; }
    public double? StartS { get; init; }
    public string? Quote { get; init; }
}

namespace QualityAnalytics.Reports.Data;

/// <summary>A call that shows a gap: for a rule, where it was broken; for a stage, the call where it was skipped.</summary>
public sealed record EvidenceRow
{
    public required string CallId { get; init; }
    public required string CallDate { get; init; }

    /// <summary>The rule or stage id.</summary>
    public required string Id { get; init; }
    public double? StartS { get; init; }
    public string? Quote { get; init; }
}

using QualityAnalytics.Models.Judgement;

namespace QualityAnalytics.Pipeline.Export;

/// <summary>One scored call as the contract's export record. Property order is the contract's field order.</summary>
public sealed record ExportRecord
{
    public required string CallId { get; init; }
    public required string OperatorId { get; init; }
    public string? Team { get; init; }
    public required string StartedAt { get; init; }
    public string? ServiceCategory { get; init; }
    public required string TranscriptSource { get; init; }
    public required string ScriptVersion { get; init; }
    public required string Topic { get; init; }
    public required string Resolution { get; init; }
    public required string Verdict { get; init; }
    public required ExportScores Scores { get; init; }
    public required IReadOnlyList<ExportStage> Stages { get; init; }
    public required IReadOnlyList<ExportViolation> Violations { get; init; }
    public required SpeedMetrics Speed { get; init; }

    // Extensions beyond the contract's minimum (allowed: new fields only).
    public string? OperatorName { get; init; }
    public required string CallDate { get; init; }
    public double RoleConfidence { get; init; }
}

public sealed record ExportScores(double Overall, double Adherence, double Speed, double Resolution);

/// <param name="Required">Extension: false when the script did not ask for the stage in this call.</param>
public sealed record ExportStage(string Id, bool Done, double? Start, string? Quote, bool Required);

/// <param name="Critical">Extension: a critical violation fails the call.</param>
public sealed record ExportViolation(string Rule, double? Start, string? Quote, bool Critical);

namespace QualityAnalytics.Models.Judgement;

/// <summary>Everything the scoring stage decided about one call, with the evidence for it.</summary>
public sealed record CallJudgement
{
    public required string ScriptVersion { get; init; }
    public required string Topic { get; init; }
    public required string Resolution { get; init; }
    public required string Verdict { get; init; }
    public required Scores Scores { get; init; }
    public required IReadOnlyList<StageResult> Stages { get; init; }
    public required IReadOnlyList<Violation> Violations { get; init; }
    public required SpeedMetrics Speed { get; init; }
}

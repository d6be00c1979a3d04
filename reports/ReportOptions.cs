namespace QualityAnalytics.Reports;

/// <summary>Targets the management report measures against. Bound from configuration section <c>ReportOptions</c>.</summary>
public sealed class ReportOptions
{
    /// <summary>Share of calls with verdict pass. Default 0.80.</summary>
    public double PassRateTarget { get; set; } = 0.80;

    /// <summary>Mean overall score. Default 85 (the pass threshold).</summary>
    public double OverallScoreTarget { get; set; } = 85;

    /// <summary>Highest acceptable share of calls with a critical violation. Default 0.02.</summary>
    public double CriticalShareMax { get; set; } = 0.02;

    /// <summary>First-contact resolution among calls with a known caller. Default 0.70.</summary>
    public double FcrTarget { get; set; } = 0.70;

    /// <summary>Highest acceptable average speed of answer (queue wait), seconds. Default 30.</summary>
    public double AsaMaxS { get; set; } = 30;

    /// <summary>Share of calls answered within 20 s (the 80/20 standard). Default 0.80.</summary>
    public double ServiceLevelTarget { get; set; } = 0.80;

    /// <summary>Highest acceptable average handle time, seconds. Default 360.</summary>
    public double AhtMaxS { get; set; } = 360;

    /// <summary>Fewest calls of an operator in a period for the training report to judge them. Default 1: one
    /// critical violation is already worth a plan.</summary>
    public int TrainingMinCalls { get; set; } = 1;

    /// <summary>A required stage skipped in at least this share of an operator's calls is a gap. Default 0.20.</summary>
    public double TrainingStageMissShare { get; set; } = 0.20;

    /// <summary>A non-critical rule broken in at least this share of an operator's calls is a gap (critical rules:
    /// any occurrence). Default 0.10.</summary>
    public double TrainingRuleShare { get; set; } = 0.10;
}

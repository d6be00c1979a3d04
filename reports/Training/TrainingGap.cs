namespace QualityAnalytics.Reports.Training;

/// <summary>One weakness of an operator compared with the team.</summary>
/// <param name="OperatorRate">Share of the operator's calls with the problem (stage missed, or rule broken).</param>
/// <param name="TeamRate">The same share over the whole team, the operator included.</param>
/// <param name="Examples">Up to three calls that show it, as «call · date · time code — quote» (quote masked).</param>
public sealed record TrainingGap(
    GapKind Kind,
    string Id,
    bool Critical,
    double OperatorRate,
    double? TeamRate,
    int AffectedCalls,
    TrainingModule Module)
{
    public IReadOnlyList<string> Examples { get; init; } = [];

    /// <summary>How much this gap weighs in the operator's priority: critical rules count five times.</summary>
    public double Weight => AffectedCalls * (Critical ? 5 : 1) * (1 + Math.Max(0, OperatorRate - (TeamRate ?? 0)));
}

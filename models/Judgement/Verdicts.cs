namespace QualityAnalytics.Models.Judgement;

/// <summary>Verdict bands of the contract.</summary>
public static class Verdicts
{
    public const string Pass = "pass";
    public const string Coach = "coach";
    public const string Fail = "fail";

    public static readonly IReadOnlyList<string> All = [Pass, Coach, Fail];

    /// <summary>pass: overall ≥ 85; coach: 70 to &lt; 85; fail: &lt; 70 or any critical violation.</summary>
    public static string For(double overall, bool hasCriticalViolation) =>
        hasCriticalViolation || overall < 70 ? Fail
        : overall < 85 ? Coach
        : Pass;
}

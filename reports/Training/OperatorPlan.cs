namespace QualityAnalytics.Reports.Training;

/// <summary>What one operator should train on, weakest first.</summary>
public sealed record OperatorPlan(
    string OperatorId,
    string Name,
    string Team,
    int Calls,
    double? Overall,
    double? PassRate,
    IReadOnlyList<TrainingGap> Gaps)
{
    public double Score => Gaps.Sum(g => g.Weight);

    /// <summary>«Высокий» for any critical violation or a pass rate under half; «Средний» for a score of 3 or more.</summary>
    public string Priority => Gaps.Any(g => g.Critical) || PassRate < 0.5 ? "Высокий" : Score >= 3 ? "Средний" : "Низкий";

    public int PriorityRank => Priority switch { "Высокий" => 0, "Средний" => 1, _ => 2 };
}

namespace QualityAnalytics.Pipeline.Scoring.Evaluation;

/// <summary>A human grader's verdict on one call (one line of the labels file of `qa evaluate`).</summary>
/// <param name="Violations">Rules the grader saw broken (a rule may repeat).</param>
public sealed record GradeLabel(
    string CallId,
    string Topic,
    string Resolution,
    IReadOnlyDictionary<string, bool> Stages,
    IReadOnlyList<string> Violations);

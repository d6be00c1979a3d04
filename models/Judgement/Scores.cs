namespace QualityAnalytics.Models.Judgement;

/// <summary>Sub-scores and the overall score, each 0..100.</summary>
public sealed record Scores(double Overall, double Adherence, double Speed, double Resolution);

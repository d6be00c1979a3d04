namespace QualityAnalytics.Models.Judgement;

public sealed record Violation(string Rule, bool Critical, double? Start, string? Quote);

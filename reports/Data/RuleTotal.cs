namespace QualityAnalytics.Reports.Data;

/// <summary>A rule's violations over a period.</summary>
public sealed record RuleTotal(string Rule, bool Critical, int Violations, int Calls);

namespace QualityAnalytics.Reports.Training;

/// <summary>How many operators a module is recommended to, for planning training groups.</summary>
internal sealed record ModuleDemand(TrainingModule Module, IReadOnlyList<string> Reasons, int Operators, int AffectedCalls, int HighPriority);

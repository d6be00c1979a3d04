namespace QualityAnalytics.Models.Judgement;

/// <summary>Whether the operator performed a stage, and the first segment that shows it.</summary>
/// <param name="Required">False when the script does not ask for the stage in this call (e.g. identification for a general question).</param>
public sealed record StageResult(string Id, bool Done, bool Required, double? Start, string? Quote);

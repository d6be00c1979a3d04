namespace QualityAnalytics.Pipeline.Aggregation;

/// <summary>Everything aggregation writes for a set of days.</summary>
public sealed record AggregateSet(
    IReadOnlyList<DailyAggregate> Daily,
    IReadOnlyList<DailyViolationAggregate> Violations,
    IReadOnlyList<DailyStageAggregate> Stages);

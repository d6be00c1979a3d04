using QualityAnalytics.Pipeline.Storage;

namespace QualityAnalytics.Pipeline.Aggregation;

/// <summary>Recomputes the aggregates of the days a batch touched (and the days whose FCR those calls can change).</summary>
public sealed class Aggregator(AggregateStore store)
{
    /// <returns>The days that were rewritten.</returns>
    public async Task<IReadOnlyCollection<DateOnly>> RecomputeAsync(IEnumerable<DateOnly> batchDays, CancellationToken cancellationToken)
    {
        var days = AggregationWindow.DaysToRecompute(batchDays);
        if (days.Count == 0)
        {
            return days;
        }

        var (from, to) = AggregationWindow.DaysToLoad(days);
        var (calls, violations, stages) = await store.LoadFactsAsync(from, to, cancellationToken);
        var set = DailyAggregator.Aggregate(calls, violations, stages, days.Select(SqlDates.Text).ToHashSet(StringComparer.Ordinal));
        await store.ReplaceDaysAsync(days, set, cancellationToken);
        return days;
    }

    /// <summary>Every day in a range, e.g. for `qa report` over a period aggregated by an older version.</summary>
    public Task<IReadOnlyCollection<DateOnly>> RecomputeRangeAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var days = new List<DateOnly>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            days.Add(day);
        }

        return RecomputeAsync(days, cancellationToken);
    }
}

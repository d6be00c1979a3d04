using Microsoft.Extensions.Logging;
using QualityAnalytics.Pipeline.Batch;

namespace QualityAnalytics.Pipeline.Aggregation;

/// <summary>Batch completion step 100: the daily aggregates of the batch's days, before reports read them.</summary>
public sealed class AggregationStep(Aggregator aggregator, ILogger<AggregationStep> logger) : IBatchCompletionStep
{
    public int Order => 100;

    public async Task<IReadOnlyList<string>> RunAsync(BatchCompletionContext context, CancellationToken cancellationToken)
    {
        if (context.Dates.Count == 0)
        {
            return [];
        }

        var days = await aggregator.RecomputeAsync(context.Dates, cancellationToken);
        logger.LogInformation("Aggregates recomputed for {Days} days ({From} to {To})", days.Count, days.Min(), days.Max());
        return [$"Агрегаты пересчитаны за {days.Count} дн.: {days.Min():dd.MM.yyyy}–{days.Max():dd.MM.yyyy}"];
    }
}

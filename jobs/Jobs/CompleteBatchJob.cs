using System.ComponentModel;
using Microsoft.Extensions.Logging;
using QualityAnalytics.Pipeline.Batch;

namespace QualityAnalytics.Jobs.Jobs;

/// <summary>After the last call of a batch: aggregation and reports through <see cref="BatchPipeline.CompleteAsync"/>,
/// exactly what <c>qa run</c> does at its end.</summary>
public sealed class CompleteBatchJob(BatchTracker tracker, BatchPipeline pipeline, ILogger<CompleteBatchJob> logger)
{
    [DisplayName("Пакет {0}: агрегаты и отчёты")]
    public async Task RunAsync(string batchId, CancellationToken cancellationToken)
    {
        if (await tracker.GetAsync(batchId, cancellationToken) is { IsCompleted: true })
        {
            logger.LogInformation("Batch {BatchId} is already complete", batchId);
            return;
        }

        var dates = await tracker.ScoredDatesAsync(batchId, cancellationToken);
        var outputs = await pipeline.CompleteAsync(dates, cancellationToken);
        await tracker.CompleteAsync(batchId, outputs, cancellationToken);
        logger.LogInformation("Batch {BatchId} complete: {Dates} call dates aggregated, {Outputs} outputs", batchId, dates.Count, outputs.Count);
    }
}

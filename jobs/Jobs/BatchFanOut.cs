using Microsoft.Extensions.Logging;
using QualityAnalytics.Jobs.Serve;
using QualityAnalytics.Models.Calls;
using QualityAnalytics.Pipeline.Batch;
using QualityAnalytics.Pipeline.Ingest;

namespace QualityAnalytics.Jobs.Jobs;

/// <summary>Ingests an input folder (the same <see cref="BatchPipeline.Plan"/> as <c>qa run</c>), quarantines what
/// ingestion rejected, records the batch, and enqueues one job per unfinished call.</summary>
/// <remarks>Safe to repeat: a fan-out killed half-way and retried re-enqueues only calls that have not finished;
/// a call enqueued twice stores the same rows twice.</remarks>
public sealed class BatchFanOut(
    BatchPlanCache plans,
    BatchPipeline pipeline,
    BatchTracker tracker,
    BatchJobScheduler scheduler,
    ServeOptions options,
    ILogger<BatchFanOut> logger)
{
    public async Task StartAsync(string batchId, string inputDir, string source, CancellationToken cancellationToken)
    {
        var plan = plans.Plan(inputDir);
        await pipeline.QuarantineAsync(plan.Input, plan.Rejected, cancellationToken);
        var calls = plan.Calls.Select(c => new BatchCallEntry(c.CallId, QueueFor(plan.Input, c))).ToList();
        await tracker.RegisterAsync(batchId, plan.Input.Root, source, calls, plan.Rejected.Count, cancellationToken);

        var unfinished = await tracker.UnfinishedAsync(batchId, cancellationToken);
        foreach (var call in unfinished)
        {
            scheduler.EnqueueCall(batchId, plan.Input.Root, call.CallId, call.Queue);
        }

        await tracker.MarkFannedOutAsync(batchId, cancellationToken);
        logger.LogInformation("Batch {BatchId} from {Input}: {Enqueued} call jobs enqueued, {Rejected} rejected at ingestion",
            batchId, plan.Input.Root, unfinished.Count, plan.Rejected.Count);
        if (unfinished.Count == 0 && await tracker.TryClaimCompletionAsync(batchId, BatchTracker.StartClaimant, cancellationToken))
        {
            scheduler.EnqueueCompletion(batchId);
        }
    }

    // Transcription is the expensive step: only calls that need it go to the ASR queue, so ASR machines take them.
    private string QueueFor(InputFolder input, CallRecord call) =>
        call.Recording is not null && !File.Exists(input.TranscriptPath(call.CallId)) ? options.AsrQueue : options.DefaultQueue;
}

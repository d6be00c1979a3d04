using System.ComponentModel;
using Hangfire;
using Hangfire.Server;
using Microsoft.Extensions.Logging;
using QualityAnalytics.Jobs.Serve;
using QualityAnalytics.Models.Calls;
using QualityAnalytics.Pipeline.Batch;
using QualityAnalytics.Pipeline.Ingest;
using QualityAnalytics.Pipeline.Storage;

namespace QualityAnalytics.Jobs.Jobs;

/// <summary>One call of a batch: the same <see cref="CallProcessor"/> and <see cref="ResultStore"/> steps as <c>qa run</c>.</summary>
/// <remarks>Reentrant: storing replaces the call's rows, quarantine overwrites its folder, finishing is first-wins.
/// A call that still fails on its last retry is quarantined (<c>processing_error</c>) and counts as finished,
/// so one broken recording never holds the night's reports back. A call whose job keeps dying with the server
/// (no exception to count) is quarantined after <see cref="ServeOptions.MaxCallStarts"/> starts.</remarks>
public sealed class CallJob(
    BatchPlanCache plans,
    CallProcessor processor,
    ResultStore store,
    BatchPipeline pipeline,
    BatchTracker tracker,
    BatchJobScheduler scheduler,
    ServeOptions options,
    ILogger<CallJob> logger)
{
    [DisplayName("Звонок {2} · пакет {0}")]
    public async Task RunAsync(string batchId, string inputDir, string callId, PerformContext? context, CancellationToken cancellationToken)
    {
        var input = new InputFolder(inputDir);
        var call = plans.Find(inputDir, callId);
        var attempt = await tracker.BeginAttemptAsync(batchId, callId, cancellationToken);
        if (attempt.Finished)
        {
            // Its effects are stored; only the completion claim may be missing (a crash right after finishing).
            logger.LogInformation("Call {CallId} already finished in this batch; not processed again", callId);
            EnqueueCompletionIfLast(await tracker.TryClaimCompletionAsync(batchId, callId, cancellationToken), batchId);
            return;
        }

        CallOutcome outcome;
        if (call is null)
        {
            outcome = CallOutcome.Of(new Rejection(callId, "call_not_in_input", $"calls.csv in {input.Root} no longer has call {callId}.", []));
        }
        else if (attempt.Starts > options.MaxCallStarts)
        {
            outcome = CallOutcome.Of(new Rejection(callId, "crashed_repeatedly",
                $"The call's job started {attempt.Starts - 1} times without finishing; the server probably died processing it.", Evidence(input, call)));
        }
        else
        {
            try
            {
                outcome = await processor.ProcessAsync(input, call, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException && IsLastAttempt(context))
            {
                logger.LogError(e, "Call {CallId} failed on its last attempt; quarantined", callId);
                outcome = CallOutcome.Of(new Rejection(callId, "processing_error", e.GetType().Name + ": " + e.Message, []));
            }
        }

        if (outcome.Scored is { } scored)
        {
            await store.SaveAsync([scored], cancellationToken);
            if (outcome.QuarantinedFiles.Count > 0)
            {
                // A scored call's unusable recording: quarantined as in `qa run`; the call still counts as scored.
                await pipeline.QuarantineAsync(input, outcome.QuarantinedFiles, cancellationToken);
            }
        }
        else
        {
            await pipeline.QuarantineAsync(input, [outcome.Rejected!], cancellationToken);
        }

        foreach (var note in outcome.Notes)
        {
            logger.LogInformation("{Note}", note);
        }

        var last = await tracker.FinishCallAsync(batchId, callId, outcome.Scored is null ? "quarantined" : "scored",
            outcome.Rejected?.ReasonCode, outcome.Scored?.Call.CallDate, context?.ServerId ?? Environment.MachineName, cancellationToken);
        logger.LogInformation("Call {CallId} {Outcome}", callId, outcome.Scored is null ? "quarantined: " + outcome.Rejected!.ReasonCode : "scored");
        EnqueueCompletionIfLast(last, batchId);
    }

    private void EnqueueCompletionIfLast(bool last, string batchId)
    {
        if (last)
        {
            logger.LogInformation("Last call of batch {BatchId} finished; aggregation and reports enqueued", batchId);
            scheduler.EnqueueCompletion(batchId);
        }
    }

    private static string[] Evidence(InputFolder input, CallRecord call) =>
        call.Recording is not null && input.ResolveInside(call.Recording) is { } recording
            ? [input.TranscriptPath(call.CallId), recording]
            : [input.TranscriptPath(call.CallId)];

    // Hangfire counts retries in the job parameter RetryCount; the attempt after the last retry is the last one.
    private bool IsLastAttempt(PerformContext? context) =>
        context is null || context.GetJobParameter<int>("RetryCount") >= options.CallRetries;
}

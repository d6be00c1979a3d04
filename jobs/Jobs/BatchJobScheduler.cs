using Hangfire;
using QualityAnalytics.Jobs.Serve;

namespace QualityAnalytics.Jobs.Jobs;

/// <summary>Puts batch jobs on their queues. Small, reentrant arguments only: ids and the input folder.</summary>
public sealed class BatchJobScheduler(IBackgroundJobClient client, ServeOptions options)
{
    public string EnqueueStart(string batchId, string inputDir, string source) =>
        client.Enqueue<StartBatchJob>(options.DefaultQueue, j => j.RunAsync(batchId, inputDir, source, CancellationToken.None));

    public string EnqueueCall(string batchId, string inputDir, string callId, string queue) =>
        client.Enqueue<CallJob>(queue, j => j.RunAsync(batchId, inputDir, callId, null, CancellationToken.None));

    public string EnqueueCompletion(string batchId) =>
        client.Enqueue<CompleteBatchJob>(options.DefaultQueue, j => j.RunAsync(batchId, CancellationToken.None));
}

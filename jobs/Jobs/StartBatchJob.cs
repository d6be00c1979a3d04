using System.ComponentModel;

namespace QualityAnalytics.Jobs.Jobs;

/// <summary>Fans a batch out: one job per call. Enqueued by <c>qa enqueue</c>; the nightly job fans out inline.</summary>
public sealed class StartBatchJob(BatchFanOut fanOut)
{
    [DisplayName("Пакет {0}: разбор calls.csv и постановка звонков в очередь")]
    public Task RunAsync(string batchId, string inputDir, string source, CancellationToken cancellationToken) =>
        fanOut.StartAsync(batchId, inputDir, source, cancellationToken);
}

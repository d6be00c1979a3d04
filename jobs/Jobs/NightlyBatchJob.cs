using System.ComponentModel;
using Microsoft.Extensions.Logging;
using QualityAnalytics.Jobs.Serve;
using QualityAnalytics.Pipeline;
using QualityAnalytics.Pipeline.Batch;

namespace QualityAnalytics.Jobs.Jobs;

/// <summary>The recurring job <c>nightly-batch</c>: every inbox folder without a recorded batch becomes a batch.</summary>
/// <remarks>A folder without calls.csv yet is left for the next run (it may still be copying). The batch id is
/// derived from the folder name, so a retried or doubly triggered run cannot start a folder twice; a folder whose
/// fan-out died half-way is fanned out again (only its unfinished calls).</remarks>
public sealed class NightlyBatchJob(BatchFanOut fanOut, BatchTracker tracker, QaOptions qa, ServeOptions options, ILogger<NightlyBatchJob> logger)
{
    public const string RecurringJobId = "nightly-batch";

    [DisplayName("Ночной запуск: новые папки из входящих")]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var inbox = options.InboxFor(qa.DataDir);
        if (!Directory.Exists(inbox))
        {
            logger.LogWarning("Inbox {Inbox} does not exist; nothing to do", inbox);
            return;
        }

        var started = 0;
        foreach (var folder in Directory.EnumerateDirectories(inbox).Order(StringComparer.Ordinal))
        {
            var batchId = BatchIds.ForInboxFolder(folder);
            if (!File.Exists(Path.Combine(folder, "calls.csv")))
            {
                logger.LogWarning("Inbox folder {Folder} has no calls.csv yet; left for the next run", folder);
                continue;
            }

            if (!await tracker.NeedsFanOutAsync(batchId, cancellationToken))
            {
                continue;
            }

            await fanOut.StartAsync(batchId, folder, "nightly", cancellationToken);
            started++;
        }

        logger.LogInformation("Nightly run: {Started} new batch(es) from {Inbox}", started, inbox);
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using QualityAnalytics.Pipeline.Batch;

namespace QualityAnalytics.Jobs.Cli;

/// <summary>Progress as plain log lines when nobody watches a terminal: every tenth of the batch, not every call.</summary>
internal sealed class ProgressLog(IServiceProvider services) : IProgress<BatchProgress>
{
    private readonly ILogger logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("qa.run");
    private int lastDecile = -1;

    public void Report(BatchProgress value)
    {
        if (value.Stage == "reports")
        {
            logger.LogInformation("All calls processed; aggregating and writing reports");
            return;
        }

        var decile = value.Total == 0 ? 10 : value.Done * 10 / value.Total;
        if (Interlocked.Exchange(ref lastDecile, decile) != decile)
        {
            logger.LogInformation("Processed {Done}/{Total} calls", value.Done, value.Total);
        }
    }
}

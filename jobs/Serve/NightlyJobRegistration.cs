using Hangfire;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using QualityAnalytics.Jobs.Jobs;

namespace QualityAnalytics.Jobs.Serve;

/// <summary>Registers (or updates) the recurring job <c>nightly-batch</c> with the configured cron and time zone at
/// start-up. Every server does it; AddOrUpdate with the same id keeps one recurring job in the shared storage.</summary>
public sealed class NightlyJobRegistration(IRecurringJobManager manager, ServeOptions options, ILogger<NightlyJobRegistration> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var timeZone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        manager.AddOrUpdate<NightlyBatchJob>(NightlyBatchJob.RecurringJobId, options.DefaultQueue, j => j.RunAsync(CancellationToken.None),
            options.NightlyCron, new RecurringJobOptions { TimeZone = timeZone });
        logger.LogInformation("Recurring job {JobId}: cron '{Cron}' in {TimeZone}", NightlyBatchJob.RecurringJobId, options.NightlyCron, timeZone.Id);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

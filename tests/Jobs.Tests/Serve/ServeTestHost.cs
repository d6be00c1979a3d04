using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using QualityAnalytics.Jobs.Jobs;
using QualityAnalytics.Jobs.Serve;
using QualityAnalytics.Pipeline;
using QualityAnalytics.Pipeline.Batch;

namespace QualityAnalytics.Jobs.Tests.Serve;

/// <summary>A real <c>qa serve</c> host in this process: Kestrel on a free loopback port, Hangfire server on SQLite.</summary>
public sealed class ServeTestHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private ServeTestHost(WebApplication app, string dataDir)
    {
        this.app = app;
        DataDir = dataDir;
    }

    public string DataDir { get; }

    public Uri BaseAddress => new(app.Urls.First());

    public IServiceProvider Services => app.Services;

    /// <summary>Options suited to tests: quick polling, one fast retry.</summary>
    public static ServeOptions FastOptions(string? serverName = null) => new()
    {
        Urls = "http://127.0.0.1:0",
        WorkerCount = 2,
        ServerName = serverName,
        QueuePollInterval = TimeSpan.FromMilliseconds(200),
        CallRetries = 1,
        RetryDelaysSeconds = [1],
    };

    public static async Task<ServeTestHost> StartAsync(string dataDir, ServeOptions serve, CancellationToken cancellationToken, int judgeDelayMs = 0)
    {
        var qa = new QaOptions { DataDir = dataDir };
        var app = ServeHost.Build(qa, serve, services => TestJudge.AddWithFaults(services, judgeDelayMs));
        await app.StartAsync(cancellationToken);
        return new ServeTestHost(app, dataDir);
    }

    /// <returns>The batch id.</returns>
    public string EnqueueBatch(string input)
    {
        var batchId = BatchIds.ForManualRun(input, DateTimeOffset.UtcNow);
        Services.GetRequiredService<BatchJobScheduler>().EnqueueStart(batchId, Path.GetFullPath(input), "manual");
        return batchId;
    }

    /// <summary>Waits until the batch's completion job has run; fails the test when it takes too long.</summary>
    public async Task<BatchStatus> WaitForCompletionAsync(string batchId, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var tracker = Services.GetRequiredService<BatchTracker>();
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (await tracker.GetAsync(batchId, cancellationToken) is { IsCompleted: true } done)
            {
                return done;
            }

            await Task.Delay(200, cancellationToken);
        }

        var status = await tracker.GetAsync(batchId, cancellationToken);
        Assert.Fail($"batch {batchId} not completed within {timeout}: {status}");
        return null!;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

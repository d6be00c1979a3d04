using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using QualityAnalytics.Jobs.Jobs;
using QualityAnalytics.Jobs.Tests.Serve;
using QualityAnalytics.Pipeline.Batch;

namespace QualityAnalytics.Jobs.Tests.Jobs;

[TestClass]
public sealed class NightlyBatchJobTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task TriggerNow_TakesEachNewInboxFolderOnce_AndLeavesFoldersWithoutCallsCsv()
    {
        var ct = TestContext.CancellationToken;
        var data = Directory.CreateTempSubdirectory("qa-serve").FullName;
        TestInput.Create(Path.Combine(data, "inbox", "2026-11-23"), calls: 6);
        Directory.CreateDirectory(Path.Combine(data, "inbox", "still-copying"));
        await using var host = await ServeTestHost.StartAsync(data, ServeTestHost.FastOptions(), ct);
        var manager = host.Services.GetRequiredService<IRecurringJobManager>();
        var tracker = host.Services.GetRequiredService<BatchTracker>();

        manager.Trigger(NightlyBatchJob.RecurringJobId); // what the dashboard's "Trigger now" does
        var done = await host.WaitForCompletionAsync("inbox-2026-11-23", TimeSpan.FromSeconds(60), ct);
        manager.Trigger(NightlyBatchJob.RecurringJobId);
        await WaitForSucceededAsync(host.Services.GetRequiredService<JobStorage>(), typeof(NightlyBatchJob), 2, ct);

        Assert.AreEqual("nightly", done.Source);
        Assert.AreEqual(8, done.Finished, "6 good calls, one malformed transcript, one failing call");
        Assert.AreEqual(2, done.RejectedAtIngest);
        var batches = await tracker.RecentAsync(10, ct);
        Assert.HasCount(1, batches, "the second run finds nothing new; the folder without calls.csv waits");
    }

    [TestMethod]
    public async Task TriggerNow_ResumesFolder_WhenItsFanOutDiedHalfway()
    {
        var ct = TestContext.CancellationToken;
        var data = Directory.CreateTempSubdirectory("qa-serve").FullName;
        var folder = TestInput.Create(Path.Combine(data, "inbox", "2026-11-24"), calls: 3, withBadInputs: false);
        await using var host = await ServeTestHost.StartAsync(data, ServeTestHost.FastOptions(), ct);
        var tracker = host.Services.GetRequiredService<BatchTracker>();
        // What a server killed between recording the batch and enqueueing its calls leaves behind.
        await tracker.RegisterAsync("inbox-2026-11-24", folder, "nightly", [new("c-000", "default"), new("c-001", "default"), new("c-002", "default")], 0, ct);

        host.Services.GetRequiredService<IRecurringJobManager>().Trigger(NightlyBatchJob.RecurringJobId);
        var done = await host.WaitForCompletionAsync("inbox-2026-11-24", TimeSpan.FromSeconds(60), ct);

        Assert.AreEqual(3, done.Scored);
    }

    private static async Task WaitForSucceededAsync(JobStorage storage, Type jobType, int count, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (storage.GetMonitoringApi().SucceededJobs(0, 1000).Count(j => j.Value.Job?.Type == jobType) < count)
        {
            Assert.IsLessThan(deadline, DateTime.UtcNow, $"{jobType.Name} did not succeed {count} times");
            await Task.Delay(200, ct);
        }
    }
}

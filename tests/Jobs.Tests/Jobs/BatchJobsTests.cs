using Dapper;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using QualityAnalytics.Jobs.Jobs;
using QualityAnalytics.Jobs.Tests.Serve;
using QualityAnalytics.Pipeline.Batch;
using QualityAnalytics.Pipeline.Storage;

namespace QualityAnalytics.Jobs.Tests.Jobs;

/// <summary>Batches through a real Hangfire server on SQLite storage, compared with the inline <c>qa run</c>.</summary>
[TestClass]
public sealed class BatchJobsTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Batch_ExportsSameAsInlineRun_WhenRunThroughHangfire()
    {
        var ct = TestContext.CancellationToken;
        var input = TestInput.Create(Directory.CreateTempSubdirectory("qa-input").FullName, calls: 30);
        var inlineData = Directory.CreateTempSubdirectory("qa-inline").FullName;
        var serveData = Directory.CreateTempSubdirectory("qa-serve").FullName;
        await InlineRun.RunAsync(input, inlineData, ct);

        BatchStatusView status;
        await using (var host = await ServeTestHost.StartAsync(serveData, ServeTestHost.FastOptions(), ct))
        {
            var batchId = host.EnqueueBatch(input);
            var done = await host.WaitForCompletionAsync(batchId, Timeout, ct);
            status = new BatchStatusView(done.TotalCalls, done.Finished, done.Scored, done.Quarantined, done.RejectedAtIngest);
        }

        var expected = await InlineRun.ExportAsync(inlineData, ct);
        var actual = await InlineRun.ExportAsync(serveData, ct);
        Assert.HasCount(30, expected.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.AreEqual(expected, actual);
        Assert.AreSequenceEqual(await InlineRun.QuarantineAsync(inlineData, ct), await InlineRun.QuarantineAsync(serveData, ct));
        Assert.AreEqual(new BatchStatusView(TotalCalls: 32, Finished: 32, Scored: 30, Quarantined: 2, RejectedAtIngest: 2), status);
    }

    [TestMethod]
    public async Task FailingCall_EndsInQuarantineWithReason_AfterRetries()
    {
        var ct = TestContext.CancellationToken;
        var input = TestInput.Create(Directory.CreateTempSubdirectory("qa-input").FullName, calls: 2);
        var data = Directory.CreateTempSubdirectory("qa-serve").FullName;
        await using var host = await ServeTestHost.StartAsync(data, ServeTestHost.FastOptions(), ct);

        var batchId = host.EnqueueBatch(input);
        await host.WaitForCompletionAsync(batchId, Timeout, ct);

        var quarantine = await InlineRun.QuarantineAsync(data, ct);
        Assert.Contains($"{TestInput.FailingCallId} processing_error", quarantine);
        var reason = await File.ReadAllTextAsync(Path.Combine(data, "quarantine", Path.GetFileName(input), TestInput.FailingCallId, "reason.txt"), ct);
        Assert.Contains("test judge: this transcript always fails", reason);
        var attempts = CallJobs(host.Services.GetRequiredService<JobStorage>(), batchId)
            .Single(j => (string)j.Job.Args[2] == TestInput.FailingCallId);
        Assert.AreEqual(1, attempts.RetryCount, "one retry (configured), then quarantine on the last attempt");
    }

    [TestMethod]
    public async Task UnusableRecordingOfScoredCall_IsQuarantinedBesideTheCall_SameAsInlineRun()
    {
        var ct = TestContext.CancellationToken;
        var input = TestInput.Create(Directory.CreateTempSubdirectory("qa-input").FullName, calls: 3, withBadInputs: false);
        await TestInput.AddUnusableRecordingsAsync(input, ct);
        var inlineData = Directory.CreateTempSubdirectory("qa-inline").FullName;
        var serveData = Directory.CreateTempSubdirectory("qa-serve").FullName;
        await InlineRun.RunAsync(input, inlineData, ct);

        BatchStatusView status;
        await using (var host = await ServeTestHost.StartAsync(serveData, ServeTestHost.FastOptions(), ct))
        {
            var done = await host.WaitForCompletionAsync(host.EnqueueBatch(input), Timeout, ct);
            status = new BatchStatusView(done.TotalCalls, done.Finished, done.Scored, done.Quarantined, done.RejectedAtIngest);
        }

        Assert.AreSequenceEqual(
            new[] { "c-000.recording audio_unreadable", "c-001.recording audio_missing" }, (await InlineRun.QuarantineAsync(serveData, ct)).ToArray());
        Assert.AreSequenceEqual(await InlineRun.QuarantineAsync(inlineData, ct), await InlineRun.QuarantineAsync(serveData, ct));
        Assert.AreEqual(await InlineRun.ExportAsync(inlineData, ct), await InlineRun.ExportAsync(serveData, ct));
        Assert.AreEqual(new BatchStatusView(TotalCalls: 3, Finished: 3, Scored: 3, Quarantined: 0, RejectedAtIngest: 0), status,
            "the calls are scored; only their recordings are quarantined");
        var reason = await File.ReadAllTextAsync(Path.Combine(serveData, "quarantine", Path.GetFileName(input), "c-000.recording", "reason.txt"), ct);
        Assert.Contains("call: c-000", reason);
    }

    [TestMethod]
    public async Task CallThatKeepsKillingTheServer_IsQuarantined_AfterMaxStarts()
    {
        var ct = TestContext.CancellationToken;
        var input = TestInput.Create(Directory.CreateTempSubdirectory("qa-input").FullName, calls: 2, withBadInputs: false);
        var data = Directory.CreateTempSubdirectory("qa-serve").FullName;
        var options = ServeTestHost.FastOptions();
        await using var host = await ServeTestHost.StartAsync(data, options, ct);
        var tracker = host.Services.GetRequiredService<BatchTracker>();
        const string batchId = "manual-poison";
        await tracker.RegisterAsync(batchId, input, "manual", [new("c-000", "default"), new("c-001", "default")], 0, ct);
        for (var i = 0; i < options.MaxCallStarts; i++)
        {
            await tracker.BeginAttemptAsync(batchId, "c-000", ct); // starts whose server died: no exception, no Hangfire retry count
        }

        host.Services.GetRequiredService<BatchJobScheduler>().EnqueueStart(batchId, input, "manual");
        var done = await host.WaitForCompletionAsync(batchId, Timeout, ct);

        Assert.Contains("c-000 crashed_repeatedly", await InlineRun.QuarantineAsync(data, ct));
        Assert.AreEqual(1, done.Scored);
        Assert.AreEqual(1, done.Quarantined);
    }

    [TestMethod]
    public async Task FanOut_RoutesCallsNeedingTranscription_ToAsrQueue()
    {
        var ct = TestContext.CancellationToken;
        var input = TestInput.Create(Directory.CreateTempSubdirectory("qa-input").FullName, calls: 2, withBadInputs: false);
        Directory.CreateDirectory(Path.Combine(input, "audio"));
        await File.WriteAllBytesAsync(Path.Combine(input, "audio", "c-audio.wav"), new byte[64], ct);
        await File.AppendAllTextAsync(Path.Combine(input, "calls.csv"), "c-audio,2026-11-24T10:00:00+03:00,op-1,T1,audio/c-audio.wav,,\n", ct);
        var data = Directory.CreateTempSubdirectory("qa-serve").FullName;
        await using var host = await ServeTestHost.StartAsync(data, ServeTestHost.FastOptions(), ct);

        var batchId = host.EnqueueBatch(input);
        await host.WaitForCompletionAsync(batchId, Timeout, ct);

        await using var connection = await SqliteConnectionFactory.ForFile(Path.Combine(data, "qa.db")).OpenAsync(ct);
        var queues = (await connection.QueryAsync<(string CallId, string Queue)>(new CommandDefinition(
            "SELECT call_id, queue FROM batch_calls WHERE batch_id = @batchId ORDER BY call_id", new { batchId }, cancellationToken: ct))).ToList();
        Assert.AreSequenceEqual(new[] { ("c-000", "default"), ("c-001", "default"), ("c-audio", "asr") }, queues);
    }

    [TestMethod]
    public async Task TwoServers_ShareOneBatch_WithoutDuplicates()
    {
        var ct = TestContext.CancellationToken;
        var input = TestInput.Create(Directory.CreateTempSubdirectory("qa-input").FullName, calls: 40);
        var data = Directory.CreateTempSubdirectory("qa-serve").FullName;
        var inlineData = Directory.CreateTempSubdirectory("qa-inline").FullName;
        await InlineRun.RunAsync(input, inlineData, ct);

        string batchId;
        IReadOnlyList<CallJobRun> runs;
        IReadOnlyList<(string Server, int Calls)> finishedBy;
        int completions;
        await using (var first = await ServeTestHost.StartAsync(data, ServeTestHost.FastOptions("server-a"), ct, judgeDelayMs: 40))
        await using (var second = await ServeTestHost.StartAsync(data, ServeTestHost.FastOptions("server-b"), ct, judgeDelayMs: 40))
        {
            batchId = first.EnqueueBatch(input);
            await second.WaitForCompletionAsync(batchId, Timeout, ct);
            completions = await SettledCompletionsAsync(first.Services.GetRequiredService<JobStorage>(), batchId, ct);
            runs = CallJobs(first.Services.GetRequiredService<JobStorage>(), batchId);
            finishedBy = await FinishedByAsync(data, batchId, ct);
        }

        var export = await InlineRun.ExportAsync(data, ct);
        Assert.AreEqual(await InlineRun.ExportAsync(inlineData, ct), export);
        Assert.HasCount(42, runs, "one job per call that passed ingestion");
        Assert.HasCount(runs.Count, runs.Select(r => (string)r.Job.Args[2]).Distinct(), "no call enqueued twice");
        var processed = JobLog.CallResults(data, batchId);
        Assert.HasCount(42, processed);
        Assert.IsTrue(processed.Values.All(n => n == 1), "every call processed once: " + string.Join(", ", processed.Where(p => p.Value != 1)));
        Assert.Contains(f => f.Server.StartsWith("server-a", StringComparison.Ordinal) && f.Calls > 0, finishedBy, "server-a did work");
        Assert.Contains(f => f.Server.StartsWith("server-b", StringComparison.Ordinal) && f.Calls > 0, finishedBy, "server-b did work");
        Assert.AreEqual(1, completions, "aggregation and reports ran once");
    }

    private sealed record BatchStatusView(int TotalCalls, int Finished, int Scored, int Quarantined, int RejectedAtIngest);

    private sealed record CallJobRun(Hangfire.Common.Job Job, int RetryCount);

    private static List<CallJobRun> CallJobs(JobStorage storage, string batchId)
    {
        var monitoring = storage.GetMonitoringApi();
        using var connection = storage.GetConnection();
        return monitoring.SucceededJobs(0, 10_000)
            .Where(j => j.Value.Job?.Type == typeof(CallJob) && (string)j.Value.Job.Args[0] == batchId)
            .Select(j => new CallJobRun(j.Value.Job, int.TryParse(connection.GetJobParameter(j.Key, "RetryCount"), out var n) ? n : 0))
            .ToList();
    }

    /// <summary>Succeeded completion jobs of the batch once none is still running: the job marks the batch complete
    /// in the database a moment before Hangfire records it as succeeded, so a count taken right away can read 0.</summary>
    private static async Task<int> SettledCompletionsAsync(JobStorage storage, string batchId, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (true)
        {
            var running = storage.GetMonitoringApi().ProcessingJobs(0, 10_000)
                .Count(j => j.Value.Job?.Type == typeof(CompleteBatchJob) && (string)j.Value.Job.Args[0] == batchId);
            var succeeded = SucceededCount(storage, typeof(CompleteBatchJob), batchId);
            if ((running == 0 && succeeded > 0) || DateTime.UtcNow > deadline)
            {
                return succeeded;
            }

            await Task.Delay(100, ct);
        }
    }

    private static int SucceededCount(JobStorage storage, Type jobType, string batchId) =>
        storage.GetMonitoringApi().SucceededJobs(0, 10_000)
            .Count(j => j.Value.Job?.Type == jobType && (string)j.Value.Job.Args[0] == batchId);

    private static async Task<IReadOnlyList<(string Server, int Calls)>> FinishedByAsync(string data, string batchId, CancellationToken ct)
    {
        await using var connection = await SqliteConnectionFactory.ForFile(Path.Combine(data, "qa.db")).OpenAsync(ct);
        var rows = await connection.QueryAsync<(string, int)>(new CommandDefinition(
            "SELECT finished_by, COUNT(*) FROM batch_calls WHERE batch_id = @batchId GROUP BY finished_by", new { batchId }, cancellationToken: ct));
        return rows.ToList();
    }
}

using QualityAnalytics.Pipeline.Batch;
using QualityAnalytics.Pipeline.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace QualityAnalytics.Jobs.Tests.Jobs;

/// <summary>The last call of a batch is elected in the database: exactly one finisher enqueues completion.</summary>
[TestClass]
public sealed class BatchCompletionClaimTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task FinishCall_ElectsExactlyOneLastCall_WhenCallsFinishConcurrently()
    {
        var ct = TestContext.CancellationToken;
        var tracker = await NewTrackerAsync(ct);
        var calls = Enumerable.Range(0, 40).Select(i => new BatchCallEntry($"c-{i}", "default")).ToList();
        await tracker.RegisterAsync("b-1", "/in", "manual", calls, 0, ct);

        var claims = await Task.WhenAll(calls.Select(c => Task.Run(() =>
            tracker.FinishCallAsync("b-1", c.CallId, "scored", null, new DateOnly(2026, 11, 24), "s", ct), ct)));

        Assert.HasCount(1, claims.Where(c => c), "exactly one finisher enqueues completion");
        Assert.IsEmpty(await tracker.UnfinishedAsync("b-1", ct));
    }

    [TestMethod]
    public async Task FinishCall_ClaimsAgainForSameCall_WhenItsJobIsRetriedAfterACrash()
    {
        var ct = TestContext.CancellationToken;
        var tracker = await NewTrackerAsync(ct);
        await tracker.RegisterAsync("b-1", "/in", "manual", [new("c-1", "default"), new("c-2", "asr")], 0, ct);

        var first = await tracker.FinishCallAsync("b-1", "c-1", "scored", null, null, "s", ct);
        var last = await tracker.FinishCallAsync("b-1", "c-2", "quarantined", "processing_error", null, "s", ct);
        var retriedLast = await tracker.FinishCallAsync("b-1", "c-2", "quarantined", "processing_error", null, "s", ct);
        var retriedOther = await tracker.FinishCallAsync("b-1", "c-1", "scored", null, null, "s", ct);

        Assert.IsFalse(first);
        Assert.IsTrue(last);
        Assert.IsTrue(retriedLast, "the claimant's retry must enqueue completion again: the first try may have died before enqueueing");
        Assert.IsFalse(retriedOther);
    }

    [TestMethod]
    public async Task Register_AddsNothing_WhenRepeated()
    {
        var ct = TestContext.CancellationToken;
        var tracker = await NewTrackerAsync(ct);
        BatchCallEntry[] calls = [new("c-1", "default"), new("c-2", "asr")];

        await tracker.RegisterAsync("b-1", "/in", "manual", calls, 1, ct);
        await tracker.FinishCallAsync("b-1", "c-1", "scored", null, new DateOnly(2026, 11, 24), "s", ct);
        await tracker.RegisterAsync("b-1", "/in", "manual", calls, 1, ct);

        var status = await tracker.GetAsync("b-1", ct);
        Assert.AreEqual(2, status!.TotalCalls);
        Assert.AreEqual(1, status.Finished);
        Assert.HasCount(1, await tracker.UnfinishedAsync("b-1", ct));
    }

    private static Task<BatchTracker> NewTrackerAsync(CancellationToken ct)
    {
        var factory = SqliteConnectionFactory.ForFile(Path.Combine(Directory.CreateTempSubdirectory("qa-tracker").FullName, "qa.db"));
        new SchemaMigrator(factory, NullLogger<SchemaMigrator>.Instance).Migrate();
        ct.ThrowIfCancellationRequested();
        return Task.FromResult(new BatchTracker(factory, TimeProvider.System));
    }
}

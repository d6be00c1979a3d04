using QualityAnalytics.Pipeline.Storage;
using System.Text.Json;
using Dapper;
using QualityAnalytics.Pipeline.Aggregation;
using QualityAnalytics.Tests.Support;

namespace QualityAnalytics.Pipeline.Tests.Aggregation;

[TestClass]
public sealed class AggregatorTests
{
    public TestContext TestContext { get; set; } = null!;

    private static readonly DateOnly Day1 = new(2026, 3, 2);
    private static readonly DateOnly Day2 = new(2026, 3, 3);

    private static StoredResultsBuilder TwoDays()
    {
        var builder = new StoredResultsBuilder();
        builder.Call("c1", "2026-03-02T09:00:00+03:00", c => { c.CallerId = "caller-1"; c.QueueWaitS = 10; });
        builder.Call("c2", "2026-03-02T10:00:00+03:00", c =>
        {
            c.OperatorId = "op-2"; c.OperatorName = "Оператор Два"; c.Team = "B"; c.Verdict = "fail"; c.Overall = 50;
            c.QueueWaitS = 40; c.Resolution = "unresolved"; c.P95ResponseS = 6;
            c.Violations.Add(("pd_before_identification", true, 12.5, "ваша заявка одобрена"));
            c.Violations.Add(("forbidden_phrase", false, 30, "это не ко мне"));
            c.Violations.Add(("forbidden_phrase", false, 40, "я не знаю"));
            c.Stages[1] = ("identification", false, true, null, null);
        });
        builder.Call("c3", "2026-03-02T11:00:00+03:00", c => { c.Verdict = "coach"; c.Overall = 80; c.QueueWaitS = null; c.SupersededVersions.Add("gosuslugi-2025.4"); });
        builder.Call("c4", "2026-03-03T11:00:00+03:00", c => { c.CallerId = "caller-1"; c.ServiceCategory = null; });
        return builder;
    }

    [TestMethod]
    public async Task RecomputeAsync_ComputesDailyFigures_ForEachDimension()
    {
        using var db = new TestDatabase();
        await TwoDays().WriteAsync(db.Factory, TestContext.CancellationToken);
        var store = new AggregateStore(db.Factory);

        await new Aggregator(store).RecomputeAsync([Day1, Day2], TestContext.CancellationToken);
        var rows = await store.LoadDailyAsync(Day1, Day2, TestContext.CancellationToken);

        var all1 = rows.Single(r => r.CallDate == "2026-03-02" && r.Dimension == AggregateDimensions.All);
        Assert.AreEqual(3, all1.Calls, "the superseded judgement of c3 must not count");
        Assert.AreEqual((90 + 50 + 80) / 3.0, all1.OverallMean, 1e-9);
        Assert.AreEqual((1, 1, 1), (all1.PassCalls, all1.CoachCalls, all1.FailCalls));
        Assert.AreEqual((1, 1, 3), (all1.CallsWithCritical, all1.CriticalViolations, all1.Violations));
        Assert.AreEqual(2, all1.QueueN);
        Assert.AreEqual(25.0, all1.AsaS!.Value, 1e-9);
        Assert.AreEqual(0.5, all1.ServiceLevel!.Value, 1e-9);
        Assert.AreEqual(6.0, all1.P95ResponseS!.Value, 1e-9);
        // c1 is resolved but caller-1 calls again the next day about the same topic; c2 and c3 have no caller id.
        Assert.AreEqual((1, 0, 2), (all1.CallerKnownCalls, all1.FcrCalls, all1.NoCallerCalls));

        var op2 = rows.Single(r => r.CallDate == "2026-03-02" && r.Dimension == AggregateDimensions.Operator && r.DimKey == "op-2");
        Assert.AreEqual(("Оператор Два", "B", 1), (op2.DimLabel, op2.ParentKey, op2.Calls));
        var noCategory = rows.Single(r => r.CallDate == "2026-03-03" && r.Dimension == AggregateDimensions.ServiceCategory);
        Assert.AreEqual("", noCategory.DimKey);

        var violations = await store.LoadViolationsAsync(Day1, Day2, TestContext.CancellationToken);
        var forbidden = violations.Single(v => v.Dimension == AggregateDimensions.Team && v.DimKey == "B" && v.Rule == "forbidden_phrase");
        Assert.AreEqual((2, 1, false), (forbidden.Violations, forbidden.Calls, forbidden.Critical));
        var stages = await store.LoadStagesAsync(Day1, Day2, TestContext.CancellationToken);
        var identification = stages.Single(s => s.CallDate == "2026-03-02" && s.Dimension == AggregateDimensions.All && s.StageId == "identification");
        Assert.AreEqual((3, 2), (identification.RequiredCalls, identification.DoneCalls));
    }

    /// <summary>A call whose recording has no text (no speech recogniser model) shows no stage for want of words, not
    /// for the operator's: stage completion, and with it the coaching lists, leave it out.</summary>
    [TestMethod]
    public async Task RecomputeAsync_LeavesCallsWithoutTextOutOfStageCompletion()
    {
        using var db = new TestDatabase();
        var builder = new StoredResultsBuilder();
        builder.Call("t1", "2026-03-02T09:00:00+03:00");
        builder.Call("a1", "2026-03-02T10:00:00+03:00", c =>
        {
            c.TranscriptSource = "none";
            for (var i = 0; i < c.Stages.Count; i++)
            {
                c.Stages[i] = (c.Stages[i].Stage, false, true, null, null);
            }
        });
        await builder.WriteAsync(db.Factory, TestContext.CancellationToken);
        var store = new AggregateStore(db.Factory);

        await new Aggregator(store).RecomputeAsync([Day1], TestContext.CancellationToken);

        var stages = await store.LoadStagesAsync(Day1, Day1, TestContext.CancellationToken);
        var greeting = stages.Single(s => s.Dimension == AggregateDimensions.All && s.StageId == "greeting");
        Assert.AreEqual((1, 1), (greeting.RequiredCalls, greeting.DoneCalls));
        var all = (await store.LoadDailyAsync(Day1, Day1, TestContext.CancellationToken)).Single(r => r.Dimension == AggregateDimensions.All);
        Assert.AreEqual(2, all.Calls, "the call still counts as a call");
    }

    [TestMethod]
    public async Task RecomputeAsync_LeavesIdenticalAggregates_WhenRunTwice()
    {
        using var db = new TestDatabase();
        await TwoDays().WriteAsync(db.Factory, TestContext.CancellationToken);
        var store = new AggregateStore(db.Factory);
        var aggregator = new Aggregator(store);

        await aggregator.RecomputeAsync([Day1, Day2], TestContext.CancellationToken);
        var first = await Snapshot(store);
        await aggregator.RecomputeAsync([Day2], TestContext.CancellationToken);
        await aggregator.RecomputeAsync([Day1, Day2], TestContext.CancellationToken);
        var second = await Snapshot(store);

        Assert.AreEqual(first, second);
        Assert.AreEqual(await CountRows(db, "agg_daily"), (await store.LoadDailyAsync(Day1, Day2, TestContext.CancellationToken)).Count);
    }

    [TestMethod]
    public async Task RecomputeAsync_TurnsAnEarlierCallIntoARepeat_WhenALaterBatchAddsTheCallback()
    {
        using var db = new TestDatabase();
        var store = new AggregateStore(db.Factory);
        var aggregator = new Aggregator(store);
        var first = new StoredResultsBuilder();
        first.Call("x1", "2026-03-02T09:00:00+03:00", c => c.CallerId = "caller-9");
        await first.WriteAsync(db.Factory, TestContext.CancellationToken);
        await aggregator.RecomputeAsync([Day1], TestContext.CancellationToken);
        Assert.AreEqual(1, (await AllOf(store, "2026-03-02")).FcrCalls);

        var later = new StoredResultsBuilder();
        later.Call("x2", "2026-03-06T09:00:00+03:00", c => c.CallerId = "caller-9");
        await later.WriteAsync(db.Factory, TestContext.CancellationToken);
        await aggregator.RecomputeAsync([new DateOnly(2026, 3, 6)], TestContext.CancellationToken);

        Assert.AreEqual(0, (await AllOf(store, "2026-03-02")).FcrCalls);
        Assert.AreEqual(1, (await AllOf(store, "2026-03-06")).FcrCalls);
    }

    private async Task<DailyAggregate> AllOf(AggregateStore store, string day)
    {
        var date = SqlDates.Parse(day);
        var rows = await store.LoadDailyAsync(date, date, TestContext.CancellationToken);
        return rows.Single(r => r.Dimension == AggregateDimensions.All);
    }

    private async Task<string> Snapshot(AggregateStore store) => JsonSerializer.Serialize(new
    {
        Daily = await store.LoadDailyAsync(Day1, Day2, TestContext.CancellationToken),
        Violations = await store.LoadViolationsAsync(Day1, Day2, TestContext.CancellationToken),
        Stages = await store.LoadStagesAsync(Day1, Day2, TestContext.CancellationToken),
    });

    private async Task<long> CountRows(TestDatabase db, string table)
    {
        await using var connection = await db.Factory.OpenAsync(TestContext.CancellationToken);
        return await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table}");
    }
}

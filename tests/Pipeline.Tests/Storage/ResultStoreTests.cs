using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using QualityAnalytics.Models.Calls;
using QualityAnalytics.Models.Judgement;
using QualityAnalytics.Pipeline.Export;
using QualityAnalytics.Pipeline.Speed;
using QualityAnalytics.Pipeline.Storage;
using QualityAnalytics.Pipeline.Tests.Support;

namespace QualityAnalytics.Pipeline.Tests.Storage;

/// <summary>The same repository behaviour on every dialect (one subclass per provider).</summary>
public abstract class ResultStoreTests<TProvider> where TProvider : IStorageProvider, new()
{
    private static readonly string[] Tables = ["calls", "segments", "call_scores", "stage_results", "violations"];

    public TestContext TestContext { get; set; } = null!;

    private IDbConnectionFactory NewDatabase(TempFolder folder)
    {
        var provider = new TProvider();
        if (provider.UnavailableReason is { } reason)
        {
            Assert.Inconclusive(reason);
        }

        var factory = provider.CreateDatabase(folder);
        new SchemaMigrator(factory, NullLogger<SchemaMigrator>.Instance).Migrate();
        return factory;
    }

    internal static ScoredCall Scored(string callId, string scriptVersion = "test-1", string text = "greeting farewell")
    {
        var call = new CallRecord
        {
            CallId = callId,
            StartedAt = new DateTimeOffset(2026, 11, 24, 23, 30, 0, TimeSpan.FromHours(3)),
            OperatorId = "op-1",
            Team = "А",
            QueueWaitS = 12,
        };
        var transcript = new Transcript(callId, "ru",
        [
            new Segment(Speaker.Operator, 0.4, 2, text + " паспорт 45 12 345678"),
            new Segment(Speaker.Customer, 2.5, 4, "VIOLATION мой телефон +7 916 555-12-34"),
        ]);
        var speed = SpeedCalculator.Compute(transcript.Segments, null, call.QueueWaitS, null);
        return new ScoredCall(call, TranscriptSource.Transcript, transcript.Segments, 1.0,
            new FixedJudge(scriptVersion).Judge(call, transcript, TranscriptSource.Transcript, speed));
    }

    private async Task<Dictionary<string, long>> CountRowsAsync(IDbConnectionFactory factory)
    {
        await using var connection = await factory.OpenAsync(TestContext.CancellationToken);
        var counts = new Dictionary<string, long>();
        foreach (var table in Tables)
        {
            counts[table] = await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table}");
        }

        return counts;
    }

    [TestMethod]
    public async Task Save_LeavesSameRows_WhenRepeated()
    {
        using var folder = new TempFolder();
        var factory = NewDatabase(folder);
        var store = new ResultStore(factory);
        ScoredCall[] calls = [Scored("c-1"), Scored("c-2")];

        await store.SaveAsync(calls, TestContext.CancellationToken);
        var first = await CountRowsAsync(factory);
        var firstExport = await new ExportReader(factory).ReadAsync(null, null, TestContext.CancellationToken);
        await store.SaveAsync(calls, TestContext.CancellationToken);
        var second = await CountRowsAsync(factory);
        var secondExport = await new ExportReader(factory).ReadAsync(null, null, TestContext.CancellationToken);

        Assert.AreSequenceEqual(first.OrderBy(p => p.Key), second.OrderBy(p => p.Key));
        Assert.AreEqual(2, first["calls"]);
        Assert.AreEqual(4, first["segments"]);
        Assert.AreEqual(12, first["stage_results"]);
        Assert.AreEqual(
            string.Join("\n", firstExport.Select(r => System.Text.Json.JsonSerializer.Serialize(r, JsonlExportWriter.Options))),
            string.Join("\n", secondExport.Select(r => System.Text.Json.JsonSerializer.Serialize(r, JsonlExportWriter.Options))));
    }

    [TestMethod]
    public async Task Export_ReturnsStoredJudgement_WithMaskedEvidence()
    {
        using var folder = new TempFolder();
        var factory = NewDatabase(folder);
        await new ResultStore(factory).SaveAsync([Scored("c-1")], TestContext.CancellationToken);

        var record = (await new ExportReader(factory).ReadAsync(null, null, TestContext.CancellationToken)).Single();

        Assert.AreEqual("c-1", record.CallId);
        Assert.AreEqual("2026-11-24", record.CallDate, "the call's own offset decides the day");
        Assert.AreEqual("2026-11-24T23:30:00+03:00", record.StartedAt);
        Assert.AreSequenceEqual(StageIds.All, record.Stages.Select(s => s.Id));
        var greeting = record.Stages[0];
        Assert.IsTrue(greeting.Done);
        Assert.AreEqual(0.4, greeting.Start);
        Assert.DoesNotContain("345678", greeting.Quote!);
        var violation = record.Violations.Single();
        Assert.AreEqual(ViolationRules.PdBeforeIdentification, violation.Rule);
        Assert.DoesNotContain("555-12-34", violation.Quote!);
        Assert.AreEqual(Verdicts.Fail, record.Verdict);
        Assert.AreEqual(12, record.Speed.QueueWaitS);
        Assert.AreEqual(0.4, record.Speed.FirstResponseS);
    }

    [TestMethod]
    public async Task Save_MakesNewScriptVersionCurrent_AndKeepsTheOldOne()
    {
        using var folder = new TempFolder();
        var factory = NewDatabase(folder);
        var store = new ResultStore(factory);
        await store.SaveAsync([Scored("c-1", "v1")], TestContext.CancellationToken);
        await store.SaveAsync([Scored("c-1", "v2")], TestContext.CancellationToken);

        var exported = await new ExportReader(factory).ReadAsync(null, null, TestContext.CancellationToken);
        await using var connection = await factory.OpenAsync(TestContext.CancellationToken);
        var versions = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM call_scores WHERE call_id = 'c-1'");

        Assert.AreEqual("v2", exported.Single().ScriptVersion);
        Assert.AreEqual(2, versions, "old calls keep the script they were judged by");
    }

    [TestMethod]
    public async Task Export_FiltersByCallDate()
    {
        using var folder = new TempFolder();
        var factory = NewDatabase(folder);
        await new ResultStore(factory).SaveAsync([Scored("c-1")], TestContext.CancellationToken);
        var reader = new ExportReader(factory);

        Assert.HasCount(1, await reader.ReadAsync(new DateOnly(2026, 11, 24), new DateOnly(2026, 11, 24), TestContext.CancellationToken));
        Assert.IsEmpty(await reader.ReadAsync(new DateOnly(2026, 11, 25), null, TestContext.CancellationToken));
        Assert.IsEmpty(await reader.ReadAsync(null, new DateOnly(2026, 11, 23), TestContext.CancellationToken));
    }
}

[TestClass]
public sealed class SqliteResultStoreTests : ResultStoreTests<SqliteProvider>;

[TestClass]
public sealed class SqlServerResultStoreTests : ResultStoreTests<SqlServerProvider>;

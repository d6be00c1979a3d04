using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using QualityAnalytics.Pipeline.Batch;
using QualityAnalytics.Pipeline.Export;
using QualityAnalytics.Pipeline.Ingest;
using QualityAnalytics.Pipeline.Scoring;
using QualityAnalytics.Pipeline.Storage;
using QualityAnalytics.Pipeline.Tests.Support;

namespace QualityAnalytics.Pipeline.Tests.Batch;

[TestClass]
public sealed class BatchPipelineTests
{
    public TestContext TestContext { get; set; } = null!;

    private const string GoodTranscript = """
        {"call_id": "ID", "language": "ru", "segments": [
          {"speaker": "operator", "start": 0.5, "end": 3.0, "text": "greeting Здравствуйте"},
          {"speaker": "customer", "start": 3.4, "end": 6.0, "text": "Хочу узнать статус"},
          {"speaker": "operator", "start": 7.0, "end": 9.0, "text": "farewell"}]}
        """;

    private static void WriteBrokenInput(TempFolder input)
    {
        input.Write("calls.csv", string.Join('\n',
            "call_id,started_at,operator_id,recording,team,channel_layout",
            "good-1,2026-11-24T09:00:00+03:00,op-1,,А,",
            "good-2,2026-11-24T09:05:00+03:00,op-2,,Б,stereo_operator_right",
            "bad-date,24/11/2026,op-1,,А,",
            "bad-layout,2026-11-24T09:10:00+03:00,op-1,,А,surround",
            "good-1,2026-11-24T09:15:00+03:00,op-3,,А,",
            "bad-json,2026-11-24T09:20:00+03:00,op-1,,А,",
            "no-audio,2026-11-24T09:25:00+03:00,op-1,audio/no-audio.wav,А,",
            "escape,2026-11-24T09:30:00+03:00,op-1,../../secret.wav,А,",
            "empty-json,2026-11-24T09:35:00+03:00,op-1,,А,",
            "") );
        input.Write("transcripts/good-1.json", GoodTranscript.Replace("ID", "good-1", StringComparison.Ordinal));
        input.Write("transcripts/good-2.json", GoodTranscript.Replace("ID", "good-2", StringComparison.Ordinal));
        input.Write("transcripts/bad-json.json", "{\"segments\": [");
        input.Write("transcripts/empty-json.json", "");
        input.Write("transcripts/stray.json", GoodTranscript.Replace("ID", "stray", StringComparison.Ordinal));
    }

    private static ServiceProvider Services(TempFolder data) =>
        new ServiceCollection()
            .AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>))
            .AddPipelineCore(new QaOptions { DataDir = data.Path, Parallelism = 2 })
            .AddSingleton<ICallJudge>(new FixedJudge())
            .BuildServiceProvider();

    [TestMethod]
    public async Task Run_QuarantinesEachBrokenItemWithItsReason_AndScoresTheRest()
    {
        using var input = new TempFolder();
        using var data = new TempFolder();
        WriteBrokenInput(input);
        await using var services = Services(data);
        services.GetRequiredService<SchemaMigrator>().Migrate();

        var summary = await services.GetRequiredService<BatchPipeline>().RunAsync(input.Path, null, TestContext.CancellationToken);

        Assert.AreEqual(9, summary.CallsRead);
        Assert.AreEqual(2, summary.Scored);
        var expected = new Dictionary<string, int>
        {
            ["bad_started_at"] = 1,
            ["duplicate_call_id"] = 1,
            ["malformed_transcript"] = 2,
            ["missing_recording"] = 1,
            ["recording_outside_input"] = 1,
            ["unknown_call"] = 1,
            ["unknown_channel_layout"] = 1,
        };
        Assert.AreSequenceEqual(expected.OrderBy(p => p.Key), summary.QuarantinedByReason.OrderBy(p => p.Key));

        var reason = File.ReadAllText(Path.Combine(data.Path, "quarantine", Path.GetFileName(input.Path), "bad-json", "reason.txt"));
        Assert.Contains("malformed_transcript", reason);
        Assert.IsTrue(File.Exists(Path.Combine(data.Path, "quarantine", Path.GetFileName(input.Path), "bad-json", "bad-json.json")),
            "the rejected file is kept beside its reason");
        Assert.IsTrue(File.Exists(input.Combine("transcripts", "bad-json.json")), "input is copied, never moved");
    }

    [TestMethod]
    public async Task Run_ChangesNothing_WhenRepeatedOnSameInput()
    {
        using var input = new TempFolder();
        using var data = new TempFolder();
        WriteBrokenInput(input);
        await using var services = Services(data);
        services.GetRequiredService<SchemaMigrator>().Migrate();
        var pipeline = services.GetRequiredService<BatchPipeline>();

        await pipeline.RunAsync(input.Path, null, TestContext.CancellationToken);
        var first = await SnapshotAsync(services);
        await pipeline.RunAsync(input.Path, null, TestContext.CancellationToken);
        var second = await SnapshotAsync(services);

        Assert.AreEqual(first, second);
    }

    [TestMethod]
    public void Plan_Throws_WhenInputHasNoCallsCsv()
    {
        using var input = new TempFolder();

        Assert.ThrowsExactly<InputUnusableException>(() => BatchPipeline.Plan(input.Path));
    }

    private async Task<string> SnapshotAsync(ServiceProvider services)
    {
        var factory = services.GetRequiredService<IDbConnectionFactory>();
        await using var connection = await factory.OpenAsync(TestContext.CancellationToken);
        var counts = new List<string>();
        foreach (var table in new[] { "calls", "segments", "call_scores", "stage_results", "violations", "quarantine" })
        {
            counts.Add($"{table}={await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table}")}");
        }

        var export = new StringWriter();
        await JsonlExportWriter.WriteAsync(
            await services.GetRequiredService<ExportReader>().ReadAsync(null, null, TestContext.CancellationToken), export, TestContext.CancellationToken);
        return string.Join(",", counts) + "\n" + export;
    }
}

using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using QualityAnalytics.Pipeline.Audio;
using QualityAnalytics.Pipeline.Audio.Decoding;
using QualityAnalytics.Pipeline.Batch;
using QualityAnalytics.Pipeline.Export;
using QualityAnalytics.Pipeline.Scoring;
using QualityAnalytics.Pipeline.Storage;
using QualityAnalytics.Pipeline.Tests.Audio.Fixtures;
using QualityAnalytics.Pipeline.Tests.Support;

namespace QualityAnalytics.Pipeline.Tests.Batch;

/// <summary>A call with a transcript is scored from it even when the recording calls.csv names is unusable or
/// missing; that recording is a bad file all the same and goes to quarantine with its reason, beside the call.</summary>
[TestClass]
public sealed class RecordingQuarantineTests
{
    public TestContext TestContext { get; set; } = null!;

    private const string Header = "call_id,started_at,operator_id,recording";

    private static readonly byte[] GoodWav = WavBytes.Build(1, 1, 8000, 16, 2, 8000 * 2 * 3, WavBytes.Noise(8000 * 2 * 3));

    private static string Transcript(string id) => $$"""
        {"call_id": "{{id}}", "language": "ru", "segments": [
          {"speaker": "operator", "start": 0.5, "end": 3.0, "text": "greeting Здравствуйте"},
          {"speaker": "customer", "start": 3.4, "end": 6.0, "text": "Хочу узнать статус"},
          {"speaker": "operator", "start": 7.0, "end": 9.0, "text": "farewell"}]}
        """;

    private static byte[] Junk(string kind) => kind switch
    {
        "riff-without-fmt" => [.. "RIFF"u8, 100, 0, 0, 0, .. "WAVE"u8, .. "junk"u8, 4, 0, 0, 0, 1, 2, 3, 4],
        "zero-length" => [],
        "unknown-codec" => WavBytes.Build(0x7777, 1, 8000, 8, 1, 16000, WavBytes.Noise(16000)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Writes calls.csv and a transcript for every call; <paramref name="rows"/> are (call_id, recording column).</summary>
    private static void WriteInput(TempFolder input, params (string Id, string Recording)[] rows)
    {
        input.Write("calls.csv", string.Join('\n',
            [Header, .. rows.Select((r, i) => $"{r.Id},2026-11-24T09:{i:D2}:00+03:00,op-1,{r.Recording}"), ""]));
        foreach (var (id, _) in rows)
        {
            input.Write($"transcripts/{id}.json", Transcript(id));
        }
    }

    private static void WriteAudio(TempFolder input, string name, byte[] bytes)
    {
        Directory.CreateDirectory(input.Combine("audio"));
        File.WriteAllBytes(input.Combine("audio", name), bytes);
    }

    private static ServiceProvider Services(TempFolder data)
    {
        var services = new ServiceCollection()
            .AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>))
            .AddPipelineCore(new QaOptions { DataDir = data.Path, Parallelism = 2 })
            .AddSingleton<ICallJudge>(new FixedJudge())
            .AddSingleton<IRecordingDurationProbe, RecordingDurationProbe>();
        services.AddOptions<AudioOptions>();
        var provider = services.BuildServiceProvider();
        provider.GetRequiredService<SchemaMigrator>().Migrate();
        return provider;
    }

    [TestMethod]
    [DataRow("riff-without-fmt", AudioRejections.UnreadableCode)]
    [DataRow("zero-length", AudioRejections.EmptyCode)]
    [DataRow("unknown-codec", AudioRejections.UnsupportedCodecCode)]
    public async Task Run_ScoresFromTranscript_AndQuarantinesTheRecordingWithReason_WhenRecordingIsJunk(string kind, string code)
    {
        using var input = new TempFolder();
        using var data = new TempFolder();
        WriteInput(input, ("junk", "audio/junk.wav"), ("good", "audio/good.wav"));
        WriteAudio(input, "junk.wav", Junk(kind));
        WriteAudio(input, "good.wav", GoodWav);
        await using var services = Services(data);

        var summary = await services.GetRequiredService<BatchPipeline>().RunAsync(input.Path, null, TestContext.CancellationToken);

        Assert.AreSequenceEqual(new[] { $"junk.recording {code}" }, await QuarantineRowsAsync(services));
        var folder = Path.Combine(data.Path, "quarantine", Path.GetFileName(input.Path), "junk.recording");
        Assert.AreSequenceEqual(Junk(kind), File.ReadAllBytes(Path.Combine(folder, "junk.wav")), "the recording is copied beside its reason");
        var reason = File.ReadAllText(Path.Combine(folder, "reason.txt"));
        Assert.Contains($"reason: {code}", reason);
        Assert.Contains("call: junk", reason);
        Assert.Contains("audio/junk.wav", reason);
        Assert.Contains("оценён по транскрипту", reason);
        Assert.IsTrue(File.Exists(input.Combine("audio", "junk.wav")), "input is copied, never moved");

        Assert.AreEqual(2, summary.Scored, "the call is still scored from its transcript");
        Assert.AreEqual(0, summary.Quarantined, "«В карантине» counts calls that were not scored");
        Assert.AreSequenceEqual(new[] { KeyValuePair.Create(code, 1) }, summary.RecordingsQuarantinedByReason.ToArray());
        Assert.AreSequenceEqual(new[] { "good", "junk" }, await ExportedCallsAsync(services));
    }

    [TestMethod]
    public async Task Run_ScoresFromTranscript_AndQuarantinesTheRecordingAsMissing_WhenNamedFileDoesNotExist()
    {
        using var input = new TempFolder();
        using var data = new TempFolder();
        WriteInput(input, ("gone", "audio/gone.wav"));
        await using var services = Services(data);

        var summary = await services.GetRequiredService<BatchPipeline>().RunAsync(input.Path, null, TestContext.CancellationToken);

        Assert.AreSequenceEqual(new[] { $"gone.recording {AudioRejections.MissingCode}" }, await QuarantineRowsAsync(services));
        var folder = Path.Combine(data.Path, "quarantine", Path.GetFileName(input.Path), "gone.recording");
        Assert.AreSequenceEqual(new[] { "reason.txt" }, Directory.GetFiles(folder).Select(Path.GetFileName).ToArray());
        var reason = File.ReadAllText(Path.Combine(folder, "reason.txt"));
        Assert.Contains($"reason: {AudioRejections.MissingCode}", reason);
        Assert.Contains("call: gone", reason);
        Assert.Contains("audio/gone.wav не найден", reason);

        Assert.AreEqual(1, summary.Scored);
        Assert.AreEqual(0, summary.Quarantined);
        Assert.AreSequenceEqual(new[] { KeyValuePair.Create(AudioRejections.MissingCode, 1) }, summary.RecordingsQuarantinedByReason.ToArray());
        Assert.AreSequenceEqual(new[] { "gone" }, await ExportedCallsAsync(services));
    }

    [TestMethod]
    public async Task Run_QuarantinesOnlyTheNamedBadRecording_NotAnEmptyRecordingColumnNorAGoodRecording()
    {
        using var input = new TempFolder();
        using var data = new TempFolder();
        WriteInput(input, ("none", ""), ("good", "audio/good.wav"), ("junk", "audio/junk.wav"));
        WriteAudio(input, "good.wav", GoodWav);
        WriteAudio(input, "junk.wav", Junk("riff-without-fmt"));
        await using var services = Services(data);

        var summary = await services.GetRequiredService<BatchPipeline>().RunAsync(input.Path, null, TestContext.CancellationToken);

        Assert.AreSequenceEqual(new[] { $"junk.recording {AudioRejections.UnreadableCode}" }, await QuarantineRowsAsync(services),
            "an empty recording column is allowed with a transcript (contract); a readable recording is fine");
        Assert.AreSequenceEqual(new[] { "junk.recording" },
            Directory.GetDirectories(Path.Combine(data.Path, "quarantine", Path.GetFileName(input.Path))).Select(Path.GetFileName).ToArray());
        Assert.AreEqual(3, summary.Scored);
        Assert.AreEqual(0, summary.Quarantined);
        Assert.AreEqual(1, summary.RecordingsQuarantined);
    }

    [TestMethod]
    public async Task Run_KeepsOneQuarantineRowAndFolderPerRecording_WhenRepeatedOnSameInput()
    {
        using var input = new TempFolder();
        using var data = new TempFolder();
        WriteInput(input, ("junk", "audio/junk.wav"), ("gone", "audio/gone.wav"), ("none", ""));
        WriteAudio(input, "junk.wav", Junk("riff-without-fmt"));
        await using var services = Services(data);
        var pipeline = services.GetRequiredService<BatchPipeline>();

        var firstSummary = await pipeline.RunAsync(input.Path, null, TestContext.CancellationToken);
        var first = await SnapshotAsync(services, data);
        var secondSummary = await pipeline.RunAsync(input.Path, null, TestContext.CancellationToken);
        var second = await SnapshotAsync(services, data);

        Assert.AreSequenceEqual(
            new[] { $"gone.recording {AudioRejections.MissingCode}", $"junk.recording {AudioRejections.UnreadableCode}" },
            await QuarantineRowsAsync(services), "one row per recording after two runs");
        Assert.AreEqual(first, second);
        Assert.AreSequenceEqual(firstSummary.RecordingsQuarantinedByReason.ToArray(), secondSummary.RecordingsQuarantinedByReason.ToArray());
        Assert.AreEqual(3, secondSummary.Scored);
    }

    private async Task<IReadOnlyList<string>> QuarantineRowsAsync(ServiceProvider services)
    {
        await using var connection = await services.GetRequiredService<IDbConnectionFactory>().OpenAsync(TestContext.CancellationToken);
        return (await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT item || ' ' || reason_code FROM quarantine ORDER BY item", cancellationToken: TestContext.CancellationToken))).ToList();
    }

    private async Task<IReadOnlyList<string>> ExportedCallsAsync(ServiceProvider services) =>
        (await services.GetRequiredService<ExportReader>().ReadAsync(null, null, TestContext.CancellationToken))
            .Select(r => r.CallId).Order(StringComparer.Ordinal).ToList();

    /// <summary>Quarantine rows with their details, every file under the quarantine folder with its content, the export.</summary>
    private async Task<string> SnapshotAsync(ServiceProvider services, TempFolder data)
    {
        await using var connection = await services.GetRequiredService<IDbConnectionFactory>().OpenAsync(TestContext.CancellationToken);
        var rows = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT input_dir || '|' || item || '|' || reason_code || '|' || detail FROM quarantine ORDER BY item",
            cancellationToken: TestContext.CancellationToken));
        var root = Path.Combine(data.Path, "quarantine");
        var files = (Directory.Exists(root) ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories) : []).Order(StringComparer.Ordinal)
            .Select(f => Path.GetRelativePath(root, f) + ":" + Convert.ToHexString(File.ReadAllBytes(f)));
        var export = new StringWriter();
        await JsonlExportWriter.WriteAsync(
            await services.GetRequiredService<ExportReader>().ReadAsync(null, null, TestContext.CancellationToken), export, TestContext.CancellationToken);
        return string.Join("\n", [.. rows, .. files, export.ToString()]);
    }
}
